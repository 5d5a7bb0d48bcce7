-- A channel's quality bar (`/papers bar off|auto|<0-1>`): NULL is the default (auto once members voted, off before).
ALTER TABLE channel_settings ADD COLUMN quality_bar VARCHAR(8);
-- Each delivered paper's score from the learned ranker when it was picked (what the channel's bar is calibrated on,
-- liked against disliked or ignored) and the calibrated likelihood it was posted with; NULL when no taste model ranked it.
ALTER TABLE deliveries ADD COLUMN rank_score DOUBLE PRECISION;
ALTER TABLE deliveries ADD COLUMN likelihood DOUBLE PRECISION;

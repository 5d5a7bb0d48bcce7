-- Until now a delivery's rank_score was its ranking score standardised across that day's candidates: the best of a
-- poor day scored as high as the best of a good one, so a channel's bar could not tell them apart. From this version
-- it is the taste's evidence on the scale its model was trained on (TasteModel.evidence). Scores of the two kinds
-- cannot be calibrated together; the old ones are dropped and each channel's bar learns again from new deliveries.
UPDATE deliveries SET rank_score = NULL;

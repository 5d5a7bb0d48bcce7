-- Exactly once through ambiguous chat failures (docs/DELIVERY.md).
-- A paper a platform refused for good keeps its claim, so no digest of the channel plans it again, and says why;
-- it does not count as delivered.
ALTER TABLE deliveries ADD COLUMN refused VARCHAR(300);
-- The paper a run was posting when it stopped without hearing the answer: whoever finishes the run looks for it
-- in the channel before going on.
ALTER TABLE digest_runs ADD COLUMN paper_in_doubt VARCHAR(64);

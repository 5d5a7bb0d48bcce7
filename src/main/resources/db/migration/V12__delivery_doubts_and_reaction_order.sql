-- Exactly once through ambiguous chat failures (docs/DELIVERY.md).
-- A paper a platform refused for good keeps its claim, so no digest of the channel plans it again, and says why;
-- it does not count as delivered.
ALTER TABLE deliveries ADD COLUMN refused VARCHAR(300);
-- The paper a run was posting when it stopped without hearing the answer: whoever finishes the run looks for it
-- in the channel before going on.
ALTER TABLE digest_runs ADD COLUMN paper_in_doubt VARCHAR(64);

-- Reactions: the platform's id of each event, so a retried delivery (Slack's X-Slack-Retry-Num) is recorded once;
-- reacted_at is the platform's own time of the event where it gives one (Slack's event_ts).
ALTER TABLE reactions ADD COLUMN event_id VARCHAR(128);
CREATE UNIQUE INDEX reactions_event ON reactions (event_id);
-- A reaction on a message whose post has not returned yet (so it is not in messages): kept here, and moved into
-- reactions when the message is recorded. Rows never claimed (reactions on other bot messages) are pruned.
CREATE TABLE pending_reactions (
    platform    VARCHAR(32)  NOT NULL,
    workspace   VARCHAR(128) NOT NULL,
    channel_key VARCHAR(128) NOT NULL,
    message_id  VARCHAR(128) NOT NULL,
    user_id     VARCHAR(128) NOT NULL,
    emoji       VARCHAR(64)  NOT NULL,
    removed     BOOLEAN      NOT NULL,
    reacted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    event_id    VARCHAR(128),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pending_reactions_message ON pending_reactions (message_id);
CREATE UNIQUE INDEX pending_reactions_event ON pending_reactions (event_id);

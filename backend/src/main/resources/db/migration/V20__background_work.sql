-- Background work that survives restarts and takeovers.

-- The run that holds a roster import: set when a runner takes it, checked by every batch it writes, so
-- a runner whose import was taken over (its heartbeat stopped, another replica took it) writes nothing
-- more and stops.
ALTER TABLE roster_import ADD COLUMN runner uuid;

-- What the retention purges (RetentionJob) look up by age. progress_event takes every progress report
-- (the hot path) in arrival order: a BRIN index summarises it for almost nothing per insert, where a
-- B-tree would add a page write to each report.
CREATE INDEX progress_event_received_idx ON progress_event USING brin (received_at);
CREATE INDEX webhook_delivery_finished_idx ON webhook_delivery (created_at) WHERE status <> 'PENDING';
CREATE INDEX roster_import_finished_idx ON roster_import (finished_at) WHERE status IN ('DONE', 'FAILED');
CREATE INDEX refresh_token_expires_idx ON refresh_token (expires_at);

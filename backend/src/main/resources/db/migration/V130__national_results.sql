-- Results to and from the national platform (binhdanhocvuso.gov.vn, issue 14).
--
-- From: a result a person earned on the national platform is kept as a certificate of source NATIONAL,
-- with the national platform's credential id (external_id, unique: the same credential imported twice is
-- one row), attached to the learner's enrolment in their group's certifying course (learning_path).
-- Being a certificate of an enrolment, it counts wherever a certificate counts, through the rollups'
-- existing triggers (stat_progress, stat_village_progress, stat_village_daily), their rebuilds and a
-- learner's moves, with no second path to keep in step; and one certificate per enrolment means a
-- learner certified on both platforms is counted once. It has no quiz attempt and may have no score.
--
-- To: the export of the portal's own certificates is a feed of changes. Every insert and every
-- revocation stamps the row with the id of the transaction that wrote it (change_xid); a reader pages by
-- (change_xid, code) and never reads past the oldest transaction still running (pg_snapshot_xmin), so a
-- row committed late by a transaction that started early is never skipped, and a revoked certificate
-- moves to the end of the feed: it is sent again, as revoked, after any cursor handed out before.
ALTER TABLE certificate
    ADD COLUMN source      text NOT NULL DEFAULT 'PORTAL' CHECK (source IN ('PORTAL', 'NATIONAL')),
    ADD COLUMN external_id text UNIQUE CHECK (external_id IS NULL OR length(external_id) BETWEEN 1 AND 100),
    ADD COLUMN change_xid  xid8 NOT NULL DEFAULT pg_current_xact_id(),
    ALTER COLUMN attempt_id DROP NOT NULL,
    ALTER COLUMN score_percent DROP NOT NULL,
    ADD CONSTRAINT certificate_source_shape CHECK (
        CASE source WHEN 'PORTAL' THEN attempt_id IS NOT NULL AND score_percent IS NOT NULL AND external_id IS NULL
                    ELSE attempt_id IS NULL AND external_id IS NOT NULL END);

CREATE FUNCTION certificate_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_xid := pg_current_xact_id();
    RETURN NEW;
END $$;
CREATE TRIGGER certificate_change BEFORE UPDATE OF revoked_at ON certificate
    FOR EACH ROW WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at) EXECUTE FUNCTION certificate_changed();

-- The feed reads only the portal's own certificates, in change order.
CREATE INDEX certificate_change_idx ON certificate (change_xid, code) WHERE source = 'PORTAL';

ALTER TABLE service_account DROP CONSTRAINT service_account_scopes_check;
ALTER TABLE service_account ADD CONSTRAINT service_account_scopes_check CHECK (
    scopes <@ ARRAY['rosters:write', 'stats:read', 'webhooks:manage', 'denominators:write', 'results:read']
    AND cardinality(scopes) > 0);

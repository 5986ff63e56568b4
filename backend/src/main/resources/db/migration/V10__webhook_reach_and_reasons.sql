-- Webhooks hardening (issue 10): an event reaches a subscription only if its owner may see the learner
-- it is about, and the delivery log keeps a generic reason instead of the connection error's text.

-- What the subscription's owner may see, decided when it subscribes by the same rule as the statistics
-- (vn.hocvuso.integration.Reach): everything (an administrator, a service account without limits), or
-- the learners of some units and agencies. The outbox trigger below only tests membership.
ALTER TABLE webhook_subscription
    ADD COLUMN reach_all      boolean      NOT NULL DEFAULT true,
    ADD COLUMN reach_units    varchar(5)[] NOT NULL DEFAULT '{}',
    ADD COLUMN reach_agencies bigint[]     NOT NULL DEFAULT '{}';

-- Existing subscriptions take their owner's limits (a service account's limits never change).
UPDATE webhook_subscription s
   SET reach_all = (a.unit_codes = '{}' AND a.agency_ids = '{}'),
       reach_units = a.unit_codes,
       reach_agencies = a.agency_ids
  FROM service_account a
 WHERE a.id = s.owner_id;

-- A revoked owner's subscriptions stay off.
UPDATE webhook_subscription s SET active = false
  FROM service_account a
 WHERE a.id = s.owner_id AND a.revoked_at IS NOT NULL AND s.active;

-- The log showed the text of each connection error (a port scanner's answer); keep only what kind of
-- failure it was.
UPDATE webhook_delivery
   SET last_error = CASE WHEN last_status_code IS NOT NULL THEN 'http_status' ELSE 'connection_failed' END
 WHERE last_error IS NOT NULL;

CREATE OR REPLACE FUNCTION webhook_on_fact() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    event text := webhook_event_type(NEW.kind);
BEGIN
    IF event IS NULL THEN
        RETURN NULL;
    END IF;
    -- gen_random_uuid() (v4) is fine here: deliveries are read by subscription and due time, not by id order.
    INSERT INTO webhook_delivery (id, subscription_id, fact_id, event_type, payload)
    SELECT gen_random_uuid(), s.id, NEW.id, event,
           jsonb_build_object(
               'id', NEW.id::text,
               'type', event,
               'occurredAt', to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
               'data', jsonb_build_object(
                   'learnerId', NEW.user_id,
                   'unitCode', NEW.unit_code,
                   'agencyId', NEW.agency_id,
                   'learnerGroup', NEW.learner_group,
                   'courseId', NEW.course_id,
                   'enrollmentId', NEW.enrollment_id,
                   'subjectId', NEW.subject_id))::text
    FROM webhook_subscription s
    WHERE s.active AND event = ANY (s.events)
      -- Reach.coversLearner: the learner's unit or agency is within the owner's reach.
      AND (s.reach_all OR NEW.unit_code = ANY (s.reach_units) OR NEW.agency_id = ANY (s.reach_agencies));
    RETURN NULL;
END $$;

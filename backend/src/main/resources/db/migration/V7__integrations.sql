-- Integrations: service accounts of other systems, idempotent creation, and webhooks fed by an outbox
-- that is written in the same transaction as the change it announces.

-- Another system calling the API (an HR system, a dashboard). The secret is 32 random bytes shown once;
-- only its SHA-256 is kept: with 256 bits of entropy no dictionary or brute force applies, so a slow
-- password hash would only cost CPU on every token request without adding protection.
CREATE TABLE service_account (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    description text        NOT NULL DEFAULT '',
    secret_hash bytea       NOT NULL,
    scopes      text[]      NOT NULL CHECK (scopes <@ ARRAY['rosters:write', 'stats:read', 'webhooks:manage', 'denominators:write']
                                            AND cardinality(scopes) > 0),
    -- Limits: empty means the whole province.
    unit_codes  varchar(5)[] NOT NULL DEFAULT '{}',
    agency_ids  bigint[]    NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  uuid,
    rotated_at  timestamptz,
    revoked_at  timestamptz,
    revoked_by  uuid
);
CREATE INDEX service_account_created_idx ON service_account (created_at DESC, id);

-- Idempotency-Key: the first successful answer to a creating POST, replayed for the same caller, key
-- and body for 24 hours. `status` is NULL while the first request is still running.
CREATE TABLE idempotency_key (
    caller        text        NOT NULL,
    key           text        NOT NULL,
    operation     text        NOT NULL,
    request_hash  bytea       NOT NULL,
    status        integer,
    response_body text,
    location      text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

-- Webhook subscriptions. The secret signs each delivery (HMAC-SHA256), so the server must be able to
-- read it: unlike a password it cannot be stored as a one-way hash.
CREATE TABLE webhook_subscription (
    id         uuid PRIMARY KEY,
    url        text        NOT NULL CHECK (url ~ '^https?://'),
    events     text[]      NOT NULL CHECK (events <@ ARRAY['learner.registered', 'learner.enrolled', 'learner.lesson_completed',
                                                           'learner.passed', 'certificate.issued', 'certificate.revoked']
                                           AND cardinality(events) > 0),
    secret     text        NOT NULL,
    active     boolean     NOT NULL DEFAULT true,
    -- The service account that owns it (sees and manages it), or NULL when an administrator created it.
    owner_id   uuid        REFERENCES service_account (id),
    created_by uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_subscription_owner_idx ON webhook_subscription (owner_id);

-- The outbox: one row per event and subscription, inserted by a trigger in the transaction of the
-- change, so an event exists exactly when its change committed and survives a stop before sending.
CREATE TABLE webhook_delivery (
    id               uuid PRIMARY KEY,
    subscription_id  uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    fact_id          bigint      NOT NULL,
    event_type       text        NOT NULL,
    payload          text        NOT NULL,
    status           text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now()
);
-- What the sender scans: only pending rows, oldest due first.
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, created_at DESC);

-- learning_fact kind → webhook event type (ATTEMPT_SUBMITTED is not announced).
CREATE FUNCTION webhook_event_type(kind text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE kind
        WHEN 'REGISTERED' THEN 'learner.registered'
        WHEN 'ENROLLED' THEN 'learner.enrolled'
        WHEN 'LESSON_COMPLETED' THEN 'learner.lesson_completed'
        WHEN 'PASSED' THEN 'learner.passed'
        WHEN 'CERTIFIED' THEN 'certificate.issued'
        WHEN 'CERTIFICATE_REVOKED' THEN 'certificate.revoked'
    END
$$;

-- The payload carries ids and the learner's unit, agency and group only: no name, phone or e-mail.
-- A receiver that needs more asks the API with its own token, under its own scopes.
CREATE FUNCTION webhook_on_fact() RETURNS trigger LANGUAGE plpgsql AS $$
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
    WHERE s.active AND event = ANY (s.events);
    RETURN NULL;
END $$;
CREATE TRIGGER webhook_fact AFTER INSERT ON learning_fact FOR EACH ROW EXECUTE FUNCTION webhook_on_fact();

-- Issue 11, second half: learner reminders, weekly manager digests, bulk messages to a follow-up list,
-- and webhook events for the notifications that leave the portal.

-- The texts of the new kinds (vn.hocvuso.notification.Kind names their variables).
INSERT INTO notification_template (kind, language, subject, body) VALUES
('REMINDER_NOT_STARTED', 'vi', 'Bắt đầu khóa học kỹ năng số của bạn',
 'Chào {name}, bạn đã đăng ký khóa học "{course}" {days} ngày trước nhưng chưa học bài nào. Bài đầu tiên chỉ mất vài phút: {link}'),
('REMINDER_NOT_STARTED', 'en', 'Start your digital skills course',
 'Hello {name}, you enrolled in "{course}" {days} days ago but have not opened a lesson yet. The first one takes a few minutes: {link}'),
('REMINDER_STALLED', 'vi', 'Còn {lessonsLeft} bài nữa là xong',
 'Chào {name}, còn {lessonsLeft} bài nữa là bạn hoàn thành khóa học "{course}". Học tiếp tại: {link}'),
('REMINDER_STALLED', 'en', '{lessonsLeft} lessons to go',
 'Hello {name}, {lessonsLeft} more lessons and you will have finished "{course}". Continue here: {link}'),
('REMINDER_RETAKE_OPEN', 'vi', 'Bạn đã có thể làm lại bài kiểm tra',
 'Chào {name}, lượt làm bài kiểm tra cuối khóa "{course}" tiếp theo của bạn đã mở. Ôn lại và làm bài tại: {link}'),
('REMINDER_RETAKE_OPEN', 'en', 'You can take the final test again',
 'Hello {name}, your next attempt at the final test of "{course}" is open. Revise and take it here: {link}'),
('MANAGER_DIGEST', 'vi', 'Tình hình tuần này của {place}: {followUp} người cần hỗ trợ',
 'Chào {name}, tình hình của {place} (số liệu lúc {asOf}):
{targets}
{followUp} người chưa có Giấy chứng nhận. Danh sách để hỗ trợ từng người: {link}'),
('MANAGER_DIGEST', 'en', 'This week at {place}: {followUp} people to follow up',
 'Hello {name}, where {place} stands (figures as of {asOf}):
{targets}
{followUp} people have no certificate yet. The list to follow them up: {link}'),
('BULK_INVITE', 'vi', 'Mời tham gia khóa học kỹ năng số',
 'Chào {name}, {unit} mời bạn tham gia khóa học kỹ năng số miễn phí trên Học vụ số: {link}'),
('BULK_INVITE', 'en', 'Join the digital skills course',
 'Hello {name}, {unit} invites you to the free digital skills course on Học vụ số: {link}'),
('BULK_CONTINUE', 'vi', 'Hãy học tiếp khóa học kỹ năng số',
 'Chào {name}, {unit} nhắc bạn học tiếp để hoàn thành khóa học kỹ năng số: {link}'),
('BULK_CONTINUE', 'en', 'Keep going with your digital skills course',
 'Hello {name}, {unit} reminds you to continue and finish the digital skills course: {link}'),
('BULK_TAKE_TEST', 'vi', 'Hãy làm bài kiểm tra cuối khóa',
 'Chào {name}, bạn đã học xong các bài. {unit} mời bạn làm bài kiểm tra cuối khóa để nhận Giấy chứng nhận: {link}'),
('BULK_TAKE_TEST', 'en', 'Take the final test',
 'Hello {name}, you have finished the lessons. {unit} invites you to take the final test for your certificate: {link}');

-- Which replica runs a periodic selection (reminders, digests): the one that took the lease. The
-- dedupe keys make a second run harmless; the lease keeps two replicas from scanning a million
-- enrolments at the same moment.
CREATE TABLE job_lease (
    name        text PRIMARY KEY,
    holder      uuid        NOT NULL,
    held_until  timestamptz NOT NULL,
    last_run_at timestamptz,
    -- What the last run did ({"picked": n, "queued": n, "millis": n}), for operators.
    last_result jsonb
);

-- Bulk messages a unit manager sent to a follow-up list: the daily limit per unit sums `recipients`.
CREATE TABLE bulk_message (
    id            uuid PRIMARY KEY,
    unit_code     varchar(5)  NOT NULL REFERENCES unit (code),
    sender_id     uuid        NOT NULL,
    status_filter text        NOT NULL CHECK (status_filter IN ('NOT_ENROLLED', 'NOT_COMPLETED', 'NOT_PASSED')),
    kind          text        NOT NULL,
    recipients    integer     NOT NULL CHECK (recipients >= 0),
    created_at    timestamptz NOT NULL
);
CREATE INDEX bulk_message_unit_idx ON bulk_message (unit_code, created_at DESC);

-- The reminder selection walks these, in id order and in batches, instead of every enrolment: each
-- holds only the enrolments at one step (the predicates are those of Reminders' SQL, word for word).
CREATE INDEX enrollment_not_started_idx ON enrollment (id) WHERE started_at IS NULL AND passed_at IS NULL;
CREATE INDEX enrollment_in_progress_idx ON enrollment (id) WHERE started_at IS NOT NULL AND lessons_completed_at IS NULL;
CREATE INDEX enrollment_awaiting_pass_idx ON enrollment (id) WHERE lessons_completed_at IS NOT NULL AND passed_at IS NULL;

-- Webhook events notification.delivered and notification.failed, through the same outbox as the
-- learning events: a trigger in the transaction that makes a message final. Only messages that leave
-- the portal (e-mail, SMS, Zalo), and only to subscribers whose reach covers the person. The payload
-- has ids, kind, channel, status, attempts and a generic reason: never the text, the address or a name.
ALTER TABLE webhook_subscription DROP CONSTRAINT webhook_subscription_events_check;
ALTER TABLE webhook_subscription ADD CONSTRAINT webhook_subscription_events_check CHECK (
    events <@ ARRAY['learner.registered', 'learner.enrolled', 'learner.lesson_completed', 'learner.passed',
                    'certificate.issued', 'certificate.revoked', 'notification.delivered', 'notification.failed']
    AND cardinality(events) > 0);

CREATE FUNCTION webhook_on_notification() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    event text := CASE NEW.status WHEN 'SENT' THEN 'notification.delivered' ELSE 'notification.failed' END;
    -- Event ids come from the learning facts' sequence, so X-HocVuSo-Event-Id stays unique across all events.
    event_id bigint;
    learner record;
BEGIN
    SELECT u.unit_code, u.agency_id, u.learner_group INTO learner FROM app_user u WHERE u.id = NEW.user_id;
    IF NOT EXISTS (SELECT 1 FROM webhook_subscription s
                   WHERE s.active AND event = ANY (s.events)
                     AND (s.reach_all OR learner.unit_code = ANY (s.reach_units) OR learner.agency_id = ANY (s.reach_agencies))) THEN
        RETURN NULL;
    END IF;
    event_id := nextval(pg_get_serial_sequence('learning_fact', 'id'));
    INSERT INTO webhook_delivery (id, subscription_id, fact_id, event_type, payload)
    SELECT gen_random_uuid(), s.id, event_id, event,
           jsonb_build_object(
               'id', event_id::text,
               'type', event,
               'occurredAt', to_char(coalesce(NEW.sent_at, now()) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
               'data', jsonb_build_object(
                   'notificationId', NEW.id,
                   'learnerId', NEW.user_id,
                   'unitCode', learner.unit_code,
                   'agencyId', learner.agency_id,
                   'kind', NEW.kind,
                   'channel', NEW.channel,
                   'status', NEW.status,
                   'attempts', NEW.attempts,
                   'providerId', NEW.provider_id,
                   'reason', NEW.last_error))::text
    FROM webhook_subscription s
    WHERE s.active AND event = ANY (s.events)
      AND (s.reach_all OR learner.unit_code = ANY (s.reach_units) OR learner.agency_id = ANY (s.reach_agencies));
    RETURN NULL;
END $$;

CREATE TRIGGER notification_webhook AFTER UPDATE OF status ON notification
    FOR EACH ROW
    WHEN (OLD.status = 'PENDING' AND NEW.status IN ('SENT', 'FAILED') AND NEW.channel <> 'IN_APP')
    EXECUTE FUNCTION webhook_on_notification();

-- Notifications (issue 11): one outbox of messages to people, written in the transaction of their cause
-- and sent by NotificationSender on every replica; the same rows are the delivery log and, for the
-- in-app channel, the person's inbox. Templates an administrator edits; each person's opt-outs and
-- language; password-reset codes (hashed).

-- The messages' texts, per kind and language: one subject (e-mail subject, in-app title) and one body
-- (SMS text, e-mail text, in-app text). Variables are written {name}; which ones a kind offers is in the
-- code (notification.Kind), which checks every edit. Zalo ZNS sends the provider's approved template
-- with the same variables instead of this text.
CREATE TABLE notification_template (
    kind       text        NOT NULL,
    language   text        NOT NULL CHECK (language IN ('vi', 'en')),
    subject    text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    body       text        NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by uuid,
    PRIMARY KEY (kind, language)
);

INSERT INTO notification_template (kind, language, subject, body) VALUES
('PASSWORD_RESET_CODE', 'vi', 'Mã đặt lại mật khẩu Học vụ số',
 'Mã đặt lại mật khẩu Học vụ số của bạn là {code}. Mã có hiệu lực trong {minutes} phút. Không đưa mã này cho bất kỳ ai.'),
('PASSWORD_RESET_CODE', 'en', 'Your Học vụ số password reset code',
 'Your Học vụ số password reset code is {code}. It is valid for {minutes} minutes. Do not give it to anyone.'),
('CERTIFICATE_ISSUED', 'vi', 'Chúc mừng! Bạn đã được cấp Giấy chứng nhận',
 'Chúc mừng {name}! Bạn đã hoàn thành khóa học "{course}". Xem và tải Giấy chứng nhận (mã {code}) tại: {link}'),
('CERTIFICATE_ISSUED', 'en', 'Congratulations! Your certificate is ready',
 'Congratulations {name}! You completed the course "{course}". View and download your certificate (code {code}): {link}');

-- The outbox and delivery log: one row per message and channel. `variables` may hold a secret (a reset
-- code): it is erased (set to NULL) as soon as the row is sent or given up. `address` is where it went
-- (E.164 phone or e-mail; NULL for in-app).
CREATE TABLE notification (
    id              uuid PRIMARY KEY,
    user_id         uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind            text        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL', 'SMS', 'ZALO_ZNS')),
    language        text        NOT NULL DEFAULT 'vi',
    address         text,
    variables       jsonb,
    -- One message of a kind per person and period: the cause names the period (e.g. the certificate's code).
    dedupe_key      text,
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    subject         text,
    body            text,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    -- A message useless after this moment (a reset code) is given up instead of sent late.
    expires_at      timestamptz,
    provider_id     text,
    -- A generic reason (NotificationSender.REASONS), never a provider's or an exception's text.
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    read_at         timestamptz
);
CREATE UNIQUE INDEX notification_dedupe_idx ON notification (dedupe_key, channel) WHERE dedupe_key IS NOT NULL;
CREATE INDEX notification_due_idx ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_inbox_idx ON notification (user_id, created_at DESC) WHERE channel = 'IN_APP' AND status = 'SENT';
CREATE INDEX notification_unread_idx ON notification (user_id) WHERE channel = 'IN_APP' AND status = 'SENT' AND read_at IS NULL;
CREATE INDEX notification_log_idx ON notification (created_at DESC, id);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);

-- What a person does not want: a kind on a channel. Transactional kinds (a reset code) ignore it.
CREATE TABLE notification_opt_out (
    user_id    uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind       text        NOT NULL,
    channel    text        NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL', 'SMS', 'ZALO_ZNS')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, kind, channel)
);

-- The language a person reads their messages in (no row: Vietnamese).
CREATE TABLE notification_preference (
    user_id    uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    language   text        NOT NULL CHECK (language IN ('vi', 'en')),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- "Quên mật khẩu": one live code per account (a new request replaces it). Only a keyed hash of the code
-- is kept; 6 digits, 10 minutes, 5 tries.
CREATE TABLE password_reset (
    user_id    uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash  bytea       NOT NULL,
    expires_at timestamptz NOT NULL,
    tries_left integer     NOT NULL CHECK (tries_left >= 0),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX password_reset_expires_idx ON password_reset (expires_at);

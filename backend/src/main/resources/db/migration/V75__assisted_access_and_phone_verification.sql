-- Assisted access and phone verification (issue 11, second half; docs/notifications.md).

-- HELPER ("Đại sứ số", community digital-technology helpers): granted per unit by that unit's managers
-- and administrators, like UNIT_MANAGER always with a unit.
ALTER TABLE role_grant DROP CONSTRAINT role_grant_role_check;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_role_check
    CHECK (role IN ('UNIT_MANAGER', 'AGENCY_MANAGER', 'ADMIN', 'HELPER'));
ALTER TABLE role_grant DROP CONSTRAINT role_grant_scope;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_scope CHECK (
    (role IN ('UNIT_MANAGER', 'HELPER') AND unit_code IS NOT NULL AND agency_id IS NULL)
    OR (role = 'AGENCY_MANAGER' AND agency_id IS NOT NULL AND unit_code IS NULL)
    OR (role = 'ADMIN' AND unit_code IS NULL AND agency_id IS NULL));
CREATE INDEX role_grant_helper_unit_idx ON role_grant (unit_code) WHERE role = 'HELPER';

-- A person registered by a helper: what they agreed to (the text shown beside the checkbox, as it was),
-- who helped them and when. The account is the person's: it has no password until they set one with a
-- code sent to their own phone or e-mail.
CREATE TABLE assisted_registration (
    user_id      uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    -- Not a foreign key: a helper's own account may be deleted later; the record stays.
    helper_id    uuid        NOT NULL,
    unit_code    varchar(5)  NOT NULL REFERENCES unit (code),
    consent_text text        NOT NULL CHECK (length(consent_text) BETWEEN 1 AND 2000),
    consented_at timestamptz NOT NULL
);
CREATE INDEX assisted_registration_helper_idx ON assisted_registration (helper_id, consented_at DESC);

-- Phone verification at registration (hocvuso.registration.phone-verification, off by default): an account
-- registered while it is on cannot log in until a code sent to its phone has been typed back. Accounts
-- registered before it was turned on are not affected (false).
ALTER TABLE app_user ADD COLUMN phone_unverified boolean NOT NULL DEFAULT false;

-- One live verification code per account, kept like a reset code: a hash, 10 minutes, 5 tries.
CREATE TABLE phone_verification (
    user_id    uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash  bytea       NOT NULL,
    expires_at timestamptz NOT NULL,
    tries_left integer     NOT NULL CHECK (tries_left >= 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Where a reset code went: a code typed back from a phone proves the phone as well.
ALTER TABLE password_reset ADD COLUMN via_phone boolean NOT NULL DEFAULT false;

-- Managers list what their unit's helpers did: the audit trail, filtered by the unit in its details.
CREATE INDEX audit_event_helper_idx ON audit_event ((details ->> 'unitCode'), occurred_at DESC)
    WHERE action LIKE 'helper.%';

INSERT INTO notification_template (kind, language, subject, body) VALUES
('ACCOUNT_SETUP_CODE', 'vi', 'Tài khoản Học vụ số của bạn đã được tạo',
 'Tài khoản Học vụ số của bạn đã được tạo. Mã để bạn tự đặt mật khẩu là {code}, có hiệu lực trong {minutes} phút. Vào mục "Quên mật khẩu" và nhập mã này. Không đưa mã cho bất kỳ ai, kể cả người hỗ trợ.'),
('ACCOUNT_SETUP_CODE', 'en', 'Your Học vụ số account has been created',
 'Your Học vụ số account has been created. Your code to set your own password is {code}, valid for {minutes} minutes. Open "Forgot password" and enter it. Do not give this code to anyone, not even the helper.'),
('PHONE_VERIFICATION_CODE', 'vi', 'Mã xác minh số điện thoại Học vụ số',
 'Mã xác minh số điện thoại Học vụ số của bạn là {code}. Mã có hiệu lực trong {minutes} phút. Không đưa mã này cho bất kỳ ai.'),
('PHONE_VERIFICATION_CODE', 'en', 'Your Học vụ số phone verification code',
 'Your Học vụ số phone verification code is {code}. It is valid for {minutes} minutes. Do not give it to anyone.');

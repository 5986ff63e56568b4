-- "Chữ lớn" (large text) remembered on the account, so that it follows the learner to another device
-- (issue 12). The device keeps its own copy for pages shown before login.
ALTER TABLE app_user ADD COLUMN large_text boolean NOT NULL DEFAULT false;

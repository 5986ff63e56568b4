-- Refresh sessions get an absolute lifetime (hocvuso.auth.session-lifetime): each rotation pushed the
-- expiry 30 days further, so a session in use never ended. Every token of a session (family) carries
-- when the session began; rotation copies it.
ALTER TABLE refresh_token ADD COLUMN session_started_at timestamptz;
UPDATE refresh_token t SET session_started_at = f.started
  FROM (SELECT family_id, min(issued_at) AS started FROM refresh_token GROUP BY family_id) f
 WHERE f.family_id = t.family_id;
ALTER TABLE refresh_token ALTER COLUMN session_started_at SET NOT NULL,
                          ALTER COLUMN session_started_at SET DEFAULT now();

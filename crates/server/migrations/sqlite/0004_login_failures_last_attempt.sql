-- When a username was last tried, so that counts of names nobody uses can be forgotten.
ALTER TABLE login_failures ADD COLUMN last_attempt_at INTEGER NOT NULL DEFAULT 0;

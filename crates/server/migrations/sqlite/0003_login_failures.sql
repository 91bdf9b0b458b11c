-- Throttling password guessing: failed logins per username (known or not, so that the answer
-- does not tell which usernames exist), and until when the name is locked.
CREATE TABLE login_failures (
    username     TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until INTEGER NOT NULL DEFAULT 0
);

-- Evne's first schema (SQLite). PostgreSQL gets its own folder when it lands.

CREATE TABLE organisations (
    id   TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('directorate', 'reception_centre', 'municipality')),
    name TEXT NOT NULL
);

CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL,
    organisation_id TEXT REFERENCES organisations (id),
    created_at      INTEGER NOT NULL
);

-- Server-side sessions: only a hash of the cookie's token is stored, so a copy of the
-- database does not let anyone log in.
CREATE TABLE sessions (
    token_hash   BLOB PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- One row per submission id (the tablet's idempotency key). The hash of the canonical
-- profile tells a harmless repeat from a conflicting one.
CREATE TABLE submissions (
    id          TEXT PRIMARY KEY,
    body_sha256 BLOB NOT NULL,
    profile     TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX submissions_received ON submissions (received_at);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    actor   TEXT,
    action  TEXT NOT NULL,
    subject TEXT,
    outcome TEXT NOT NULL
);

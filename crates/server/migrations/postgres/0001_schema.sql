-- Evne's schema on PostgreSQL: the same tables, columns and meaning as the SQLite migrations
-- 0001-0010 (`../sqlite`), in one step because PostgreSQL support starts here. A change to the
-- schema from now on is a migration in both folders.
--
-- Times are Unix seconds (BIGINT) and flags are 0/1 (BIGINT), as on SQLite, so that the same
-- queries and the same Rust types serve both databases.

CREATE TABLE organisations (
    id   TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('directorate', 'reception_centre', 'municipality')),
    name TEXT NOT NULL
);

CREATE TABLE users (
    id                   TEXT PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE,
    password_hash        TEXT NOT NULL,
    role                 TEXT NOT NULL,
    organisation_id      TEXT REFERENCES organisations (id),
    created_at           BIGINT NOT NULL,
    must_change_password BIGINT NOT NULL DEFAULT 0,
    handles_shielded     BIGINT NOT NULL DEFAULT 0,
    inbox_seen_at        BIGINT NOT NULL DEFAULT 0
);

-- Server-side sessions: only a hash of the cookie's token is stored.
CREATE TABLE sessions (
    token_hash   BYTEA PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE submissions (
    id          TEXT PRIMARY KEY,
    body_sha256 BYTEA NOT NULL,
    profile     TEXT NOT NULL,
    received_at TEXT NOT NULL,
    device_id   TEXT
);
CREATE INDEX submissions_received ON submissions (received_at);

CREATE TABLE audit_log (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      BIGINT NOT NULL,
    actor   TEXT,
    action  TEXT NOT NULL,
    subject TEXT,
    outcome TEXT NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject, action, at);

-- The audit log can only grow: nobody, not even the server, edits or deletes a row.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE devices (
    id                  TEXT PRIMARY KEY,
    first_seen_at       BIGINT NOT NULL,
    last_sync_at        BIGINT NOT NULL,
    submissions         BIGINT NOT NULL DEFAULT 0,
    token_hash          BYTEA,
    organisation_id     TEXT REFERENCES organisations (id),
    enrolled_by         TEXT,
    revoked_at          BIGINT,
    status_at           BIGINT,
    queued              BIGINT,
    oldest_queued_age_s BIGINT,
    last_error          TEXT,
    storage_persisted   BIGINT,
    in_progress         BIGINT
);
CREATE UNIQUE INDEX devices_token ON devices (token_hash);

CREATE TABLE login_failures (
    username        TEXT PRIMARY KEY,
    failures        BIGINT NOT NULL,
    locked_until    BIGINT NOT NULL DEFAULT 0,
    last_attempt_at BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE persons (
    id          TEXT PRIMARY KEY,
    case_number TEXT UNIQUE,
    centre_id   TEXT REFERENCES organisations (id),
    birth_year  BIGINT NOT NULL,
    shielded    BIGINT NOT NULL DEFAULT 0,
    conflict    BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX persons_centre ON persons (centre_id);

CREATE TABLE person_versions (
    person_id     TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    version       BIGINT NOT NULL,
    submission_id TEXT NOT NULL UNIQUE REFERENCES submissions (id),
    PRIMARY KEY (person_id, version)
);

CREATE TABLE person_facts (
    person_id TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    code      TEXT NOT NULL,
    level     BIGINT NOT NULL DEFAULT 0
);
-- The ISCO prefix search is a range of digit strings (`'72' <= code < '73'`), which this index
-- serves in any collation.
CREATE INDEX person_facts_lookup ON person_facts (kind, code, level, person_id);
CREATE INDEX person_facts_person ON person_facts (person_id);

CREATE TABLE notes (
    id                TEXT PRIMARY KEY,
    person_id         TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    author_id         TEXT NOT NULL REFERENCES users (id),
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL,
    goals             TEXT NOT NULL DEFAULT '',
    next_steps        TEXT NOT NULL DEFAULT '',
    language_training TEXT NOT NULL DEFAULT '',
    text              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notes_person ON notes (person_id);

CREATE TABLE settlements (
    person_id       TEXT PRIMARY KEY REFERENCES persons (id) ON DELETE CASCADE,
    municipality_id TEXT NOT NULL REFERENCES organisations (id),
    decided_by      TEXT NOT NULL REFERENCES users (id),
    decided_at      BIGINT NOT NULL
);
CREATE INDEX settlements_municipality ON settlements (municipality_id, decided_at);

CREATE TABLE user_centres (
    user_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    centre_id TEXT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (user_id, centre_id)
);

CREATE TABLE erased_submissions (
    id        TEXT PRIMARY KEY,
    erased_at BIGINT NOT NULL
);

CREATE TABLE assisted_registrations (
    code        TEXT PRIMARY KEY,
    centre_id   TEXT NOT NULL REFERENCES organisations (id),
    started_by  TEXT NOT NULL REFERENCES users (id),
    started_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    finished_at BIGINT,
    person_id   TEXT REFERENCES persons (id) ON DELETE SET NULL
);
CREATE INDEX assisted_registrations_centre ON assisted_registrations (centre_id, started_at);

CREATE TABLE saved_searches (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    query      TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX saved_searches_user ON saved_searches (user_id, created_at);

-- An officer's saved searches: a name and the filters (a query string). No personal data.
CREATE TABLE saved_searches (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    query      TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX saved_searches_user ON saved_searches (user_id, created_at);

-- The hand-over view looks up the first read of a profile after a settlement.
CREATE INDEX audit_log_subject ON audit_log (subject, action, at);

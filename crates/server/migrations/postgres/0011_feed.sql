-- The hand-over feed for case systems (GET /feed). Integration clients are machines: a token
-- (stored hashed, shown once) that reads the feed and nothing else, revocable.
CREATE TABLE integrations (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    token_hash BYTEA NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

-- The feed's counter: its row stays locked until the writing transaction ends, so positions
-- are committed in order (a reader never sees position n+1 before n).
CREATE TABLE feed_position (
    id       INTEGER PRIMARY KEY,
    position BIGINT NOT NULL
);
INSERT INTO feed_position (id, position) VALUES (1, 0);

-- What happened, by position. No personal data: a profile is read when the event is, and an
-- erasure removes the person's events but a tombstone.
CREATE TABLE feed_events (
    position        BIGINT PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    person_id       TEXT NOT NULL,
    version         BIGINT,
    municipality_id TEXT,
    at              BIGINT NOT NULL
);
CREATE INDEX feed_events_person ON feed_events (person_id);

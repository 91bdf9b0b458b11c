-- A reviewer's recording of one message in one locale, played on the tablets where the
-- device has no voice for the language. Versioned against a hash of the Norwegian source, like
-- the text: when the source changes, the recording is stale and not played. The audio was
-- checked (container, codec, length, size) before it was kept.
CREATE TABLE recordings (
    locale      TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    duration_ms BIGINT NOT NULL,
    audio_hash  TEXT NOT NULL,
    audio       BYTEA NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users(id),
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (locale, message_id)
);

-- Which tablet sent what: so that staff notice a tablet that stopped syncing or was wiped.
-- The device id is made by the tablet; until enrolment (issue 6) it is not authenticated.
CREATE TABLE devices (
    id            TEXT PRIMARY KEY,
    first_seen_at INTEGER NOT NULL,
    last_sync_at  INTEGER NOT NULL,
    submissions   INTEGER NOT NULL DEFAULT 0
);

ALTER TABLE submissions ADD COLUMN device_id TEXT;

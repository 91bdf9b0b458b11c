-- Assisted registrations that reception staff start: a short code, who started it, and whether
-- the resident's registration arrived with it. The person is linked only so that erasure can
-- clear the link (ON DELETE SET NULL); the code itself names nobody.
CREATE TABLE assisted_registrations (
    code TEXT PRIMARY KEY,
    centre_id TEXT NOT NULL REFERENCES organisations(id),
    started_by TEXT NOT NULL REFERENCES users(id),
    started_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    finished_at INTEGER,
    person_id TEXT REFERENCES persons(id) ON DELETE SET NULL
);
CREATE INDEX assisted_registrations_centre ON assisted_registrations (centre_id, started_at);

-- Registrations started on a tablet and not yet submitted, as the tablet last reported.
ALTER TABLE devices ADD COLUMN in_progress INTEGER;

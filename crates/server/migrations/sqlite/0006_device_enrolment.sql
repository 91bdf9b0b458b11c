-- Enrolled tablets: staff enrol a tablet for their reception centre; the tablet then submits
-- with its token (only the hash is kept). A revoked tablet can no longer submit.
ALTER TABLE devices ADD COLUMN token_hash BLOB;
ALTER TABLE devices ADD COLUMN organisation_id TEXT REFERENCES organisations (id);
ALTER TABLE devices ADD COLUMN enrolled_by TEXT;
ALTER TABLE devices ADD COLUMN revoked_at INTEGER;
CREATE UNIQUE INDEX devices_token ON devices (token_hash);

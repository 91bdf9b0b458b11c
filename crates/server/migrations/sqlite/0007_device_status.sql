-- What each tablet last reported about its own queue, so that staff see a tablet whose
-- registrations are stuck before anyone asks. Counts and error codes only: no personal data.
ALTER TABLE devices ADD COLUMN status_at INTEGER;
ALTER TABLE devices ADD COLUMN queued INTEGER;
ALTER TABLE devices ADD COLUMN oldest_queued_age_s INTEGER;
ALTER TABLE devices ADD COLUMN last_error TEXT;
ALTER TABLE devices ADD COLUMN storage_persisted INTEGER;

-- A free-text job title coded to an ESCO occupation by a counsellor or settlement officer. The
-- title is not stored again: a job is found by the SHA-256 of its title as written, so a code
-- follows the title when the resident sends a new version with the jobs in another order, and
-- falls away when the title changes. Erasing the person erases the codes.
CREATE TABLE job_codes (
    person_id  TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    title_hash TEXT NOT NULL,
    esco_id    TEXT NOT NULL,
    coded_by   TEXT REFERENCES users (id) ON DELETE SET NULL,
    coded_at   BIGINT NOT NULL,
    PRIMARY KEY (person_id, title_hash)
);

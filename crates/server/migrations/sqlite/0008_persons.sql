-- Persons: each submission is a version of one person. The same case number links a new
-- submission to the person who has it (a new version; history kept); disagreeing versions are
-- flagged for the officer, never overwritten.
CREATE TABLE persons (
    id          TEXT PRIMARY KEY,
    case_number TEXT UNIQUE,
    centre_id   TEXT REFERENCES organisations (id),
    birth_year  INTEGER NOT NULL,
    shielded    INTEGER NOT NULL DEFAULT 0,
    conflict    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX persons_centre ON persons (centre_id);

CREATE TABLE person_versions (
    person_id     TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    submission_id TEXT NOT NULL UNIQUE REFERENCES submissions (id),
    PRIMARY KEY (person_id, version)
);

-- What search and statistics look at, from each person's latest version: one row per fact
-- (an occupation's ISCO code with years, an education level, a language with its best CEFR
-- level 0-6, a licence, the country of origin, literacy, a wished occupation).
CREATE TABLE person_facts (
    person_id TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    code      TEXT NOT NULL,
    level     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX person_facts_lookup ON person_facts (kind, code, level, person_id);
CREATE INDEX person_facts_person ON person_facts (person_id);

-- Counsellors' notes: structured, editable by their author only.
CREATE TABLE notes (
    id                TEXT PRIMARY KEY,
    person_id         TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    author_id         TEXT NOT NULL REFERENCES users (id),
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    goals             TEXT NOT NULL DEFAULT '',
    next_steps        TEXT NOT NULL DEFAULT '',
    language_training TEXT NOT NULL DEFAULT '',
    text              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notes_person ON notes (person_id);

-- A municipality agreed to settle a person: it, and only it, may then read the profile.
CREATE TABLE settlements (
    person_id       TEXT PRIMARY KEY REFERENCES persons (id) ON DELETE CASCADE,
    municipality_id TEXT NOT NULL REFERENCES organisations (id),
    decided_by      TEXT NOT NULL REFERENCES users (id),
    decided_at      INTEGER NOT NULL
);
CREATE INDEX settlements_municipality ON settlements (municipality_id, decided_at);

-- Counsellors may serve several centres (their own organisation is one of them).
CREATE TABLE user_centres (
    user_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    centre_id TEXT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (user_id, centre_id)
);

-- Officers explicitly allowed to see shielded persons.
ALTER TABLE users ADD COLUMN handles_shielded INTEGER NOT NULL DEFAULT 0;

-- Submissions of erased persons (the SHA-256 of their id): a late retry of one is acknowledged
-- but not stored again.
CREATE TABLE erased_submissions (
    id        TEXT PRIMARY KEY,
    erased_at INTEGER NOT NULL
);

-- When a municipality user last looked at their inbox ("new since the last visit").
ALTER TABLE users ADD COLUMN inbox_seen_at INTEGER NOT NULL DEFAULT 0;

-- Each server keeps an in-memory search index of every person's filterable facts (searches and
-- statistics over 100 000 persons in milliseconds). It stays in step with the database, on
-- every replica, through revisions: every change to what search sees (a person's facts, centre,
-- shielding, settlement) takes the next number from `search_revision` inside its transaction
-- and stamps it on the person, and an erasure or merge also counts a removal. The counter's row
-- is locked until commit, so revisions become visible in order; a server reloads the persons
-- above the revision it last read.
ALTER TABLE persons ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
CREATE INDEX persons_revision ON persons (revision);
CREATE TABLE search_revision (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL,
    removals INTEGER NOT NULL
);
INSERT INTO search_revision (id, revision, removals) VALUES (1, 0, 0);

-- See the SQLite migration 0013.
ALTER TABLE persons ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
CREATE INDEX persons_revision ON persons (revision);
CREATE TABLE search_revision (
    id       BIGINT PRIMARY KEY CHECK (id = 1),
    revision BIGINT NOT NULL,
    removals BIGINT NOT NULL
);
INSERT INTO search_revision (id, revision, removals) VALUES (1, 0, 0);

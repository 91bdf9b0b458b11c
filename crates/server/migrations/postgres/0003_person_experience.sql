-- See the SQLite migration 0012.
ALTER TABLE persons ADD COLUMN experience BIGINT NOT NULL DEFAULT 0;
CREATE INDEX persons_experience ON persons (experience, id);

-- The most years a person worked in one occupation, kept with the person (from the facts) so
-- that lists sort by experience through an index instead of a subquery per row.
ALTER TABLE persons ADD COLUMN experience INTEGER NOT NULL DEFAULT 0;
CREATE INDEX persons_experience ON persons (experience, id);

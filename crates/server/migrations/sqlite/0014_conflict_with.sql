-- A submission whose case number names a person it disagrees with (another given name or
-- year of birth) becomes a person of its own, flagged and linked to the person it names, until
-- an officer merges the two or keeps them apart. The named person is left as it was: neither
-- their centre, nor their latest profile, nor who may read their notes changes.
ALTER TABLE persons ADD COLUMN conflict_with TEXT REFERENCES persons (id) ON DELETE SET NULL;

-- How many residents a reception centre has now, as its staff last entered it (see the
-- SQLite migration 0011).
ALTER TABLE organisations ADD COLUMN residents BIGINT;

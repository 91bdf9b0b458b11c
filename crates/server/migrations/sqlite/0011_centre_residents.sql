-- How many residents a reception centre has now, as its staff last entered it: with the
-- registered and started counts, the overview shows how many have not registered yet.
-- A number only; Evne keeps nothing of those who have not registered.
ALTER TABLE organisations ADD COLUMN residents INTEGER;

-- Coverage (registered residents ÷ residents): a centre's head count as a dated series, every
-- change kept (the day it holds from, in days since the Unix epoch; the day's last entry wins),
-- and each centre's region (a `region-*` code: a county).
ALTER TABLE organisations ADD COLUMN region TEXT;
CREATE TABLE centre_residents (
    centre_id TEXT NOT NULL REFERENCES organisations (id),
    day       BIGINT NOT NULL,
    residents BIGINT NOT NULL,
    set_at    BIGINT NOT NULL,
    set_by    TEXT,
    PRIMARY KEY (centre_id, day)
);
-- The counts entered before: from today on.
INSERT INTO centre_residents (centre_id, day, residents, set_at)
SELECT id, CAST(EXTRACT(EPOCH FROM now()) AS BIGINT) / 86400, residents, CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)
FROM organisations WHERE residents IS NOT NULL;

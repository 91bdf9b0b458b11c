-- Languages residents asked for that the app does not have ("my language is not here"), as
-- the centre's tablets report them: per centre, language and day (days since the Unix
-- epoch), a count. No person, no tablet, no time of day.
CREATE TABLE asked_languages (
    centre   TEXT NOT NULL REFERENCES organisations(id),
    language TEXT NOT NULL,
    day      BIGINT NOT NULL,
    count    BIGINT NOT NULL,
    PRIMARY KEY (centre, language, day)
);

-- Language reviewers (interpreters and translators) and the locales each may work on.
CREATE TABLE reviewer_locales (
    user_id TEXT NOT NULL REFERENCES users(id),
    locale  TEXT NOT NULL,
    PRIMARY KEY (user_id, locale)
);

-- A reviewer's text for one resident-facing message in one locale, overriding what the app
-- ships. Versioned against a hash of the Norwegian source it translates: when the source
-- changes, the review is stale. Approved once a second reviewer of the locale agrees.
CREATE TABLE translations (
    locale      TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    text        TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    reviewed_by TEXT NOT NULL REFERENCES users(id),
    reviewed_at BIGINT NOT NULL,
    approved_by TEXT REFERENCES users(id),
    approved_at BIGINT,
    PRIMARY KEY (locale, message_id)
);

-- What each published notice looks like to a person (its buyer, title, date and lifecycle event, normalised), so that
-- the same notice arriving from another portal (a Scottish notice copied to Find a Tender) can be linked to it.
CREATE TABLE notice_fingerprint (
    source       TEXT NOT NULL,
    release_id   TEXT NOT NULL,
    ocid         TEXT NOT NULL,
    notice_url   TEXT,
    buyer_key    TEXT NOT NULL,
    title_key    TEXT NOT NULL,
    lifecycle    TEXT NOT NULL DEFAULT '',
    published_on DATE NOT NULL,
    PRIMARY KEY (source, release_id)
);
CREATE INDEX notice_fingerprint_lookup ON notice_fingerprint (buyer_key, title_key, published_on);

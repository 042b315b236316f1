-- The releases of the window being read, kept here page by page instead of in memory, and published from here oldest
-- first once the window is read to its end. Scratch space: UNLOGGED (no write-ahead log; emptied by a database crash),
-- each window's rows are deleted when it ends, and a fetcher starting up empties it (one fetcher per database).
CREATE SEQUENCE window_spool_id;

CREATE UNLOGGED TABLE window_release (
    spool        BIGINT      NOT NULL,
    release_id   TEXT        COLLATE "C" NOT NULL,
    ocid         TEXT        NOT NULL,
    -- The release date, or -infinity for a release without one: those go first, as they always have.
    sort_at      TIMESTAMPTZ NOT NULL,
    location     TEXT        NOT NULL,
    text_sha256  TEXT        NOT NULL,
    notice       TEXT        NOT NULL,
    notice_chars INTEGER     NOT NULL,
    -- Place in publishing order (sort_at, release_id), numbered once the whole window is read.
    position     INTEGER,
    PRIMARY KEY (spool, release_id)
);
CREATE INDEX window_release_position ON window_release (spool, position);

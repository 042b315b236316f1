-- Where each source's live polling stands: the end of the last window read completely and published.
CREATE TABLE checkpoint (
    source          TEXT PRIMARY KEY,
    window_end      TIMESTAMPTZ NOT NULL,
    failed_attempts INTEGER     NOT NULL DEFAULT 0,
    last_error      TEXT,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- Every release the broker acknowledged, so that overlapping windows, backfills and restarts publish it once.
CREATE TABLE published_release (
    source       TEXT        NOT NULL,
    release_id   TEXT        NOT NULL,
    ocid         TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source, release_id)
);

-- A date range read on its own rows so that the live checkpoint is untouched; done_until is its progress.
CREATE TABLE backfill_job (
    id              BIGSERIAL PRIMARY KEY,
    source          TEXT        NOT NULL,
    from_time       TIMESTAMPTZ NOT NULL,
    to_time         TIMESTAMPTZ NOT NULL,
    done_until      TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL,
    failed_attempts INTEGER     NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX backfill_job_status ON backfill_job (status, id);

-- Input that could not be published, kept whole; one row per distinct payload so re-read windows add nothing.
CREATE TABLE dead_letter (
    id             BIGSERIAL PRIMARY KEY,
    source         TEXT        NOT NULL,
    reason         TEXT        NOT NULL,
    url            TEXT,
    ocid           TEXT,
    release_id     TEXT,
    error          TEXT        NOT NULL,
    payload        TEXT        NOT NULL,
    payload_sha256 TEXT        NOT NULL,
    failed_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (source, payload_sha256)
);

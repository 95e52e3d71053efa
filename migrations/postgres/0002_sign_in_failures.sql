-- Failed sign-ins, counted per (account, address), per account and per address (see
-- src/accounts/sign_in_limits.hpp). In the database, not in a server's memory, so several
-- `anzan serve` on one database share the same locks and a restart does not lift them. Times are
-- unix seconds. A row means nothing after expires_at and is deleted by the next failure.
CREATE TABLE IF NOT EXISTS sign_in_failures (
    scope          TEXT NOT NULL,
    subject        TEXT NOT NULL,
    failures       INTEGER NOT NULL,
    last_failed_at BIGINT NOT NULL,
    locked_until   BIGINT NULL,
    expires_at     BIGINT NOT NULL,
    PRIMARY KEY (scope, subject)
);
CREATE INDEX IF NOT EXISTS sign_in_failures_expires_idx ON sign_in_failures (expires_at);

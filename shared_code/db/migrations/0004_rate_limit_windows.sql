-- 0004_rate_limit_windows: each tenant's request count per one-minute window, shared by every instance
-- (docs/operating.md § Rate limits across instances). An instance takes tokens in leases with one
-- INSERT … ON CONFLICT DO UPDATE that never lets used exceed the limit; last_grant is what that
-- statement granted (its UPDATE sees the old used). Rows older than ten minutes are purged by the app.
-- Counters are disposable: UNLOGGED (no WAL; emptied after a crash, which only resets the windows). Idempotent.

CREATE UNLOGGED TABLE IF NOT EXISTS rate_limit_windows (
    tenant_id    text        NOT NULL,
    window_start timestamptz NOT NULL,
    used         integer     NOT NULL CHECK (used >= 0),
    last_grant   integer     NOT NULL CHECK (last_grant >= 0),
    PRIMARY KEY (tenant_id, window_start)
);

CREATE INDEX IF NOT EXISTS rate_limit_windows_window_start_idx ON rate_limit_windows (window_start);

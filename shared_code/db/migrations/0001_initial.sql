-- 0001_initial: tenants, API keys and one row per logical LLM call (operations.md §2).
-- Idempotent (IF NOT EXISTS); the runner applies it in one transaction with its schema_migrations row.

CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer     PRIMARY KEY,
    name       text        NOT NULL,
    checksum   char(64)    NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS tenants (
    tenant_id         varchar(255) PRIMARY KEY,
    name              varchar(255) NOT NULL,
    allows_superusers boolean      NOT NULL DEFAULT false,
    created_at        timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS api_keys (
    key_id       varchar(255) PRIMARY KEY,
    name         varchar(255) NOT NULL,
    tenant_id    varchar(255) NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    key_sha256   char(64)     NOT NULL,
    is_superuser boolean      NOT NULL DEFAULT false,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT api_keys_key_sha256_key UNIQUE (key_sha256),
    CONSTRAINT api_keys_key_sha256_hex CHECK (key_sha256 ~ '^[0-9a-f]{64}$')
);

CREATE INDEX IF NOT EXISTS api_keys_tenant_id_idx ON api_keys (tenant_id);

CREATE TABLE IF NOT EXISTS llm_calls (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        varchar(255)  NOT NULL,
    key_id           varchar(255),
    operation        varchar(64)   NOT NULL,
    call_id          uuid          NOT NULL,
    call_kind        varchar(32)   NOT NULL,
    started_at       timestamptz   NOT NULL,
    call_duration_ms integer       NOT NULL CONSTRAINT llm_calls_call_duration_ms_check CHECK (call_duration_ms >= 0),
    attempts         smallint      NOT NULL DEFAULT 1 CONSTRAINT llm_calls_attempts_check CHECK (attempts >= 1),
    model            varchar(255)  NOT NULL DEFAULT '',
    input_tokens     integer       NOT NULL DEFAULT 0 CONSTRAINT llm_calls_input_tokens_check CHECK (input_tokens >= 0),
    output_tokens    integer       NOT NULL DEFAULT 0 CONSTRAINT llm_calls_output_tokens_check CHECK (output_tokens >= 0),
    cost_usd         numeric(12,6) CONSTRAINT llm_calls_cost_usd_check CHECK (cost_usd IS NULL OR cost_usd >= 0),
    status           varchar(16)   NOT NULL CONSTRAINT llm_calls_status_check CHECK (status IN ('ok', 'error')),
    error_class      varchar(128),
    created_at       timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT llm_calls_error_class_check CHECK ((status = 'error') = (error_class IS NOT NULL))
);

CREATE INDEX IF NOT EXISTS llm_calls_tenant_id_started_at_idx ON llm_calls (tenant_id, started_at);
CREATE INDEX IF NOT EXISTS llm_calls_started_at_idx ON llm_calls (started_at);
CREATE INDEX IF NOT EXISTS llm_calls_tenant_id_operation_call_id_idx ON llm_calls (tenant_id, operation, call_id);

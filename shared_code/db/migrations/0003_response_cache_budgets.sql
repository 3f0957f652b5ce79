-- 0003_response_cache_budgets: the response cache, tenant budgets, and cache hits on usage rows.
-- response_cache holds nothing readable: lookup_key is an HMAC-SHA256 (keyed with RESPONSE_CACHE_SECRET)
-- of the canonical request, sealed is AES-GCM ciphertext under a key derived from that request and the
-- secret (usage/response_cache.py); cost_usd is the LLM cost the entry saves on every hit (a figure,
-- not personal data). No tenant, operation or text is stored in the clear. Idempotent.

CREATE TABLE IF NOT EXISTS response_cache (
    lookup_key bytea         PRIMARY KEY CONSTRAINT response_cache_lookup_key_len CHECK (octet_length(lookup_key) = 32),
    sealed     bytea         NOT NULL,
    cost_usd   numeric(12,6) CONSTRAINT response_cache_cost_usd_check CHECK (cost_usd IS NULL OR cost_usd >= 0),
    created_at timestamptz   NOT NULL DEFAULT now(),
    expires_at timestamptz   NOT NULL
);

CREATE INDEX IF NOT EXISTS response_cache_expires_at_idx ON response_cache (expires_at);

-- One monthly budget in USD per tenant (no foreign key: AUTH_API_KEYS tenants are not in tenants).
CREATE TABLE IF NOT EXISTS tenant_budgets (
    tenant_id   varchar(255)  PRIMARY KEY,
    monthly_usd numeric(12,2) NOT NULL CONSTRAINT tenant_budgets_monthly_usd_check CHECK (monthly_usd > 0),
    updated_at  timestamptz   NOT NULL DEFAULT now()
);

-- A request answered from the cache writes one row: zero tokens and cost, cache_hit = true, and the cost
-- the cached answer had (cost_saved_usd). Existing rows are LLM calls (cache_hit = false).
ALTER TABLE llm_calls ADD COLUMN IF NOT EXISTS cache_hit boolean NOT NULL DEFAULT false;
ALTER TABLE llm_calls ADD COLUMN IF NOT EXISTS cost_saved_usd numeric(12,6);

"""Usage tracking (one row per logical LLM call, buffered in process and flushed in batches), usage
statistics, the response cache and tenant budgets
(docs/pipeline.md § Usage tracking). Importing this package is cheap (no asyncpg)."""

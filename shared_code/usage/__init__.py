"""Usage tracking: one row per logical LLM call, buffered in process and flushed in batches
(pipeline.md §13). Importing this package is cheap (no asyncpg)."""

-- 0002_llm_calls_row_id: one unique id per usage row, so a retried batch insert cannot write a row twice.
-- The recorder gives every logical LLM call a fresh row_id (UUID4) and the insert ends with
-- ON CONFLICT (row_id) DO NOTHING: a batch whose first attempt committed although the app saw a timeout
-- (database stalled, acknowledgement lost) is a no-op when the buffer retries it.
-- Rows written before this migration keep row_id NULL (NULLs never conflict). Idempotent.

ALTER TABLE llm_calls ADD COLUMN IF NOT EXISTS row_id uuid;

CREATE UNIQUE INDEX IF NOT EXISTS llm_calls_row_id_key ON llm_calls (row_id);

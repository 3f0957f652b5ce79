"""Domain logic: pure Python, no adapter library (Presidio, spaCy, LiteLLM, asyncpg, Azure) is imported here."""

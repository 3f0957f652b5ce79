"""Worker start-up: ``function_app`` calls :func:`start` after registering the blueprints. It returns at
once; models and LiteLLM load in a background thread (shared_code/warm_up.py), off the indexing path."""

from shared_code.http_glue import start_warm_up as start

__all__ = ["start"]

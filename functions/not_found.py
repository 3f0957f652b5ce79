"""The ``{*path}`` catch-all: 404/405 envelopes for unknown paths and methods."""

import azure.functions as func

from shared_code.http_glue import catch_all_function

bp = func.Blueprint()
not_found = catch_all_function(bp)

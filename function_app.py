"""Azure Functions entry point (v2 programming model): builds the app and registers the blueprints."""

import azure.functions as func

from functions import (
    admin,
    analyze_bulk,
    assign_codes,
    detect_sensitive,
    health,
    not_found,
    openapi,
    startup,
    summarize,
    summarize_bulk,
    usage,
)

app = func.FunctionApp(http_auth_level=func.AuthLevel.ANONYMOUS)

for module in (health, analyze_bulk, summarize_bulk, summarize, assign_codes, detect_sensitive, usage, admin, openapi,
               not_found):
    app.register_functions(module.bp)

startup.start()  # worker start-up: models and LiteLLM load in a background thread; indexing does not wait

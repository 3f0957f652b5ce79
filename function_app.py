"""Azure Functions entry point (v2 programming model): builds the app and registers the blueprints."""

import azure.functions as func

from functions import health, not_found

app = func.FunctionApp(http_auth_level=func.AuthLevel.ANONYMOUS)

for blueprint in (health.bp, not_found.bp):
    app.register_functions(blueprint)

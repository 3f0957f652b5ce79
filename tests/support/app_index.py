"""The app's functions as Azure indexes them, once per test process.

``FunctionApp.get_functions()`` (azure-functions 2.x) records every function name it returns and raises
``ValueError: ... does not have a unique function name`` when called a second time on the same app, as
the host never does. Tests that need the index share this one call.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def app_functions() -> tuple:
    from function_app import app

    return tuple(app.get_functions())

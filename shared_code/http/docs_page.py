"""``GET /docs``: Swagger UI over ``/openapi.json``, with its assets served by the app itself.

The assets come from the ``swagger-ui-bundle-v2`` package (Swagger UI 5.x, Apache-2.0, the spec-first
fork of ``swagger_ui_bundle``), read from the installed package and served under ``/docs/assets/``:
the page works offline and loads nothing from a CDN. "Authorize" takes an API key for the ``bearer``
security scheme and try-it-out sends it as ``Authorization: Bearer <key>``; the key stays in the page
(``persistAuthorization`` is off, so it is not written to the browser's storage).
"""

from __future__ import annotations

import html
import importlib.util
import json
from functools import lru_cache
from pathlib import Path

ASSET_PREFIX = "/docs/assets/"
# name -> content type (the HTTP glue adds the charset); nothing else in the package is served
ASSETS = {
    "swagger-ui.css": "text/css",
    "swagger-ui-bundle.js": "application/javascript",
    "favicon-32x32.png": "image/png",
}


@lru_cache(maxsize=1)
def swagger_ui_dir() -> Path:
    """The folder of the installed Swagger UI distribution (found without importing the package)."""
    spec = importlib.util.find_spec("swagger_ui_bundle")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("swagger-ui-bundle-v2 is not installed (requirements.txt)")
    vendor = Path(spec.submodule_search_locations[0]) / "vendor"
    found = sorted(vendor.glob("swagger-ui-*/swagger-ui-bundle.js"))
    if not found:
        raise RuntimeError(f"no Swagger UI distribution under {vendor}")
    return found[-1].parent


@lru_cache(maxsize=len(ASSETS))
def asset(name: str) -> tuple[bytes, str] | None:
    """``(body, content type)`` of a served asset, or None for any other name."""
    if name not in ASSETS:
        return None
    return (swagger_ui_dir() / name).read_bytes(), ASSETS[name]


def docs_page(title: str, openapi_url: str = "/openapi.json") -> str:
    """The HTML page that renders ``openapi_url`` with Swagger UI."""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<link rel="icon" type="image/png" href="{ASSET_PREFIX}favicon-32x32.png">
<link rel="stylesheet" href="{ASSET_PREFIX}swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{ASSET_PREFIX}swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({{
  url: {_js_string(openapi_url)},
  dom_id: "#swagger-ui",
  deepLinking: true,
  persistAuthorization: false,
  displayRequestDuration: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout"
}});
</script>
</body>
</html>
"""


def _js_string(value: str) -> str:
    return json.dumps(value).replace("<", "\\u003c")

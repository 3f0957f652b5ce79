"""GET /docs in a real headless Chromium: Swagger UI lists the operations, and try-it-out sends the key;
/v1/health and the description report the one package version.

The page, its assets and the OpenAPI description all come from the app (no request leaves the host);
try-it-out on GET /v1/usage with the key entered under "Authorize" answers 200, without it 401.
"""

import json

import httpx

import shared_code

from tests.http.conftest import USER_KEY
from tests.support.chromium import Chromium

OPERATIONS_JS = """[...document.querySelectorAll('.opblock')].map(e =>
  e.querySelector('.opblock-summary-method').textContent + ' ' + e.querySelector('.opblock-summary-path').dataset.path)"""
FIND_OP_JS = """(() => { const e = [...document.querySelectorAll('.opblock.opblock-%s')].find(e =>
  e.querySelector('.opblock-summary-path').dataset.path === %s); return e && '#' + CSS.escape(e.id); })()"""


async def _try_it_out(browser: Chromium, method: str, path: str) -> tuple[str, str]:
    """Expand the operation, press "Try it out" and "Execute"; the status shown and the curl line."""
    op = await browser.wait_for(FIND_OP_JS % (method, json.dumps(path)))
    await browser.click(f"{op} .opblock-summary-control")
    await browser.click(f"{op} .try-out__btn")
    await browser.click(f"{op} .execute")
    status = await browser.wait_for(
        f"document.querySelector('{op} .live-responses-table tr.response .response-col_status')"
        "?.textContent.match(/^\\s*(\\d{3})/)?.[1]", timeout=60)
    curl = await browser.evaluate(f"document.querySelector('{op} .curl-command')?.textContent || ''")
    return status, curl


async def test_swagger_ui_lists_the_operations_and_try_it_out_sends_the_bearer_key(app):
    async with Chromium() as browser:
        await browser.open(app.url + "/docs")
        await browser.wait_for("document.querySelectorAll('.opblock').length > 10", timeout=60)
        operations = set(await browser.evaluate(OPERATIONS_JS))
        assert {"POST /v1/analyze-bulk", "POST /v1/summarize", "POST /v1/summarize-bulk", "POST /v1/assign-codes",
                "POST /v1/detect-sensitive", "GET /v1/health", "GET /v1/usage"} <= operations

        status, _ = await _try_it_out(browser, "get", "/v1/usage")
        assert status == "401"  # not authorised yet: no key sent

        await browser.open(app.url + "/docs")
        await browser.wait_for("document.querySelectorAll('.opblock').length > 10", timeout=60)
        await browser.click(".auth-wrapper .authorize")
        await browser.wait_for("!!document.querySelector('.auth-container input')")
        await browser.type_into(".auth-container input", USER_KEY)
        await browser.click(".auth-btn-wrapper .modal-btn.authorize")
        await browser.click(".auth-btn-wrapper .btn-done")
        status, curl = await _try_it_out(browser, "get", "/v1/usage")
        assert status == "200"
        assert f"Authorization: Bearer {USER_KEY}" in curl
    assert browser.requests and all(url.startswith(app.url) or url.startswith("data:") for url in browser.requests)


def test_the_assets_are_served_from_the_package_and_nothing_else_is(app):
    page = httpx.get(app.url + "/docs").text
    assert 'src="/docs/assets/swagger-ui-bundle.js"' in page and "//" not in page.split("<body>")[1].split("url:")[0]
    js = httpx.get(app.url + "/docs/assets/swagger-ui-bundle.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("application/javascript")
    assert "SwaggerUIBundle" in js.text
    for name in ("index.html", "..%2Frequirements.txt", "swagger-initializer.js"):
        resp = httpx.get(app.url + "/docs/assets/" + name)
        assert resp.status_code == 404 and resp.json()["error"]["code"] == "not_found"


def test_openapi_declares_the_bearer_scheme(app):
    spec = httpx.get(app.url + "/openapi.json").json()
    assert spec["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"


def test_health_and_the_description_report_the_package_version(app):
    assert httpx.get(app.url + "/v1/health").json() == {"status": "ok", "version": shared_code.__version__}
    assert httpx.get(app.url + "/openapi.json").json()["info"]["version"] == shared_code.__version__

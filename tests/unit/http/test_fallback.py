"""The catch-all serves registered routes reached with a trailing slash, with decoded route params."""

import json

from shared_code.http.envelope import json_response
from shared_code.http.fallback import dispatch_unmatched
from shared_code.http.pipeline import ApiRequest
from shared_code.http.routes import RouteSpec, register
from shared_code.settings import Settings


class Services:
    settings = Settings()
    rate_limiter = None

    async def authenticator(self):  # pragma: no cover - the route needs no auth
        raise AssertionError


async def echo(ctx):
    return json_response({"params": ctx.request.route_params})


register(RouteSpec(name="t_item", template="v1/t-items/{item_id}", methods=("GET",), auth="none"), echo)


async def call(method, path):
    resp = await dispatch_unmatched(ApiRequest(method=method, path=path, headers={}), Services)
    return resp.status, json.loads(resp.body), resp.headers


async def test_trailing_slash_is_served_with_decoded_params():
    status, body, _ = await call("GET", "/v1/t-items/a%20b%2Fc/")
    assert status == 200 and body == {"params": {"item_id": "a b/c"}}


async def test_wrong_method_on_a_known_path_is_405():
    status, body, headers = await call("POST", "/v1/t-items/x/")
    assert status == 405 and headers["Allow"] == "GET"


async def test_unknown_path_is_404():
    status, body, _ = await call("GET", "/v1/t-items")
    assert status == 404 and body["error"]["code"] == "not_found"

"""assign-codes constrains the model's numbered choices in the JSON schema it sends (issue 13 item 5),
and still drops (and logs, without text) a number that was never listed."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.http.conftest import app_env, auth

TREE = {"root_codes": [
    {"id": "H", "name": "Health", "children": [{"id": "H.1", "name": "Medicines"}, {"id": "H.2", "name": "Clinics"}]},
    {"id": "S", "name": "Shelter"}]}
BODY = {"feedback_record": {"id": "r", "content": "The clinic ran out of malaria tablets."}, "coding_levels": TREE,
        "max_codes": 3}


def find_enums(schema, out=None):
    """Every ``enum`` in a schema, keyed by the property that holds it."""
    out = {} if out is None else out
    if isinstance(schema, dict):
        for key, value in schema.items():
            if isinstance(value, dict) and "enum" in value:
                out[key] = value["enum"]
            elif isinstance(value, dict) and isinstance(value.get("items"), dict) and "enum" in value["items"]:
                out[key] = value["items"]["enum"]
            find_enums(value, out)
    elif isinstance(schema, list):
        for item in schema:
            find_enums(item, out)
    return out


def schemas_by_name(llm) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for request in llm.requests:
        fmt = request.response_format["json_schema"]
        found.setdefault(fmt["name"], []).append(fmt["schema"])
    return found


def test_compact_path_lists_path_and_candidate_numbers_as_enums(app, llm, responder):
    responder.select_paths = [1, 7, 3]
    resp = httpx.post(app.url + "/v1/assign-codes", json=BODY, headers=auth(), timeout=60)
    assert resp.status_code == 200, resp.text
    assert sorted(str(c["coding_level_2_id"]) for c in resp.json()["assigned_codes"]) == ["H.1", "None"]
    schemas = schemas_by_name(llm)
    assert find_enums(schemas["SelectOutput"][0])["path"] == ["1", "2", "3"]  # three leaf paths
    assert find_enums(schemas["VerifyOutput"][0])["candidate"] == ["1", "2"]  # two candidates kept
    lines = [line for line in app.logs().splitlines() if "event=choice_out_of_range" in line]
    assert lines and "call_kind=select" in lines[-1] and "dropped=1" in lines[-1] and "options=3" in lines[-1]
    assert "Health" not in lines[-1] and "clinic" not in lines[-1]


@pytest.fixture(scope="module")
def level_app(llm, pg_database, devhost_factory):
    return devhost_factory(app_env(llm.url, pg_database, ASSIGN_CODES_SINGLE_CALL_MAX_TOKENS="1"))


def test_level_by_level_lists_option_numbers_as_enums(level_app, llm, responder):
    llm.script({"selected": [2, 9]}, user_contains="(top level)")
    resp = httpx.post(level_app.url + "/v1/assign-codes", json=BODY, headers=auth(), timeout=60)
    assert resp.status_code == 200, resp.text
    pick_enums = [find_enums(s)["selected"] for s in schemas_by_name(llm)["PickOutput"]]
    assert pick_enums[0] == ["1", "2"]  # two roots listed
    assert [c["coding_level_1_id"] for c in resp.json()["assigned_codes"]] == ["S"]
    lines = [line for line in level_app.logs().splitlines() if "event=choice_out_of_range" in line]
    assert lines and re.search(r"call_kind=pick .*dropped=1", lines[-1])

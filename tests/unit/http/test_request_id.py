import uuid

import pytest

from shared_code.http.request_id import resolve_request_id

U = "6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5"


@pytest.mark.parametrize("inbound", [U, U.upper(), "{" + U + "}", U.replace("-", ""), "  " + U + " "])
def test_inbound_uuid_in_any_spelling_is_canonicalised(inbound):
    assert resolve_request_id(inbound) == U


@pytest.mark.parametrize("inbound", [None, "", "abc", "not-a-uuid-at-all", "1" * 200])
def test_anything_else_gets_a_fresh_uuid4(inbound):
    rid = resolve_request_id(inbound)
    assert uuid.UUID(rid).version == 4 and rid == rid.lower() and len(rid) == 36
    assert resolve_request_id(inbound) != rid

import pytest

from shared_code.auth.authenticator import bearer_key
from shared_code.errors import AuthenticationRequiredError


@pytest.mark.parametrize("value", ["Bearer qfa_\xe9\xe8", "Bearer qfa_\udce9\udce8", "Bearer a\x7fb"])
def test_keys_that_are_not_printable_ascii_are_401(value):
    with pytest.raises(AuthenticationRequiredError):
        bearer_key({"authorization": value})


def test_printable_ascii_key_is_returned_trimmed():
    assert bearer_key({"authorization": "Bearer  qfa_abc-123 "}) == "qfa_abc-123"

import json
import logging

from shared_code.auth.env_keys import parse_env_keys, sha256_hex


def test_plaintext_and_digest_entries(caplog):
    digest = sha256_hex("second-key")
    raw = json.dumps([
        {"key_id": "k1", "name": "One", "tenant_id": "t1", "key": "first-key"},
        {"key_id": "k2", "name": "Two", "tenant_id": "t2", "is_superuser": True, "key_sha256": digest},
    ])
    table = parse_env_keys(raw)
    assert table.lookup(sha256_hex("first-key")).tenant_id == "t1"
    second = table.lookup(digest)
    assert second.key_id == "k2" and second.is_superuser
    assert table.lookup(sha256_hex("unknown")) is None


def test_invalid_entries_are_skipped_and_logged_without_the_key(caplog):
    secret = "super-secret-value-123"
    raw = json.dumps([
        {"key_id": "k1", "name": "n", "tenant_id": "t", "key": secret, "key_sha256": "0" * 64},
        {"key_id": "k2", "name": "n", "tenant_id": "t", "key_sha256": "XYZ"},
        {"name": "n", "tenant_id": "t", "key": secret},
        "not an object",
        {"key_id": "k5", "name": "n", "tenant_id": "t", "key": secret},
        {"key_id": "k5", "name": "dup", "tenant_id": "t", "key": "other"},
    ])
    with caplog.at_level(logging.WARNING, logger="qfa.auth"):
        table = parse_env_keys(raw)
    assert [i.key_id for i in table.identities()] == ["k5"]
    assert table.lookup(sha256_hex("other")) is None
    assert len([r for r in caplog.records if "auth_env_key_invalid" in r.getMessage()]) == 5
    assert secret not in caplog.text


def test_not_json_gives_empty_table():
    assert parse_env_keys("{not json").identities() == []
    assert parse_env_keys("").identities() == []

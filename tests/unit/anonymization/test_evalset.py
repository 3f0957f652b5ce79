"""The committed evaluation set keeps the shape its documentation promises (docs/anonymization.md §7)."""

from __future__ import annotations

from collections import Counter

from tests.benchmarks._corpus import load_evalset

CORE = {"en", "fr", "es", "nl", "de", "uk", "ar", "pt", "it", "sw", "tr"}


def test_every_span_matches_its_text_and_both_halves_cover_every_tuned_language() -> None:
    records = load_evalset()
    for record in records:
        for gold in record["pii"]:
            assert record["content"][gold["start"] : gold["end"]] == gold["text"], record["id"]
    halves = {split: {r["language"] for r in records if r["split"] == split} for split in ("tune", "heldout")}
    assert CORE <= halves["tune"] and CORE | {"pl", "ro"} <= halves["heldout"]
    assert not {"pl", "ro"} & halves["tune"]


def test_the_set_has_clean_messages_and_every_contact_type_in_both_halves() -> None:
    records = load_evalset()
    assert sum(r["kind"] == "clean" and not r["pii"] for r in records) >= 50
    for split in ("tune", "heldout"):
        types = Counter(g["type"] for r in records if r["split"] == split for g in r["pii"])
        assert set(types) >= {"PERSON", "LOCATION", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IP_ADDRESS"}

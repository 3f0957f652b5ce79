"""The test data ships in the repository: the corpus is what its generator makes, and its gold spans are true."""

import json
from collections import Counter

from tests.benchmarks._corpus import default_corpus_path, framework_for, load_corpus
from tests.data.make_corpus import dumps, generate, names_of

TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "URL", "LOCATION"}


def test_committed_corpus_is_the_generators_output():
    assert default_corpus_path().read_text(encoding="utf-8") == dumps(generate())


def test_gold_spans_match_the_text_and_themes_exist_in_the_framework():
    records = load_corpus()
    paths = names_of(framework_for(None))
    for record in records:
        for span in record["pii"]:
            assert record["content"][span["start"]:span["end"]] == span["text"] and span["type"] in TYPES
        assert record["theme"] in paths or (record["theme"] == "" and not record["content"].strip())
        levels = [record["metadata"][f"coding_level_{i}"] for i in (1, 2, 3)]
        assert levels in (["", "", ""], paths.get(record["theme"]))
    by_language = Counter(r["language"] for r in records)
    assert set(by_language) == {"en", "fr", "es", "nl", "de", "uk", "ar"}
    every_pair = {(r["language"], s["type"]) for r in records for s in r["pii"]}
    assert every_pair == {(lang, t) for lang in by_language for t in TYPES}, "each type in each language"


def test_more_records_than_the_file_holds_are_generated_deterministically():
    records = load_corpus(limit=900)
    assert len(records) == 900 and len({r["id"] for r in records}) == 900
    assert json.dumps(records) == json.dumps(load_corpus(limit=900))
    assert len(load_corpus(limit=10)) == 10


def _luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()][::-1]
    return sum(d if i % 2 == 0 else sum(divmod(2 * d, 10)) for i, d in enumerate(digits)) % 10 == 0


def test_ibans_and_cards_pass_their_checksums():
    values = [(s["type"], s["text"]) for r in load_corpus() for s in r["pii"] if s["type"] in ("IBAN_CODE", "CREDIT_CARD")]
    assert values
    for kind, text in values:
        if kind == "CREDIT_CARD":
            assert len([c for c in text if c.isdigit()]) == 16 and _luhn_ok(text), text
        else:
            compact = text.replace(" ", "")
            assert int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1, text

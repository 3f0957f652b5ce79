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

"""pretty_output, output_language, coding_trends and normalisation, checked against docs/api.md examples."""

import pytest

from shared_code.domain.output_language import LABELS, display_labels, sanitise_output_language
from shared_code.domain.pretty import RULE, quality_dots, render_pretty
from shared_code.domain.text import is_empty, normalise
from shared_code.domain.trends import bucket, coding_trends, trends_csv


@pytest.mark.parametrize("raw,expected", [
    ("Span1ish: {2024}.", "Spanish"), ("Brazilian\n\tPortuguese", "Brazilian Portuguese"), ("42 .:{}", None),
    (None, None), ("   ", None), ("Français", "Français"), ("fr-CA", "fr-CA"), ("a" * 80, "a" * 50),
    ("Cote d'Ivoire (French)", "Cote d'Ivoire (French)"), ("e\u0301", "é"),
])
def test_sanitise_output_language(raw, expected):
    assert sanitise_output_language(raw) == expected


@pytest.mark.parametrize("value,code", [
    ("fr", "fr"), ("French", "fr"), ("FRANÇAIS", "fr"), ("francais", "fr"), ("fr-CA", "fr"), ("es", "es"),
    ("Español", "es"), ("العربية", "ar"), ("русский", "ru"), ("Nederlands", "nl"), ("українська", "uk"),
    ("Klingon", "en"), (None, "en"), ("english", "en"),
])
def test_display_language(value, code):
    assert display_labels(value).code == code


@pytest.mark.parametrize("score,dots", [(0.95, "●●●●●"), (0.9, "●●●●●"), (0.89, "●●●●○"), (0.7, "●●●●○"),
                                        (0.5, "●●●○○"), (0.3, "●●○○○"), (0.1, "●○○○○"), (0.09, "○○○○○"), (0.0, "○○○○○")])
def test_dots(score, dots):
    assert quality_dots(score) == dots


def test_pretty_output_layout_fr():
    out = render_pretty(LABELS["fr"], title="Analyse", text="Disclaimer: x\n\nDeux problèmes", quality_score=0.81)
    assert out == ("QUALITÉ:        ●●●●○ 81%\nTITRE:          Analyse\nRÉSUMÉ:\nDisclaimer: x\n\nDeux problèmes\n"
                   + "-" * 60)


def test_pretty_output_ids_and_empty():
    out = render_pretty(LABELS["fr"], title="", text="", quality_score=None, ids=[])
    assert out == "IDs:            \nTITRE:          \nRÉSUMÉ:\n\n" + RULE


def test_pretty_output_feedback_id_and_half_even_percent():
    out = render_pretty(LABELS["en"], title="T", text="- a", quality_score=0.125, feedback_id="fb-7")
    assert out.splitlines()[:2] == ["Feedback-ID:    fb-7", "QUALITY:        ●○○○○ 12%"]
    assert not out.endswith("\n")


@pytest.mark.parametrize("created,period,expected", [
    ("2024-12-30", "week", "2025-W01"), ("2021-01-03", "week", "2020-W53"), ("2025-05-05 08:10:00", "week", "2025-W19"),
    ("2025-05-13T10:00:00Z", "week", "2025-W20"), ("2025-02-30", "week", None), ("2025-02-30", "day", "2025-02-30"),
    ("2025-13-01", "month", "2025-13"), ("  2025-06-02 14:05:11 ", "month", "2025-06"), ("25-06-02", "day", None),
    ("", "week", None), ("2025-6-1", "day", None),
])
def test_buckets(created, period, expected):
    assert bucket(created, period) == expected


def test_coding_trends_example_from_the_contract():
    metas = [{"created": "2025-05-05 08:10:00", "coding_level_1": "WASH"},
             {"created": "2025-05-13", "coding_level_1": "Food, Information"}]
    assert coding_trends(metas, "week", ["coding_level_1", "coding_level_2", "coding_level_3"]) == {
        "periods": ["2025-W19", "2025-W20"],
        "cells": [{"code": "Food", "period": "2025-W20", "count": 1},
                  {"code": "Information", "period": "2025-W20", "count": 1},
                  {"code": "WASH", "period": "2025-W19", "count": 1}]}


def test_coding_trends_counts_levels_twice_and_skips_empty_labels():
    metas = [{"created": "2025-01-01", "coding_level_1": "A", "coding_level_2": "A", "coding_level_3": ""},
             {"created": "2025-01-02", "coding_level_1": " , ", "coding_level_2": None},
             {"created": "nope", "coding_level_1": "B"}]
    trends = coding_trends(metas, "month", ["coding_level_1", "coding_level_2", "coding_level_3"])
    assert trends == {"periods": ["2025-01"], "cells": [{"code": "A", "period": "2025-01", "count": 2}]}
    assert coding_trends([{"created": "x"}], "day", ["coding_level_1"]) is None
    assert coding_trends([{"created": "2025-01-01"}], "day", ["coding_level_1"]) == {"periods": ["2025-01-01"],
                                                                                     "cells": []}


def test_trends_csv_fills_zeros():
    trends = {"periods": ["p1", "p2"], "cells": [{"code": "B", "period": "p2", "count": 3},
                                                 {"code": "A", "period": "p1", "count": 1}]}
    assert trends_csv(trends) == "code,p1,p2\nA,1,0\nB,0,3"


def test_normalise():
    assert normalise("a\r\nb\rc\x00d\x07e\tf") == "a\nb\ncde\tf"
    assert normalise("x\u202ey\u2066z") == "xyz"
    assert normalise("=" * 500) == "=" * 32
    assert normalise("ab" * 100) == "ab" * 100


@pytest.mark.parametrize("content,empty", [("", True), ("   \n\t", True), ("\u200b\u00a0\u2028", True),
                                           ("\x00\x01", True), (" a ", False), ("٣", False)])
def test_is_empty(content, empty):
    assert is_empty(content) is empty

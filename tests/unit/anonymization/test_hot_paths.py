"""What keeps the anonymiser's per-text work cheap (docs/anonymization.md §8): compiled patterns in the
rules, one cached reading of a span's words, and the string test before the Swahili lead pattern."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shared_code.anonymization import lowercase_names
from shared_code.anonymization.span_types import NAME_PART, content_words, span_words

PACKAGE = Path(__file__).resolve().parents[3] / "shared_code" / "anonymization"
MODULE_FUNCTIONS = {"search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split", "compile"}


def _pattern_calls_in_functions(path: Path) -> list[str]:
    """``regex.<function>(…)`` calls inside a function body: each looks its pattern up in regex's cache
    (~11 µs, twenty times a compiled pattern's call)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        for call in ast.walk(node):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
                    and isinstance(call.func.value, ast.Name) and call.func.value.id == "regex" \
                    and call.func.attr in MODULE_FUNCTIONS - {"compile"}:
                found.append(f"{path.name}:{call.lineno} regex.{call.func.attr}")
    return found


def test_no_rule_goes_through_regex_module_functions() -> None:
    offenders = [hit for path in sorted(PACKAGE.glob("*.py")) for hit in _pattern_calls_in_functions(path)]
    assert offenders == []


def test_the_guard_sees_a_module_function_call(tmp_path: Path) -> None:
    module = tmp_path / "rule.py"
    module.write_text("import regex\n_P = regex.compile('a')\n\ndef rule(text):\n    return regex.search(r'\\d', text)\n")
    assert _pattern_calls_in_functions(module) == ["rule.py:5 regex.search"]


@pytest.mark.parametrize(("text", "start", "end", "words", "content"), [
    ("ayer vino Jean-Luc van der Berg.", 10, 31, ("Jean-Luc", "van", "der", "Berg"), ("Jean-Luc", "Berg")),
    ("Kits de Higiene - l'Unité", 0, 25, ("Kits", "de", "Higiene", "-", "l'Unité"), ("Kits", "Higiene", "l'Unité")),
    ("Приходила Олена Коваль", 10, 22, ("Олена", "Коваль"), ("Олена", "Коваль")),
])
def test_span_words(text: str, start: int, end: int, words: tuple[str, ...], content: tuple[str, ...]) -> None:
    assert span_words(text, start, end) == words == tuple(NAME_PART.findall(text[start:end]))
    assert content_words(text, start, end) == content


def test_span_words_are_shared_and_immutable_and_hold_no_text() -> None:
    import gc
    import weakref

    class Text(str):  # a str that can be weakly referenced, to see whether the cache keeps it
        pass

    text = Text("Gracias a Maria Lopez " + "x" * 50_000)
    first = span_words(text, 10, 21)
    assert span_words("Ayer Maria Lopez vino", 5, 16) is first  # the cached reading of the span, whatever the text
    assert isinstance(first, tuple) and first == ("Maria", "Lopez")
    alive = weakref.ref(text)
    del text
    gc.collect()
    assert alive() is None  # a 100,000-character record is not kept alive by the spans read from it


_LEADS = ["nimeongea na", "tulizungumza na", "asante kwa", "asanteni sana kwa", "shukrani kwa", "nilimpigia simu",
          "mpigie", "mpigieni", "mwambie", "muulizeni", "mtafute", "tafadhali", "alisema", "na", "kwa"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LEADS), st.sampled_from(["", "leo ", "Jana ", "x, "]), st.sampled_from([" ", "  ", "\t", ", "]),
       st.sampled_from(["amina", "juma", "Baraka"]))
def test_lead_string_test_never_hides_a_lead(lead: str, head: str, gap: str, name: str) -> None:
    """The string test before the pattern only skips words the pattern would not match after."""
    text = f"{head}{lead}{gap}{name}"
    start = len(text) - len(name)
    before = regex.findall(r"[\p{L}\p{M}][\p{L}\p{M}'’ʼ\-]*", text[:start])[-1].casefold()
    expected = bool(lowercase_names._SWAHILI_LEAD.search(text, max(0, start - lowercase_names._LEAD_REACH), start))
    assert lowercase_names._after_lead(text, before, start) is expected


_AGENCY_TEXTS = ["UNICEF", "unicef's", "Save the Children", "save  the children", "Cruz Roja", "Media Luna Roja",
                 "a101", "Mega Image", "Western Union", "Eid al-Adha", "Boże Narodzenie", "Pampers", "BIM", "PTT"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["", "la ", "l'", "Gracias a ", "pre-"]), st.sampled_from(_AGENCY_TEXTS),
       st.sampled_from(["", " ", ".", ",", "'", "s", "-", "1", "x"]), st.integers(0, 40), st.integers(0, 40))
def test_agency_prefilter_never_hides_a_name(head: str, name: str, tail: str, cut_start: int, cut_end: int) -> None:
    """The cached test of a word and the character after it lets every word through at which the text
    holds an agency or feast name, wherever the window of words starts or ends."""
    from shared_code.anonymization import agencies
    from shared_code.anonymization.calendar_words import FEAST_PHRASES

    text = f"{head}{name}{tail} vino"
    start, end = min(cut_start, len(text)), max(min(cut_end, len(text)), min(cut_start, len(text)))
    for word in NAME_PART.finditer(text, start, end):
        if agencies._AGENCY.match(text, word.start()) or FEAST_PHRASES.match(text, word.start()):
            assert agencies._may_start(text[word.start() : word.end() + 1])


def test_agency_prefilter_reads_the_character_after_the_word() -> None:
    from shared_code.anonymization import agencies

    assert agencies._may_start("UNICEF ") and agencies._may_start("save ") and agencies._may_start("a1")
    assert agencies._may_start("pa")  # the word alone may start ``papara``
    assert not agencies._may_start("pa ") and not agencies._may_start("al,")

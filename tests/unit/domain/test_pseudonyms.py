"""The request-scoped placeholder registry, restore and the escaping helpers (docs/pipeline.md § Prompt envelope, § Anonymisation)."""

from __future__ import annotations

import ast
import unicodedata
from enum import Enum
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict

from shared_code.domain import pseudonyms
from shared_code.domain.pseudonyms import (
    KEEP_NONE,
    KEEP_PERSON,
    PlaceholderRegistry,
    canonicalize,
    escape_preserving_placeholders,
    escape_text,
    normalize_value,
    render_anonymized,
    restore,
    restore_model,
)

TYPES = ["PERSON", "LOCATION", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE"]


def _registry(*items: tuple[str, str]) -> PlaceholderRegistry:
    registry = PlaceholderRegistry()
    for entity_type, value in items:
        registry.placeholder_for(entity_type, value)
    return registry


# --- registry ------------------------------------------------------------------------------------------


def test_numbering_is_per_type_from_zero_in_order_of_first_occurrence() -> None:
    registry = PlaceholderRegistry()
    assert registry.placeholder_for("PERSON", "Grace Otieno") == "<PERSON_0>"
    assert registry.placeholder_for("LOCATION", "Kakuma") == "<LOCATION_0>"
    assert registry.placeholder_for("PERSON", "Amina") == "<PERSON_1>"
    assert registry.placeholder_for("EMAIL_ADDRESS", "a@example.org") == "<EMAIL_ADDRESS_0>"
    assert registry.placeholder_for("PERSON", "Grace Otieno") == "<PERSON_0>"
    assert registry.counts() == {"PERSON": 2, "LOCATION": 1, "EMAIL_ADDRESS": 1}
    assert len(registry) == 4


def test_same_normalised_value_gets_same_placeholder_and_first_spelling_is_kept() -> None:
    registry = PlaceholderRegistry()
    first = registry.placeholder_for("PERSON", "José  Pérez")
    decomposed = unicodedata.normalize("NFD", "JOSÉ PÉREZ")
    assert registry.placeholder_for("PERSON", decomposed) == first
    assert registry.placeholder_for("PERSON", "josé\tpérez ") == first
    assert registry.original("PERSON", 0) == "José  Pérez"
    assert registry.get("PERSON", "JOSÉ PÉREZ") == first
    assert registry.get("PERSON", "someone else") is None


def test_same_value_of_different_types_gets_different_placeholders() -> None:
    registry = PlaceholderRegistry()
    assert registry.placeholder_for("PERSON", "Jordan") == "<PERSON_0>"
    assert registry.placeholder_for("LOCATION", "Jordan") == "<LOCATION_0>"


@pytest.mark.parametrize("entity_type", ["person", "PERSON_1", "", "PER SON", "_X"])
def test_invalid_entity_types_are_rejected(entity_type: str) -> None:
    with pytest.raises(ValueError):
        PlaceholderRegistry().placeholder_for(entity_type, "x")


@pytest.mark.parametrize("value", ["", "   ", "\n\t"])
def test_empty_values_are_rejected(value: str) -> None:
    with pytest.raises(ValueError):
        PlaceholderRegistry().placeholder_for("PERSON", value)


def test_repr_and_membership_never_expose_values() -> None:
    registry = _registry(("PERSON", "Grace Otieno"))
    assert "Grace" not in repr(registry)
    assert "Grace" not in repr(registry.entries())
    assert "<PERSON_0>" in registry
    assert "<PERSON_1>" not in registry
    assert "[PERSON_0]" not in registry
    assert bool(PlaceholderRegistry()) is True


def test_normalize_value() -> None:
    assert normalize_value("  Grace\u00a0 OTIENO \n") == "grace otieno"
    assert normalize_value("Straße") == normalize_value("STRASSE")
    assert normalize_value(unicodedata.normalize("NFD", "Élodie")) == normalize_value("élodie")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TYPES), st.text(min_size=1, max_size=12)), max_size=30))
def test_registry_properties(items: list[tuple[str, str]]) -> None:
    registry = PlaceholderRegistry()
    seen: dict[tuple[str, str], str] = {}
    first_spelling: dict[tuple[str, str], str] = {}
    for entity_type, value in items:
        key = (entity_type, normalize_value(value))
        if not key[1]:
            continue
        placeholder = registry.placeholder_for(entity_type, value)
        assert seen.setdefault(key, placeholder) == placeholder
        first_spelling.setdefault(key, value)
    # different values never share a placeholder; numbering per type is dense from 0
    assert len(set(seen.values())) == len(seen)
    for entity_type in TYPES:
        numbers = sorted(int(p.rsplit("_", 1)[1][:-1]) for (t, _), p in seen.items() if t == entity_type)
        assert numbers == list(range(len(numbers)))
    for key, placeholder in seen.items():
        entity_type, index = key[0], int(placeholder.rsplit("_", 1)[1][:-1])
        assert registry.original(entity_type, index) == first_spelling[key]


# --- escaping ------------------------------------------------------------------------------------------


def test_escape_text_escapes_ampersand_first_and_never_apostrophes() -> None:
    assert escape_text("a & b < c > d") == "a &amp; b &lt; c &gt; d"
    assert escape_text("&lt;") == "&amp;lt;"
    assert escape_text("l'eau \"x\"") == "l'eau \"x\""


def test_render_anonymized_escapes_around_literal_placeholders() -> None:
    registry = PlaceholderRegistry()
    text = "I am <PERSON_0> & my name is Grace Otieno; l'eau"
    start = text.index("Grace")
    rendered = render_anonymized(text, [(start, start + len("Grace Otieno"), "PERSON")], registry)
    assert rendered == "I am &lt;PERSON_0&gt; &amp; my name is <PERSON_0>; l'eau"
    assert registry.original("PERSON", 0) == "Grace Otieno"


@pytest.mark.parametrize("spans", [[(3, 2, "PERSON")], [(0, 3, "PERSON"), (2, 4, "PERSON")], [(0, 99, "PERSON")]])
def test_render_anonymized_rejects_bad_spans(spans: list[tuple[int, int, str]]) -> None:
    with pytest.raises(ValueError):
        render_anonymized("abcdef", spans, PlaceholderRegistry())


_SAFE_TEXT = st.text(alphabet=st.characters(categories=("L", "Zs", "P", "S"), exclude_characters="_"), max_size=60)


@settings(max_examples=200, deadline=None)
@given(_SAFE_TEXT, st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8), st.sampled_from(TYPES)), max_size=6))
def test_restore_after_render_gives_escaped_text_with_raw_values(text: str, raw: list[tuple[int, int, str]]) -> None:
    spans: list[tuple[int, int, str]] = []
    last = 0
    for start, length, entity_type in sorted(raw):
        end = min(len(text), start + length)
        if start >= last and end > start and normalize_value(text[start:end]):
            spans.append((start, end, entity_type))
            last = end
    registry = PlaceholderRegistry()
    rendered = render_anonymized(text, spans, registry)
    # every '<' left in the envelope text starts a registry placeholder
    for index in [i for i, c in enumerate(rendered) if c == "<"]:
        assert rendered[index:].split(">", 1)[0] + ">" in registry
    expected, last = [], 0
    for start, end, _ in spans:
        expected += [escape_text(text[last:start]), registry.original(*_ref_of(registry, text[start:end], spans))]
        last = end
    expected.append(escape_text(text[last:]))
    assert restore(rendered, registry) == "".join(expected)


def _ref_of(registry: PlaceholderRegistry, value: str, spans: list[tuple[int, int, str]]) -> tuple[str, int]:
    for entry in registry.entries():
        if normalize_value(entry.original) == normalize_value(value):
            return entry.entity_type, entry.index
    raise AssertionError("value not registered")


# --- restore -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "form",
    ["<PERSON_1>", "[PERSON_1]", "PERSON_1", "<Person 1>", "< PERSON_1 >", "{PERSON_1}", "<person_1>", "[Person 1]",
     "{ person 1 }", "&lt;PERSON_1&gt;"],
)
def test_restore_recognises_mangled_forms(form: str) -> None:
    registry = _registry(("PERSON", "Grace"), ("PERSON", "Amina"))
    assert restore(f"Call {form}.", registry) == "Call Amina."
    assert restore(f"Call {form}.", registry, keep_types=KEEP_PERSON) == "Call <PERSON_1>."
    assert canonicalize(f"Call {form}.", registry) == "Call <PERSON_1>."


def test_restore_multi_word_types() -> None:
    registry = _registry(("EMAIL_ADDRESS", "a@example.org"))
    for form in ["<EMAIL_ADDRESS_0>", "[email address 0]", "EMAIL_ADDRESS_0", "<Email Address 0>"]:
        assert restore(f"({form})", registry) == "(a@example.org)"


@pytest.mark.parametrize(
    "text",
    ["<PERSON_2>", "PERSON_10", "<LOCATION_0>", "xPERSON_1", "PERSON_1x", "Person 1 said", "PERSON-1", "PERSON_1_2"],
)
def test_restore_leaves_unknown_or_unrelated_text_alone(text: str) -> None:
    registry = _registry(("PERSON", "Grace"), ("PERSON", "Amina"))
    assert restore(text, registry) == text
    assert canonicalize(text, registry) == text


def test_restore_with_policy_restores_other_types_and_normalises_kept_ones() -> None:
    registry = _registry(("PERSON", "Grace"), ("LOCATION", "Kakuma"), ("PHONE_NUMBER", "+44 7700 900123"))
    text = "[PERSON_0] in {Location 0} on PHONE_NUMBER_0; <PERSON_0>"
    assert restore(text, registry, keep_types=KEEP_PERSON) == "<PERSON_0> in Kakuma on +44 7700 900123; <PERSON_0>"
    assert restore(text, registry, keep_types=KEEP_NONE) == "Grace in Kakuma on +44 7700 900123; Grace"


def test_restore_values_are_raw_and_never_rescanned() -> None:
    registry = _registry(("PERSON", "O'Brien & <Co> PERSON_1"), ("PERSON", "Amina"))
    assert restore("<PERSON_0>", registry) == "O'Brien & <Co> PERSON_1"


def test_restore_with_empty_registry_is_identity() -> None:
    assert restore("<PERSON_0> [x]", PlaceholderRegistry()) == "<PERSON_0> [x]"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="<>[]{}&;lgt _PERSONperson0123 ", max_size=80))
def test_canonicalize_is_idempotent_and_consistent_with_restore(text: str) -> None:
    registry = _registry(("PERSON", "Grace"), ("PERSON", "Amina"), ("PERSON", "Ola"))
    once = canonicalize(text, registry)
    assert canonicalize(once, registry) == once
    assert restore(once, registry) == restore(text, registry)
    assert restore(text, registry, keep_types=KEEP_PERSON) == once


# --- escaping model output for later prompts -------------------------------------------------------------


def test_escape_preserving_placeholders() -> None:
    registry = _registry(("PERSON", "Grace"), ("LOCATION", "Kakuma"))
    text = "[Person 0] said <b>x</b> & <LOCATION_0> <LOCATION_7> {person_0}"
    assert escape_preserving_placeholders(text, registry) == (
        "<PERSON_0> said &lt;b&gt;x&lt;/b&gt; &amp; <LOCATION_0> &lt;LOCATION_7&gt; <PERSON_0>"
    )


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_escape_preserving_placeholders_leaves_only_registry_placeholders_unescaped(text: str) -> None:
    registry = _registry(("PERSON", "Grace"))
    escaped = escape_preserving_placeholders(text, registry)
    assert escaped.replace("<PERSON_0>", "").count("<") == 0
    assert ">" not in escaped.replace("<PERSON_0>", "")


# --- restore_model -------------------------------------------------------------------------------------


class Colour(str, Enum):
    RED = "PERSON_0"


class Quote(BaseModel):
    text: str
    ids: list[str]


class Result(BaseModel):
    model_config = ConfigDict(frozen=True)

    summary: str
    quotes: list[Quote]
    by_theme: dict[str, str]
    note: str | None = None
    score: float = 0.5
    colour: Colour = Colour.RED
    pair: tuple[str, int] = ("", 0)


def test_restore_model_restores_every_string_field_and_returns_a_new_model() -> None:
    registry = _registry(("PERSON", "Grace"), ("LOCATION", "Kakuma"))
    model = Result(
        summary="<PERSON_0> from [LOCATION_0]",
        quotes=[Quote(text="{Person 0} waits", ids=["LOCATION_0"])],
        by_theme={"water": "<Location 0>"},
        pair=("PERSON_0", 1),
    )
    restored = restore_model(model, registry, keep_types=KEEP_PERSON)
    assert restored is not model
    assert restored.summary == "<PERSON_0> from Kakuma"
    assert restored.quotes[0].text == "<PERSON_0> waits"
    assert restored.quotes[0].ids == ["Kakuma"]
    assert restored.by_theme == {"water": "Kakuma"}
    assert restored.note is None and restored.score == 0.5
    assert restored.colour is Colour.RED
    assert restored.pair == ("<PERSON_0>", 1)
    assert model.summary == "<PERSON_0> from [LOCATION_0]"
    assert restore_model(model, registry).summary == "Grace from Kakuma"


# --- layering ------------------------------------------------------------------------------------------


def test_pseudonyms_imports_no_adapter_library() -> None:
    tree = ast.parse(Path(pseudonyms.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module if isinstance(node, ast.ImportFrom) else alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    assert not imported & {"presidio_analyzer", "presidio_anonymizer", "spacy", "lingua", "phonenumbers", "litellm"}

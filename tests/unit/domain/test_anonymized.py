"""Rendering the anonymiser port's spans into envelope-ready texts (docs/anonymization.md § 1)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared_code.domain.anonymized import render_batch, spans_renderable
from shared_code.domain.pseudonyms import PlaceholderRegistry, render_anonymized

GRACE = "Grace Otieno & <b>"
AMINA = "Amina Yusuf, Grace Otieno"


def test_placeholders_are_numbered_in_input_order_across_the_batch() -> None:
    registry = PlaceholderRegistry()
    batch = render_batch([AMINA, GRACE, AMINA], [((0, 11, "PERSON"), (13, 25, "PERSON")), ((0, 12, "PERSON"),),
                                                 ((0, 11, "PERSON"), (13, 25, "PERSON"))], registry)
    assert batch.texts == ["<PERSON_0>, <PERSON_1>", "<PERSON_1> &amp; &lt;b&gt;", "<PERSON_0>, <PERSON_1>"]
    assert [e.original for e in registry.entries()] == ["Amina Yusuf", "Grace Otieno"]
    assert batch.failures == 0


def test_a_failed_text_is_none_and_takes_no_number() -> None:
    registry = PlaceholderRegistry()
    batch = render_batch([GRACE, AMINA, "  "], [None, ((0, 11, "PERSON"),), ()], registry)
    assert batch.texts == [None, "<PERSON_0>, Grace Otieno", "  "]
    assert batch.failures == 1


@pytest.mark.parametrize("spans", [
    ((3, 2, "PERSON"),), ((0, 3, "PERSON"), (2, 4, "PERSON")), ((0, 99, "PERSON"),),
    ((0, 5, "person"),), ((0, 5, "PERSON"), (5, 6, "PERSON")),  # bad type; a blank span (" ")
])
def test_unrenderable_spans_fail_closed_without_touching_the_registry(spans: tuple) -> None:
    registry = PlaceholderRegistry()
    assert not spans_renderable(GRACE, spans)
    assert render_batch([GRACE], [spans], registry).texts == [None]
    assert len(registry) == 0


def test_one_detection_per_text_is_required() -> None:
    with pytest.raises(ValueError):
        render_batch([GRACE, AMINA], [()], PlaceholderRegistry())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20), st.lists(st.tuples(st.integers(-2, 22), st.integers(-2, 22),
                                                st.sampled_from(["PERSON", "x", "EMAIL_ADDRESS"])), max_size=4))
def test_renderable_is_exactly_what_render_anonymized_accepts(text: str, spans: list) -> None:
    try:
        render_anonymized(text, spans, PlaceholderRegistry())
        accepted = True
    except ValueError:
        accepted = False
    assert spans_renderable(text, spans) is accepted

"""Step 4 of :mod:`shared_code.anonymization.spans`: every other whole-word occurrence in the same text of
a detected name, place or organisation, and of each word of a detected person's name (``Priya Banda`` …
``ask for Priya``; a word's stem without its apostrophe case suffix too: ``emre'yi`` … ``emre``), gets the
same type (pure functions)."""

from __future__ import annotations

from dataclasses import replace

import regex

from shared_code.anonymization.lexicon import FIRST, get_lexicon, normalise
from shared_code.anonymization.spans import PARTICLES, Candidate, LanguageRules, noun_position
from shared_code.anonymization.span_types import NAME_PART

_GIVEN_BEFORE = regex.compile(r"(?<![\w'’ʼ-])(\p{Lu}\p{Ll}[\p{L}\p{M}'’ʼ-]*) $")
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + ")"
_LEADING_PARTICLES = regex.compile(rf"(?<![\w'’-]){_PARTICLE}(?:[ \t]+{_PARTICLE})?[ \t]+$")
_SUFFIX = regex.compile(r"['’ʼ]\p{Ll}{1,5}(?![\w'’ʼ-])")
_CASE_SUFFIX = regex.compile(r"['’ʼ]\p{Ll}{1,5}$")
"""A case suffix ending a detected name word (``Emre'yi``, ``Kamau's``): the stem is the name elsewhere."""


def _occurrences(text: str, term: str) -> list[int]:
    """Start offsets of ``term`` as a whole word (no letter, digit, apostrophe or hyphen around it; after
    it, an apostrophe case suffix may follow: Turkish ``Zorbaçlı'nın``, English ``Kamau's``)."""
    starts, index = [], text.find(term)
    while index >= 0:
        end = index + len(term)
        if (index == 0 or not _joins(text[index - 1])) and (
                end == len(text) or not _joins(text[end]) or _SUFFIX.match(text, end)):
            starts.append(index)
        index = text.find(term, index + 1)
    return starts


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_'’ʼ-"


def _after_punctuation(text: str, start: int) -> bool:
    """Punctuation before the occurrence: a new sentence, clause or item starts there, so a lower-case word
    before it says nothing about a noun (``mit Herrn Gude gesprochen, Gude bekommt``; ``wohnen zusammen.
    Busch ist krank``)."""
    before = text[:start].rstrip()
    return bool(before) and before[-1] in ",;:(–—.!?"


def _with_given_name(text: str, found: Candidate, stop_words: frozenset[str]) -> Candidate:
    """A later mention of a detected name word, with the capitalised given name of the lexicon right
    before it, an ordinary word too: another person of the same family (``Liane Trüb und Gundolf Trüb``:
    ``liane`` is a German word, and ``Trüb`` was found after ``Gundolf``)."""
    before = _GIVEN_BEFORE.search(text, max(0, found.start - 40), found.start)
    if before is None or before.group(1).casefold() in stop_words \
            or not get_lexicon().flags(normalise(before.group(1))) & FIRST:
        return found
    return replace(found, start=before.start(1))


def _with_leading_particles(text: str, span: Candidate) -> Candidate:
    """A name's lower-case particles heading a sentence belong to it (``von Bülow hat angerufen``,
    ``van der Berg belde``): a sentence does not start with a preposition right before a surname."""
    found = _LEADING_PARTICLES.search(text, max(0, span.start - 20), span.start)
    if found is None or not (found.start() == 0 or text[: found.start()].rstrip()[-1:] in ".!?\n"):
        return span
    return replace(span, start=found.start())


def propagate(text: str, spans: list[Candidate], rules: LanguageRules) -> list[Candidate]:
    """Add the other occurrences of detected names, places and organisations (step 4)."""
    stop_words = rules.stop_words
    terms: dict[str, str] = {}
    spans = [_with_leading_particles(text, s) if s.entity_type == "PERSON" else s for s in spans]
    for span in spans:
        if span.source == "pattern":
            continue
        value = text[span.start : span.end]
        terms.setdefault(value, span.entity_type)
        if span.entity_type == "PERSON":
            for word in NAME_PART.findall(value):
                for form in dict.fromkeys((word, _CASE_SUFFIX.sub("", word))):  # emre'yi: emre too
                    if len(form) > 1 and form.casefold() not in stop_words and form.casefold() not in PARTICLES:
                        terms.setdefault(form, "PERSON")
    added = list(spans)
    for term in sorted(terms, key=len, reverse=True):
        for start in _occurrences(text, term):
            found = Candidate(start, start + len(term), terms[term], 0.8, "propagated")
            if any(found.overlaps(s) for s in added):
                continue  # mostly the detected span itself; a given name before it would only widen it
            if found.entity_type == "PERSON":
                found = _with_given_name(text, found, stop_words)
            if not any(found.overlaps(s) for s in added) and (
                    _after_punctuation(text, found.start) or not noun_position(text, found.start, rules, found.end)):
                added.append(found)
    return sorted(added, key=lambda s: s.start)

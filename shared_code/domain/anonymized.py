"""Envelope-ready texts from detected spans (docs/anonymization.md § 1). Pure Python.

The :class:`~shared_code.ports.Anonymizer` port only detects: for each input text it returns the
:data:`Span` tuples it found, or None when that text's analysis failed. :func:`render_batch` turns them
into the texts prompt builders use, with the request's :class:`PlaceholderRegistry`: text outside spans
escaped, one registry placeholder per span, placeholders assigned in input order across the whole batch
(so numbering is deterministic for the same input). A text whose spans are missing or unusable is None
(fail closed: it must be left out of every LLM message) and assigns no placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from shared_code.domain.pseudonyms import PlaceholderRegistry, is_entity_type, normalize_value, render_anonymized

Span = tuple[int, int, str]
"""``(start, end, entity_type)`` of one detected value, as character offsets into the text."""

Detection = Optional[tuple[Span, ...]]
"""The spans of one text (ordered, non-overlapping, inside the text), or None: its analysis failed."""

__all__ = ["AnonymizationBatch", "Detection", "Span", "render_batch", "spans_renderable"]


@dataclass(frozen=True, slots=True)
class AnonymizationBatch:
    """``texts[i]`` is the envelope-ready form of input ``i``, or None when that text failed (fail closed)."""

    texts: list[Optional[str]]

    @property
    def failures(self) -> int:
        return sum(1 for t in self.texts if t is None)


def spans_renderable(text: str, spans: Sequence[Span]) -> bool:
    """Whether :func:`render_anonymized` accepts ``spans`` for ``text``: ordered, non-empty,
    non-overlapping, inside the text, of a valid entity type and not blank."""
    last = 0
    for start, end, entity_type in spans:
        if start < last or end <= start or end > len(text):
            return False
        if not is_entity_type(entity_type) or not normalize_value(text[start:end]):
            return False
        last = end
    return True


def render_batch(texts: Sequence[str], detections: Sequence[Detection], registry: PlaceholderRegistry) -> AnonymizationBatch:
    """Render every text with its spans, in input order. Raises ValueError when the lengths differ."""
    if len(detections) != len(texts):
        raise ValueError("one detection per text is needed")
    out: list[Optional[str]] = []
    for text, spans in zip(texts, detections):
        ok = spans is not None and spans_renderable(text, spans)
        out.append(render_anonymized(text, spans, registry) if ok else None)
    return AnonymizationBatch(out)

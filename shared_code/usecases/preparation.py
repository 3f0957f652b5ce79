"""Turn validated records into envelope records: drop empty, normalise, anonymise in one batch.

One :class:`PlaceholderRegistry` per request. Contents and the prompt go through NER and patterns;
ids and metadata values through patterns only. A text whose anonymisation failed leaves its record
out of every LLM message (fail closed); a failed prompt fails the request.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from shared_code import logs
from shared_code.domain.anonymized import AnonymizationBatch, render_batch
from shared_code.domain.envelopes import EnvelopeRecord
from shared_code.domain.models import FeedbackRecord
from shared_code.domain.pseudonyms import PlaceholderRegistry, escape_text
from shared_code.domain.text import is_empty, normalise
from shared_code.errors import AnonymizationError
from shared_code.ports import Anonymizer

log = logging.getLogger("qfa.records")


@dataclass(slots=True)
class PreparedBatch:
    records: list[EnvelopeRecord]
    originals: list[FeedbackRecord]  # aligned with ``records``
    prompt: str | None
    failed: int


def raw_records(records: list[FeedbackRecord], *, with_metadata: bool) -> list[EnvelopeRecord]:
    """Envelope records from the raw texts: the shape the model will see, before anonymisation (for the
    token budget check, which runs before any anonymisation work)."""
    out = []
    for index, r in enumerate(records):
        meta = tuple((k, escape_text(normalise(v))) for k, v in r.metadata.non_default_items()) if with_metadata else ()
        out.append(EnvelopeRecord(escape_text(normalise(r.id)), escape_text(normalise(r.content)), meta, index))
    return out


async def anonymize_texts(
    anonymizer: Anonymizer, texts: list[str], registry: PlaceholderRegistry, *, use_ner: bool | list[bool] = True
) -> AnonymizationBatch:
    """The port detects, the domain renders: envelope-ready texts, placeholders assigned in input order."""
    return render_batch(texts, await anonymizer.detect_batch(texts, use_ner=use_ner), registry)


def drop_empty(records: list[FeedbackRecord]) -> list[FeedbackRecord]:
    kept = [r for r in records if not is_empty(r.content)]
    if len(kept) != len(records):
        logs.event(log, "records_dropped", empty=len(records) - len(kept), anonymization_failed=0)
    return kept


async def prepare(
    anonymizer: Anonymizer,
    records: list[FeedbackRecord],
    registry: PlaceholderRegistry,
    *,
    prompt: str | None = None,
    with_metadata: bool = True,
) -> PreparedBatch:
    texts = [normalise(r.content) for r in records] + ([normalise(prompt)] if prompt is not None else [])
    first_pattern = len(texts)
    for record in records:
        texts.append(normalise(record.id))
        if with_metadata:
            texts.extend(normalise(value) for _, value in record.metadata.non_default_items())
    flags = [True] * first_pattern + [False] * (len(texts) - first_pattern)
    result = (await anonymize_texts(anonymizer, texts, registry, use_ner=flags)).texts
    if prompt is not None and result[first_pattern - 1] is None:
        raise AnonymizationError()

    out, originals, failed, cursor = [], [], 0, first_pattern
    for index, record in enumerate(records):
        meta_names = [name for name, _ in record.metadata.non_default_items()] if with_metadata else []
        span = result[cursor : cursor + 1 + len(meta_names)]
        cursor += 1 + len(meta_names)
        text = result[index]
        if text is None or any(v is None for v in span):
            failed += 1
            continue
        out.append(EnvelopeRecord(id=span[0], text=text, metadata=tuple(zip(meta_names, span[1:])), index=index))
        originals.append(record)
    if failed:
        logs.event(log, "records_dropped", logging.WARNING, empty=0, anonymization_failed=failed)
    return PreparedBatch(out, originals, result[first_pattern - 1] if prompt is not None else None, failed)


async def prepare_single(
    anonymizer: Anonymizer, record: FeedbackRecord, registry: PlaceholderRegistry, *, with_metadata: bool
) -> EnvelopeRecord:
    batch = await prepare(anonymizer, [record], registry, with_metadata=with_metadata)
    if batch.failed or not batch.records:
        raise AnonymizationError()
    return batch.records[0]

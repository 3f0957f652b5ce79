"""Token pre-check on the raw input, before any anonymisation work (docs/api.md § Order of checks step 10)."""

from __future__ import annotations

import asyncio
from typing import Sequence

from shared_code.domain.envelopes import EnvelopeRecord
from shared_code.domain.models import FeedbackRecord
from shared_code.domain.pseudonyms import escape_text
from shared_code.domain.text import normalise
from shared_code.errors import PayloadTooLargeError
from shared_code.ports import ChatMessage, LLMClient

OFF_LOOP_CHARS = 200_000


def raw_records(records: Sequence[FeedbackRecord], *, with_metadata: bool) -> list[EnvelopeRecord]:
    """Envelope records from the raw texts: the same shape the model will see, before anonymisation."""
    out = []
    for index, r in enumerate(records):
        meta = tuple((k, escape_text(normalise(v))) for k, v in r.metadata.non_default_items()) if with_metadata else ()
        out.append(EnvelopeRecord(escape_text(normalise(r.id)), escape_text(normalise(r.content)), meta, index))
    return out


async def count_tokens(llm: LLMClient, messages: list[ChatMessage]) -> int:
    if sum(len(m.content) for m in messages) > OFF_LOOP_CHARS:
        return await asyncio.to_thread(llm.count_tokens, messages)
    return llm.count_tokens(messages)


def byte_bound(messages: list[ChatMessage]) -> int:
    """An upper bound on the token count: a token always covers at least one UTF-8 byte (plus a few
    tokens of framing per message)."""
    return sum(len(m.content.encode("utf-8")) + 16 for m in messages)


async def within_budget(llm: LLMClient, messages: list[ChatMessage], limit: int) -> tuple[bool, int]:
    """Whether ``messages`` fit ``limit`` tokens; the tokenizer runs only when the byte bound does not
    already prove it (the common case for single records costs no tokenizer pass)."""
    bound = byte_bound(messages)
    if bound <= limit:
        return True, bound
    count = await count_tokens(llm, messages)
    return count <= limit, count


async def require_budget(llm: LLMClient, messages: list[ChatMessage], limit: int, *, suggest_hierarchical=False) -> int:
    ok, count = await within_budget(llm, messages, limit)
    if not ok:
        raise PayloadTooLargeError.tokens(count, limit, suggest_hierarchical=suggest_hierarchical)
    return count

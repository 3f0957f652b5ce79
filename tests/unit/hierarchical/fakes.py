"""In-process fakes of the ports for the hierarchical engine's unit tests.

- :class:`WordAnonymizer` detects known words (cities, names; NER flag only) and e-mail addresses (always)
  as spans; the domain renders them with the request's registry, as for the real adapter.
- :class:`ScriptedLLM` counts tokens as ``ceil(chars / 4)`` + 3 per message, answers each call kind
  through a replaceable function, with latency, and records calls and peak concurrency.
"""

from __future__ import annotations

import asyncio
import math
import re
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from shared_code.domain.llm_outputs import JudgeVerdict
from shared_code.domain.anonymized import Detection
from shared_code.errors import LLMUnavailableError
from shared_code.ports import ChatMessage

EMAIL = re.compile(r"[\w.]+@[\w.]+\w")
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>")


class WordAnonymizer:
    def __init__(self, locations: Sequence[str] = (), persons: Sequence[str] = (), fail: Callable[[str], bool] | None = None):
        self.words = [(w, "LOCATION") for w in locations] + [(w, "PERSON") for w in persons]
        self.fail = fail
        self.calls = 0

    async def detect_batch(self, texts, *, use_ner: bool | Sequence[bool] = True) -> list[Detection]:
        self.calls += 1
        flags = [use_ner] * len(texts) if isinstance(use_ner, bool) else list(use_ner)
        return [self._one(t, flag) for t, flag in zip(texts, flags, strict=True)]

    def _one(self, text: str, use_ner: bool) -> Detection:
        if self.fail is not None and self.fail(text):
            return None
        spans = [(m.start(), m.end(), "EMAIL_ADDRESS") for m in EMAIL.finditer(text)]
        if use_ner:
            for word, kind in self.words:
                spans += [(m.start(), m.end(), kind) for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
        return tuple(sorted(spans))


@dataclass
class Call:
    kind: str
    messages: list[ChatMessage]
    max_output_tokens: int | None
    started: float
    ended: float = 0.0

    @property
    def user(self) -> str:
        return self.messages[-1].content

    @property
    def system(self) -> str:
        return self.messages[0].content


def count(text: str) -> int:
    return math.ceil(len(text) / 4)


@dataclass
class ScriptedLLM:
    latency: dict[str, float] = field(default_factory=dict)  # per call kind
    delay: Callable[[Call], float] | None = None  # overrides ``latency`` when given
    text: Callable[[Call], str] | None = None  # map/reduce answer; default names the placeholders seen
    verdict: Callable[[Call], JudgeVerdict | Exception] | None = None
    calls: list[Call] = field(default_factory=list)
    in_flight: int = 0
    peak: int = 0
    deadline_at: float | None = None  # the request's deadline; default: 20 s after each ``deadline()`` ask

    def deadline(self) -> float:
        return self.deadline_at if self.deadline_at is not None else time.monotonic() + 20.0

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        return sum(count(m.content) + 3 for m in messages)

    async def _enter(self, kind: str, messages, max_output_tokens) -> Call:
        call = Call(kind, list(messages), max_output_tokens, time.monotonic())
        self.calls.append(call)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(self.delay(call) if self.delay else self.latency.get(kind, 0.0))
        except BaseException:
            self.in_flight -= 1
            call.ended = time.monotonic()
            raise
        self.in_flight -= 1
        call.ended = time.monotonic()
        return call

    async def complete_text(self, messages, *, call_kind: str, max_output_tokens: int | None = None) -> str:
        call = await self._enter(call_kind, messages, max_output_tokens)
        answer = self.text(call) if self.text else default_text(call)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def complete_structured(self, messages, response_model, *, call_kind: str, model: str | None = None) -> Any:
        call = await self._enter(call_kind, messages, None)
        verdict = self.verdict(call) if self.verdict else JudgeVerdict(
            faithfulness=0.9, coverage=0.8, clarity=0.7, explanation="Faithful.")
        if isinstance(verdict, Exception):
            raise verdict
        return verdict

    def of(self, kind: str) -> list[Call]:
        return [c for c in self.calls if c.kind == kind]


def default_text(call: Call) -> str:
    found = list(dict.fromkeys(PLACEHOLDER.findall(call.user)))
    return f"{call.kind} partial: themes about {' and '.join(found) if found else 'the records'}."


def unavailable() -> LLMUnavailableError:
    return LLMUnavailableError()

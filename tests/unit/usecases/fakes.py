"""Small in-process fakes of the LLM port for the use-case tests (MockTransport style: scripted answers,
every call recorded; no HTTP, no LiteLLM).

:class:`FakeLLM` answers each call kind from a script: a list of answers consumed in order (the last
one repeats), each a dict (validated into the call's response model), a model instance, a string
(``complete_text``) or an exception (raised). Tokens are counted as ``ceil(chars / 4)`` + 3 per
message; :meth:`FakeLLM.check_budget` applies ``max_total_tokens`` like the real client.
The anonymiser fake is :class:`tests.unit.hierarchical.fakes.WordAnonymizer`.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any, Sequence

from shared_code.errors import PayloadTooLargeError
from shared_code.ports import ChatMessage


@dataclass
class Call:
    kind: str
    messages: list[ChatMessage]
    model: str | None = None
    max_output_tokens: int | None = None

    @property
    def text(self) -> str:
        return "\n".join(m.content for m in self.messages)


@dataclass
class FakeLLM:
    script: dict[str, list[Any]] = field(default_factory=dict)
    max_total_tokens: int = 100_000
    calls: list[Call] = field(default_factory=list)
    budget_checks: list[tuple[list[ChatMessage], int]] = field(default_factory=list)

    def deadline(self) -> float:
        return time.monotonic() + 60.0

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        return sum(math.ceil(len(m.content) / 4) + 3 for m in messages)

    async def check_budget(self, messages: Sequence[ChatMessage], *, limit: int | None = None,
                           suggest_hierarchical: bool = False) -> None:
        limit = self.max_total_tokens if limit is None else limit
        self.budget_checks.append((list(messages), limit))
        count = self.count_tokens(messages)
        if count > limit:
            raise PayloadTooLargeError.tokens(count, limit, suggest_hierarchical=suggest_hierarchical)

    def _answer(self, call: Call) -> Any:
        self.calls.append(call)
        answers = self.script.get(call.kind)
        if not answers:
            raise AssertionError(f"no scripted answer for call kind {call.kind!r}")
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, BaseException):
            raise answer
        return answer

    async def complete_text(self, messages: Sequence[ChatMessage], *, call_kind: str,
                            max_output_tokens: int | None = None) -> str:
        await self.check_budget(messages)
        return self._answer(Call(call_kind, list(messages), max_output_tokens=max_output_tokens))

    async def complete_structured(self, messages: Sequence[ChatMessage], response_model, *, call_kind: str,
                                  model: str | None = None):
        await self.check_budget(messages)
        answer = self._answer(Call(call_kind, list(messages), model=model))
        return answer if isinstance(answer, response_model) else response_model.model_validate(answer)

    def kinds(self) -> list[str]:
        return [c.kind for c in self.calls]

    def seen(self) -> str:
        """Everything the model was sent."""
        return "\n".join(c.text for c in self.calls)


JUDGE_OK = {"faithfulness": 0.9, "coverage": 0.8, "clarity": 0.7, "explanation": "Faithful to <PERSON_0>."}

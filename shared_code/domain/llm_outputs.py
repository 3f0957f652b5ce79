"""Structured LLM answers, validated before use (docs/api.md § Conventions "LLM output requirement").

Range keywords here are enforced on validation; the LLM adapter strips them from the schema it sends.
Every string and list also declares a size bound (``maxLength`` / ``maxItems``) that is never
validated and only sent when ``LLM_SCHEMA_SIZE_BOUNDS`` is on: grammar-constrained decoders (llama.cpp,
vLLM, Ollama) only terminate when every string and list in the schema is bounded, while OpenAI's strict
mode rejects these keywords. The bounds are generous for what the prompts ask (3-12 bullets,
explanations of a few sentences). Enum strings are bounded by their values.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from shared_code.domain.sensitivity import SensitivityType

Score = float
MAX_LIST = 50  # the largest list a prompt can ask for (assign-codes max_codes)


def _sent_bound(**keywords: int) -> Any:
    """A JSON-schema size bound for the sent schema, never validated (see the module docstring)."""
    return Field(json_schema_extra=keywords)


def _text(max_length: int) -> Any:
    return Annotated[str, _sent_bound(maxLength=max_length)]


def _items(item: Any, max_items: int) -> Any:
    return Annotated[list[item], _sent_bound(maxItems=max_items)]


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


class JudgeVerdict(_Out):
    faithfulness: float = Field(ge=0.0, le=1.0)
    coverage: float = Field(ge=0.0, le=1.0)
    clarity: float = Field(ge=0.0, le=1.0)
    explanation: _text(600)

    def quality_score(self) -> float:
        return round(0.6 * self.faithfulness + 0.3 * self.coverage + 0.1 * self.clarity, 4)


class SummaryOutput(_Out):
    title: _text(120)
    bullets: _items(_text(300), 12)


class SelectCandidate(_Out):
    path: int
    level_confidences: _items(float, 10)
    reason: _text(300)


class SelectOutput(_Out):
    candidates: _items(SelectCandidate, 10)


class LevelVerdict(_Out):
    score: float = Field(ge=0.0, le=1.0)
    explanation: _text(300)


class CandidateVerdict(_Out):
    candidate: int
    levels: _items(LevelVerdict, 10)


class VerifyOutput(_Out):
    verdicts: _items(CandidateVerdict, 10)


class PickOutput(_Out):
    selected: _items(int, MAX_LIST)


class CodeJudgeOutput(_Out):
    score: float = Field(ge=0.0, le=1.0)
    explanation: _text(600)


class ClassifyOutput(_Out):
    sensitivity_types: _items(SensitivityType, len(SensitivityType))
    explanation: _text(600)

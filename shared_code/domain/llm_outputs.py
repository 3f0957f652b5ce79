"""Structured LLM answers, validated before use (docs/api.md § Conventions "LLM output requirement").

Range keywords here are enforced on validation; the LLM adapter strips them from the schema it sends.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from shared_code.domain.sensitivity import SensitivityType

Score = float


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


class JudgeVerdict(_Out):
    faithfulness: float = Field(ge=0.0, le=1.0)
    coverage: float = Field(ge=0.0, le=1.0)
    clarity: float = Field(ge=0.0, le=1.0)
    explanation: str

    def quality_score(self) -> float:
        return round(0.6 * self.faithfulness + 0.3 * self.coverage + 0.1 * self.clarity, 4)


class SummaryOutput(_Out):
    title: str
    bullets: list[str]


class SelectCandidate(_Out):
    path: int
    level_confidences: list[float]
    reason: str


class SelectOutput(_Out):
    candidates: list[SelectCandidate]


class LevelVerdict(_Out):
    score: float = Field(ge=0.0, le=1.0)
    explanation: str


class CandidateVerdict(_Out):
    candidate: int
    levels: list[LevelVerdict]


class VerifyOutput(_Out):
    verdicts: list[CandidateVerdict]


class PickOutput(_Out):
    selected: list[int]


class CodeJudgeOutput(_Out):
    score: float = Field(ge=0.0, le=1.0)
    explanation: str


class ClassifyOutput(_Out):
    sensitivity_types: list[SensitivityType]
    explanation: str

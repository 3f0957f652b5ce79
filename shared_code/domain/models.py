"""Request and response models of the HTTP contract (docs/api.md § Shared types, § Endpoints).

Unknown keys are ignored everywhere except in ``metadata``. Numbers are never coerced to strings.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

MAX_CONTENT_CHARS = 100_000
MAX_TREE_DEPTH = 10


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Metadata(BaseModel):
    model_config = ConfigDict(extra="forbid")

    created: str = ""
    coding_level_1: str | None = None
    coding_level_2: str | None = None
    coding_level_3: str | None = None
    feedback_record_id: str | None = Field(default=None, description="Deprecated: accepted and ignored")

    @field_validator("created", mode="before")
    @classmethod
    def _null_created(cls, value: Any) -> Any:
        return "" if value is None else value

    def non_default_items(self) -> list[tuple[str, str]]:
        """Fields that differ from their defaults, in declaration order (feedback_record_id excluded)."""
        items = []
        for name in ("created", "coding_level_1", "coding_level_2", "coding_level_3"):
            value = getattr(self, name)
            if value not in ("", None):
                items.append((name, value))
        return items


class FeedbackRecord(_Lenient):
    id: str
    content: str = Field(max_length=MAX_CONTENT_CHARS)
    metadata: Metadata = Field(default_factory=Metadata)

    @field_validator("metadata", mode="before")
    @classmethod
    def _null_metadata(cls, value: Any) -> Any:
        return {} if value is None else value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("string_blank", "String should contain at least one non-whitespace character")
    return value


class BulkRequest(_Lenient):
    feedback_records: list[FeedbackRecord] = Field(min_length=1)
    output_language: str | None = None


class AnalyzeBulkRequest(BulkRequest):
    prompt: str = Field(min_length=1, max_length=4000)
    mode: Literal["single_pass", "hierarchical"] = "single_pass"
    period: Literal["day", "week", "month"] | None = None

    @field_validator("prompt")
    @classmethod
    def _prompt_not_blank(cls, value: str) -> str:
        return _not_blank(value)


class SummarizeBulkRequest(BulkRequest):
    pass


class SingleRecordRequest(_Lenient):
    feedback_record: FeedbackRecord


class CodeNode(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    name: str
    children: list["CodeNode"] = Field(default_factory=list)

    def depth(self) -> int:
        return 1 + max((child.depth() for child in self.children), default=0)


class CodingLevels(_Lenient):
    root_codes: list[CodeNode] = Field(min_length=1)

    @model_validator(mode="after")
    def _depth_limit(self) -> "CodingLevels":
        for node in self.root_codes:
            if node.depth() > MAX_TREE_DEPTH:
                raise PydanticCustomError("tree_too_deep", "Coding tree is deeper than {limit} levels",
                                          {"limit": MAX_TREE_DEPTH})
        return self


class AssignCodesRequest(SingleRecordRequest):
    coding_levels: CodingLevels
    max_codes: int = Field(1, ge=1, le=50)
    confidence_threshold: float | None = Field(None, ge=0.0, le=1.0)


# responses ------------------------------------------------------------------------------------
class CodingTrendCell(BaseModel):
    code: str
    period: str
    count: int


class CodingTrends(BaseModel):
    periods: list[str]
    cells: list[CodingTrendCell]


class AnalyzeBulkResponse(BaseModel):
    analysis: str
    quality_score: float | None
    uncertainty_explanation: str
    feedback_record_count: int
    request_id: str
    confidence: float | None
    coding_trends: CodingTrends | None
    pretty_output: str


class SummarizeBulkResponse(BaseModel):
    ids: list[str]
    title: str
    summary: str
    quality_score: float | None
    uncertainty_explanation: str
    pretty_output: str


class SummarizeResponse(BaseModel):
    id: str
    title: str
    summary: str
    quality_score: float | None
    uncertainty_explanation: str
    pretty_output: str


class AssignedCode(BaseModel):
    coding_level_1_id: str
    coding_level_1_name: str
    coding_level_2_id: str | None
    coding_level_2_name: str | None
    coding_level_3_id: str | None
    coding_level_3_name: str | None
    confidence_level_1: float
    confidence_level_2: float | None
    confidence_level_3: float | None
    confidence_aggregate: float
    explanation: str


class AssignCodesResponse(BaseModel):
    assigned_codes: list[AssignedCode]


class DetectSensitiveResponse(BaseModel):
    id: str
    is_sensitive: bool
    explanation: str
    sensitivity_types: list[str]

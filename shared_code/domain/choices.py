"""Numbered choices the model must pick from, constrained in the structured-output schema itself.

assign-codes numbers what it lists (paths, candidates, options) and the model answers with those
numbers. The answer models here declare the listed numbers as an ``enum`` in the JSON schema sent to
the provider, so a schema-following model cannot invent one. The enum is of **strings** ("1", "2", …):
OpenAI's strict mode accepts string and integer enums, but Gemini (through LiteLLM) accepts ``enum``
only on strings, and every other structured-output provider accepts string enums. Validation still
reads the value as an integer (pydantic's lax mode turns "3" and 3 into 3), and the use case still
checks the range as a second guard.

Above ``MAX_ENUM_CHOICES`` listed numbers (OpenAI's limit on enum values in one schema) the schema
carries no enum and only the server-side check applies.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any

from pydantic import WithJsonSchema, create_model

from shared_code.domain.llm_outputs import CandidateVerdict, PickOutput, SelectCandidate, SelectOutput, VerifyOutput

MAX_ENUM_CHOICES = 500


def choice_labels(count: int) -> list[str]:
    """The labels "1" … ``count`` as the schema lists them."""
    return [str(i) for i in range(1, count + 1)]


def numbered_choice(count: int) -> Any:
    """An ``int`` annotation whose JSON schema is the enum of the labels 1 … ``count``."""
    if not 1 <= count <= MAX_ENUM_CHOICES:
        return int
    return Annotated[int, WithJsonSchema({"type": "string", "enum": choice_labels(count)})]


@lru_cache(maxsize=64)
def select_output_for(paths: int) -> type[SelectOutput]:
    """``SelectOutput`` whose ``candidates[].path`` may only be one of ``paths`` listed paths."""
    item = create_model("SelectCandidate", __base__=SelectCandidate, path=(numbered_choice(paths), ...))
    return create_model("SelectOutput", __base__=SelectOutput, candidates=(list[item], ...))


@lru_cache(maxsize=64)
def verify_output_for(candidates: int) -> type[VerifyOutput]:
    """``VerifyOutput`` whose ``verdicts[].candidate`` may only be one of ``candidates`` listed ones."""
    item = create_model("CandidateVerdict", __base__=CandidateVerdict,
                        candidate=(numbered_choice(candidates), ...))
    return create_model("VerifyOutput", __base__=VerifyOutput, verdicts=(list[item], ...))


@lru_cache(maxsize=64)
def pick_output_for(options: int) -> type[PickOutput]:
    """``PickOutput`` whose ``selected`` items may only be among ``options`` listed options."""
    return create_model("PickOutput", __base__=PickOutput, selected=(list[numbered_choice(options)], ...))

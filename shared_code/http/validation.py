"""Schema validation with pydantic, rendered as the contract's 422 ``fields`` list."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from shared_code.errors import RequestValidationError

M = TypeVar("M", bound=BaseModel)


def field_issues(exc: ValidationError, source: str) -> list[dict[str, str]]:
    issues = []
    for err in exc.errors(include_url=False, include_input=False, include_context=False):
        loc = ".".join(str(part) for part in (source, *err.get("loc", ())))
        issues.append({"field": loc, "issue": err.get("msg", "Invalid value")})
    return issues


def validate_model(model: type[M], data: Any, *, source: str = "body") -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError(fields=field_issues(exc, source)) from None


def check_bulk_size(count: int, limit: int) -> None:
    """``feedback_records`` longer than ``MAX_BULK_RECORDS`` → 422 at ``body.feedback_records``."""
    if count > limit:
        raise RequestValidationError(fields=[{
            "field": "body.feedback_records",
            "issue": f"List should have at most {limit} items after validation, not {count}",
        }])

"""The shared judging scheme (docs/pipeline.md § Judges). A judge never fails the request."""

from __future__ import annotations

import logging

from shared_code import logs
from shared_code.domain import prompts
from shared_code.domain.envelopes import tagged
from shared_code.domain.llm_outputs import JudgeVerdict
from shared_code.domain.pseudonyms import PlaceholderRegistry, escape_preserving_placeholders
from shared_code.errors import LLMError, PayloadTooLargeError
from shared_code.ports import ChatMessage, LLMClient

log = logging.getLogger("qfa.judge")

ANALYSIS_JUDGE_UNAVAILABLE = "Judge unavailable; the quality score could not be computed for this analysis."
SUMMARY_JUDGE_UNAVAILABLE = "Judge unavailable; the quality score could not be computed for this summary."


def judge_messages(source: str, candidate: str, registry: PlaceholderRegistry) -> list[ChatMessage]:
    user = f"{tagged('source', source)}\n\n{tagged('candidate', escape_preserving_placeholders(candidate, registry))}"
    return [ChatMessage("system", prompts.judge_system()), ChatMessage("user", user)]


async def run_judge(
    llm: LLMClient,
    source: str,
    candidate: str,
    registry: PlaceholderRegistry,
    *,
    model: str | None,
    call_kind: str = "judge",
) -> JudgeVerdict | None:
    """The verdict, or None when the judge was skipped or failed (logged, never raised)."""
    try:
        return await llm.complete_structured(
            judge_messages(source, candidate, registry), JudgeVerdict, call_kind=call_kind, model=model
        )
    except (LLMError, PayloadTooLargeError) as exc:
        logs.event(log, "judge_skipped", logging.WARNING, call_kind=call_kind, error_class=type(exc).__name__)
        return None

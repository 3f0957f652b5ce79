"""summarize and summarize-bulk (docs/pipeline.md § summarize and summarize-bulk): structured title + bullets, judged, restored."""

from __future__ import annotations

import re

from shared_code.domain import prompts
from shared_code.domain.envelopes import record_xml, records_xml
from shared_code.domain.llm_outputs import SummaryOutput
from shared_code.domain.models import (
    SingleRecordRequest,
    SummarizeBulkRequest,
    SummarizeBulkResponse,
    SummarizeResponse,
)
from shared_code.domain.output_language import LABELS, display_labels, sanitise_output_language
from shared_code.domain.pretty import render_pretty
from shared_code.domain.pseudonyms import PlaceholderRegistry, restore
from shared_code.domain.text import is_empty
from shared_code.errors import AnalysisUnavailableError, AnonymizationError
from shared_code.ports import Anonymizer, ChatMessage, LLMClient
from shared_code.settings import Settings
from shared_code.usecases.judging import SUMMARY_JUDGE_UNAVAILABLE, run_judge
from shared_code.usecases.preparation import drop_empty, prepare, prepare_single, raw_records

NO_CONTENT = "No feedback content was provided."
_BULLET_MARK = re.compile(r"^\s*(?:[-*•·‣▪–—]+|\d+[.)])\s*")


def clean_bullets(bullets: list[str]) -> list[str]:
    cleaned = [_BULLET_MARK.sub("", b).strip() for b in bullets]
    return [b for b in cleaned if b]


def render_summary(bullets: list[str]) -> str:
    return "\n".join(f"- {b}" for b in bullets)


class _Summarizer:
    def __init__(self, llm: LLMClient, anonymizer: Anonymizer, settings: Settings) -> None:
        self.llm, self.anonymizer, self.settings = llm, anonymizer, settings

    async def _summarise(self, system: str, user: str, registry: PlaceholderRegistry):
        messages = [ChatMessage("system", system), ChatMessage("user", user)]
        out = await self.llm.complete_structured(messages, SummaryOutput, call_kind="summary")
        bullets = clean_bullets(out.bullets)
        if not bullets or not out.title.strip():
            raise AnalysisUnavailableError("The language model returned an empty summary")
        candidate = f"Title: {out.title.strip()}\n{render_summary(bullets)}"
        verdict = await run_judge(self.llm, user, candidate, registry, model=self.settings.llm_judge_model)
        title = restore(out.title.strip(), registry)
        summary = restore(render_summary(bullets), registry)
        if verdict is None:
            return title, summary, None, SUMMARY_JUDGE_UNAVAILABLE
        return title, summary, verdict.quality_score(), restore(verdict.explanation, registry)


class Summarize(_Summarizer):
    async def run(self, req: SingleRecordRequest) -> SummarizeResponse:
        record, labels = req.feedback_record, LABELS["en"]
        if is_empty(record.content):
            return self._render(record.id, "", "", None, NO_CONTENT, labels)
        raw_user = record_xml(raw_records([record], with_metadata=False)[0], with_metadata=False, indent="")
        await self.llm.check_budget([ChatMessage("system", prompts.summary_system()), ChatMessage("user", raw_user)])
        registry = PlaceholderRegistry()
        env = await prepare_single(self.anonymizer, record, registry, with_metadata=False)
        user = record_xml(env, with_metadata=False, indent="")
        title, summary, score, explanation = await self._summarise(prompts.summary_system(), user, registry)
        return self._render(record.id, title, summary, score, explanation, labels)

    @staticmethod
    def _render(rid, title, summary, score, explanation, labels) -> SummarizeResponse:
        pretty = render_pretty(labels, title=title, text=summary, quality_score=score, feedback_id=rid)
        return SummarizeResponse(id=rid, title=title, summary=summary, quality_score=score,
                                 uncertainty_explanation=explanation, pretty_output=pretty)


class SummarizeBulk(_Summarizer):
    async def run(self, req: SummarizeBulkRequest) -> SummarizeBulkResponse:
        language = sanitise_output_language(req.output_language)
        labels = display_labels(language)
        records = drop_empty(req.feedback_records)
        if not records:
            return self._render([], "", "", None, NO_CONTENT, labels)
        system = prompts.aggregate_system(language)
        raw_user = records_xml(raw_records(records, with_metadata=False), with_metadata=False)
        await self.llm.check_budget([ChatMessage("system", system), ChatMessage("user", raw_user)])
        registry = PlaceholderRegistry()
        batch = await prepare(self.anonymizer, records, registry, with_metadata=False)
        if not batch.records:
            raise AnonymizationError()
        user = records_xml(batch.records, with_metadata=False)
        title, summary, score, explanation = await self._summarise(system, user, registry)
        return self._render([r.id for r in batch.originals], title, summary, score, explanation, labels)

    @staticmethod
    def _render(ids, title, summary, score, explanation, labels) -> SummarizeBulkResponse:
        pretty = render_pretty(labels, title=title, text=summary, quality_score=score, ids=ids)
        return SummarizeBulkResponse(ids=ids, title=title, summary=summary, quality_score=score,
                                     uncertainty_explanation=explanation, pretty_output=pretty)

"""analyze-bulk, hierarchical (docs/pipeline.md § analyze-bulk hierarchical): the run of one request, step by
step — anonymise → plan (group, order, chunk) → map with chunk judges → tree reduce → wait for judges →
report — plus its timings and the one ``event=hierarchical_done`` log line.

One :class:`_Run` per request holds everything request-scoped (registry, scheduler, counts); nothing
lives on the engine but its collaborators. The deadline is the request's (``LLMClient.deadline()``).
"""

from __future__ import annotations

import logging
import time
from typing import Callable

from shared_code import logs
from shared_code.domain.envelopes import analyze_user_message
from shared_code.domain.models import FeedbackRecord
from shared_code.domain.pseudonyms import PlaceholderRegistry
from shared_code.domain.text import normalise
from shared_code.domain.trends import trends_csv
from shared_code.errors import AnonymizationError
from shared_code.ports import AnalysisOutcome, Anonymizer, Grouper, LLMClient
from shared_code.settings import Settings
from shared_code.usecases.hierarchical import planning, report
from shared_code.usecases.hierarchical.reduce import Reduce
from shared_code.usecases.hierarchical.scheduling import Scheduler
from shared_code.usecases.preparation import anonymize_texts, prepare

log = logging.getLogger("qfa.hierarchical")


class HierarchicalEngine:
    """The :class:`~shared_code.ports.HierarchicalAnalysis` that ``AnalyzeBulk`` uses for ``mode: hierarchical``."""

    def __init__(self, llm: LLMClient, anonymizer: Anonymizer, settings: Settings, grouper: Grouper, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.llm, self.anonymizer, self.settings, self.grouper = llm, anonymizer, settings, grouper
        self.clock = clock

    async def __call__(self, records: list[FeedbackRecord], prompt: str, language: str | None,
                       trends: dict | None) -> AnalysisOutcome:
        run = _Run(self, self.llm.deadline())
        try:
            return await run.execute(records, prompt, language, trends)
        except BaseException as exc:
            run.error = exc
            raise
        finally:
            await run.scheduler.close()
            run.log_done()


class _Run:
    """One hierarchical request."""

    def __init__(self, engine: HierarchicalEngine, deadline: float) -> None:
        self.engine, self.clock = engine, engine.clock
        self.started = self.clock()
        self.registry = PlaceholderRegistry()
        self.scheduler = Scheduler(engine.llm, engine.settings, self.registry, deadline, clock=self.clock)
        self.reduce: Reduce | None = None
        self.timings: dict[str, float] = {}
        self.counts = {"records": 0, "anonymization_failed": 0, "groups": 0}
        self.error: BaseException | None = None

    async def execute(self, records, prompt: str, language: str | None, trends: dict | None) -> AnalysisOutcome:
        e = self.engine
        self.counts["records"] = len(records)
        with self._phase("anonymise"):
            batch = await prepare(e.anonymizer, records, self.registry, prompt=prompt, with_metadata=True)
            if not batch.records:
                raise AnonymizationError()
            self.counts["anonymization_failed"] = batch.failed
            prompt_text = batch.prompt or ""
            grid = await self._trends_csv(trends)
        with self._phase("group"):
            planned = await planning.plan(e.llm, e.grouper, e.settings, batch, prompt_text)
            self.counts["groups"] = planned.groups
        with self._phase("map"):
            sources = [analyze_user_message(prompt_text, [batch.records[m] for m in c.members])
                       for c in planned.chunks]
            states = await self.scheduler.map_all(planned.chunks, sources)
        done = [st for st in states if st.map == "ok"]
        if not done:
            raise self.scheduler.no_partials_error()
        with self._phase("reduce"):
            self.reduce = Reduce(e.llm, e.settings, self.registry, prompt_text, self.scheduler.reduce_slot)
            final = await self.reduce.run([st.partial or "" for st in done], grid, language)
        await self.scheduler.finish_judges()
        return report.outcome(final, states, self.registry, batch.failed)

    async def _trends_csv(self, trends: dict | None) -> str:
        """The coding-trends grid for the final reduce, its labels through the pattern recognisers
        (as metadata values are) with the request's registry; a label that fails is left out."""
        if not trends or not trends.get("cells"):
            return ""
        labels = sorted({cell["code"] for cell in trends["cells"]})
        cleaned = [" ".join(normalise(label).split()) for label in labels]
        result = await anonymize_texts(self.engine.anonymizer, cleaned, self.registry, use_ner=False)
        mapping = {label: text for label, text in zip(labels, result.texts) if text}
        merged: dict[tuple[str, str], int] = {}
        for cell in trends["cells"]:
            if cell["code"] in mapping:
                key = (mapping[cell["code"]], cell["period"])
                merged[key] = merged.get(key, 0) + cell["count"]
        cells = [{"code": c, "period": p, "count": n} for (c, p), n in sorted(merged.items())]
        return trends_csv({"periods": trends["periods"], "cells": cells}) if cells else ""

    def _phase(self, name: str) -> "_Phase":
        return _Phase(self, name)

    def log_done(self) -> None:
        scheduled = self.scheduler.log_fields()
        judge_ms = scheduled.pop("judge_ms")
        logs.event(
            log, "hierarchical_done",
            status="ok" if self.error is None else "error",
            error_class=None if self.error is None else type(self.error).__name__,
            **self.counts,
            reduce_calls=self.reduce.calls if self.reduce else 0,
            reduce_levels=self.reduce.levels if self.reduce else 0,
            **scheduled,
            **{f"{k}_ms": int(v * 1000) for k, v in self.timings.items()},
            judge_ms=judge_ms,
            total_ms=int((self.clock() - self.started) * 1000),
        )


class _Phase:
    """Times one step into the run's ``timings`` (seconds, by the engine's clock)."""

    def __init__(self, run: _Run, name: str) -> None:
        self.run, self.name = run, name

    def __enter__(self) -> None:
        self.start = self.run.clock()

    def __exit__(self, *exc: object) -> None:
        self.run.timings[self.name] = self.run.clock() - self.start

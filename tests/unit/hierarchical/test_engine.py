"""The hierarchical engine end to end over in-process fakes of the ports (fast and deterministic)."""

from __future__ import annotations

import logging
import re
import time

import pytest

from shared_code.domain.llm_outputs import JudgeVerdict
from shared_code.domain.models import FeedbackRecord
from shared_code.errors import (
    AnalysisTimeoutError, AnalysisUnavailableError, AnonymizationError, LLMTimeoutError, LLMUnavailableError,
)
from shared_code.settings import Settings
from shared_code.usecases.hierarchical import build_hierarchical
from shared_code.usecases.hierarchical.scheduling import JUDGE_STOP_MARGIN_SECONDS
from tests.unit.hierarchical.fakes import ScriptedLLM, WordAnonymizer

CITIES = ["Kisumu", "Bamako"]


def settings(**overrides) -> Settings:
    base = {"analyze_target_chunk_tokens": 200, "analyze_min_cluster_size": 3, "llm_max_total_tokens": 4000,
            "analyze_reduce_reserve_seconds": 1.0, "bulk_request_deadline_seconds": 20.0}
    return Settings(**{**base, **overrides})


def records(n: int, *, words: int = 12, city_at: dict[int, str] | None = None) -> list[FeedbackRecord]:
    out = []
    for i in range(n):
        theme = ["water tank empty", "food distribution late", "cash payment delayed"][i % 3]
        extra = f" in {city_at[i]}" if city_at and i in city_at else ""
        text = f"Record {i}: the {theme}{extra}. " + "more words here " * (words // 3)
        out.append(FeedbackRecord(id=f"r-{i}", content=text,
                                  metadata={"created": f"2025-01-{1 + i % 28:02d}", "coding_level_1": "WASH"}))
    return out


def by_index(texts, weights):  # a deterministic grouper: three themes by record number
    groups = [[i for i in range(len(texts)) if int(re.search(r"Record (\d+)", texts[i]).group(1)) % 3 == g]
              for g in range(3)]
    return [g for g in groups if g]


def engine(llm, s=None, anonymizer=None, grouper=by_index):
    return build_hierarchical(llm, anonymizer or WordAnonymizer(CITIES), s or settings(), grouper=grouper)


async def test_chunks_maps_judges_and_one_reduce():
    llm = ScriptedLLM()
    outcome = await engine(llm)(records(30), "What are the problems?", None, None)
    maps, judges, reduces = llm.of("map"), llm.of("chunk_judge"), llm.of("reduce")
    assert len(maps) >= 3 and len(judges) == len(maps) and len(reduces) == 1
    seen = [int(m) for call in maps for m in re.findall(r'id="r-(\d+)"', call.user)]
    assert sorted(seen) == list(range(30))  # every record in exactly one chunk
    for call in maps:
        ids = [int(m) for m in re.findall(r'id="r-(\d+)"', call.user)]
        assert len({i % 3 for i in ids}) == 1  # chunks follow the groups
        envelope = call.user[call.user.index("<feedback_records>"):]
        assert llm.count_tokens([type(call.messages[0])("user", envelope)]) - 3 <= 200
        assert call.max_output_tokens == 1200 and "<analyst_instruction>" in call.user
    assert outcome.quality_score is None and outcome.confidence == 0.85
    assert outcome.uncertainty_explanation == (
        f"Leaf-judged confidence is a coverage-weighted mean over {len(maps)} of {len(maps)} chunk(s); "
        "the lowest single-chunk faithfulness was 0.90.")
    reduce = reduces[0]
    assert reduce.user.count("<partial_analysis>") == len(maps) and "<coding_trends>" not in reduce.user
    assert reduce.max_output_tokens is None


async def test_one_registry_across_chunks_and_restore_keeps_person():
    llm = ScriptedLLM()
    anonymizer = WordAnonymizer(CITIES, persons=["Amina"])
    recs = records(30, city_at={0: "Kisumu", 1: "Bamako", 3: "Kisumu"})
    recs[2] = FeedbackRecord(id="r-2", content="Record 2: Amina says the cash payment delayed.", metadata={})
    outcome = await engine(llm, anonymizer=anonymizer)(recs, "Where?", "fr", None)
    maps = llm.of("map")
    with_kisumu = [c for c in maps if "<LOCATION_0>" in c.user]
    with_bamako = [c for c in maps if "<LOCATION_1>" in c.user]
    assert with_kisumu and with_bamako and set(map(id, with_kisumu)).isdisjoint(map(id, with_bamako))
    assert not any("Kisumu" in c.user or "Bamako" in c.user for c in llm.calls)
    assert "Kisumu" in outcome.text and "Bamako" in outcome.text and "<PERSON_0>" in outcome.text
    assert "<LOCATION_" not in outcome.text
    assert llm.of("reduce")[0].system.endswith("Write the analysis in fr.")
    assert "Write the analysis" not in maps[0].system


async def test_tree_reduce_when_partials_exceed_the_budget():
    long = "Partial analysis sentence with details. " * 30  # ~300 tokens per partial
    llm = ScriptedLLM(text=lambda call: long if call.kind == "map" else "Merged summary of the parts.")
    outcome = await engine(llm, settings(llm_max_total_tokens=1700))(records(45), "Q", None, None)
    reduces = llm.of("reduce")
    final = [c for c in reduces if c.max_output_tokens is None]
    inter = [c for c in reduces if c.max_output_tokens is not None]
    assert len(final) == 1 and len(inter) >= 2 and reduces[-1] is final[0]
    assert all(c.max_output_tokens <= 1200 for c in inter)
    starts = sorted(c.started for c in inter[:2])
    assert starts[1] < min(c.ended for c in inter[:2])  # siblings overlap
    assert outcome.text == "Merged summary of the parts."


async def test_trends_grid_goes_to_the_final_reduce_with_anonymised_labels():
    llm = ScriptedLLM()
    trends = {"periods": ["2025-W01", "2025-W02"], "cells": [
        {"code": "WASH", "period": "2025-W01", "count": 2}, {"code": "ask x@y.org", "period": "2025-W02", "count": 1}]}
    await engine(llm)(records(30), "Q", None, trends)
    user = llm.of("reduce")[-1].user
    grid = user[user.index("<coding_trends>"):]
    assert "code,2025-W01,2025-W02\nWASH,2,0\nask <EMAIL_ADDRESS_0>,0,1" in grid and "x@y.org" not in user


async def test_partial_map_failures_are_reported():
    llm = ScriptedLLM(text=lambda call: LLMUnavailableError() if call.kind == "map" and 'id="r-0"' in call.user
                      else "partial")
    outcome = await engine(llm)(records(30), "Q", None, None)
    maps = llm.of("map")
    failed = next(c for c in maps if 'id="r-0"' in c.user)
    size = len(re.findall(r'id="r-\d+"', failed.user))
    assert outcome.uncertainty_explanation == (
        f"Leaf-judged confidence is a coverage-weighted mean over {len(maps) - 1} of {len(maps)} chunk(s) "
        "(1 chunk(s) excluded: judge failed, timed out or skipped); the lowest single-chunk faithfulness was 0.90. "
        f"1 of {len(maps)} chunk(s) ({size} record(s)) could not be analysed.")
    assert len(llm.of("chunk_judge")) == len(maps) - 1


async def test_all_maps_failing_is_502_and_timeouts_are_504():
    llm = ScriptedLLM(text=lambda call: LLMUnavailableError())
    with pytest.raises(AnalysisUnavailableError, match="Mapping failed for all chunks"):
        await engine(llm)(records(9), "Q", None, None)
    llm = ScriptedLLM(text=lambda call: LLMTimeoutError())
    with pytest.raises(AnalysisTimeoutError):
        await engine(llm)(records(9), "Q", None, None)


async def test_judge_failures_exclude_chunks_and_none_judged_sentence():
    llm = ScriptedLLM(verdict=lambda call: LLMUnavailableError())
    outcome = await engine(llm)(records(30), "Q", None, None)
    n = len(llm.of("map"))
    assert outcome.confidence is None
    assert outcome.uncertainty_explanation == (
        f"Confidence unavailable: none of the {n} chunk(s) could be leaf-judged (all judge calls failed, "
        "timed out or were skipped).")


async def test_per_request_slot_cap():
    llm = ScriptedLLM(latency={"map": 0.02, "chunk_judge": 0.02})
    await engine(llm, settings(analyze_max_concurrent_chunks=3))(records(60), "Q", None, None)
    assert llm.peak <= 3 and len(llm.of("map")) > 6


async def test_judges_start_as_soon_as_their_map_finishes():
    llm = ScriptedLLM(delay=lambda c: 0.4 if c.kind == "map" and 'id="r-0"' in c.user else 0.02)
    await engine(llm)(records(60), "Q", None, None)
    slow_map_end = max(c.ended for c in llm.of("map"))
    judges = llm.of("chunk_judge")
    assert sum(1 for c in judges if c.ended < slow_map_end) == len(judges) - 1  # all but the slow chunk's


async def test_deadline_stops_maps_and_cancels_judges():
    llm = ScriptedLLM(latency={"map": 0.3, "chunk_judge": 10.0, "reduce": 0.05})
    s = settings(analyze_max_concurrent_chunks=2, analyze_reduce_reserve_seconds=3.4)
    llm.deadline_at = time.monotonic() + 4.0
    outcome = await engine(llm, s)(records(60), "Q", None, None)
    maps, judges = llm.of("map"), llm.of("chunk_judge")
    judge_stop = llm.deadline_at - JUDGE_STOP_MARGIN_SECONDS
    assert judges and all(c.ended - c.started < 10.0 for c in judges)  # cancelled, not run to their 10 s
    assert all(c.ended >= judge_stop for c in judges)  # at the judge stop, not earlier
    assert max(c.ended for c in llm.calls) < llm.deadline_at  # the reduce answered within the deadline
    text = outcome.uncertainty_explanation
    assert text.startswith("Confidence unavailable: none of the ")
    m = re.search(r" (\d+) of (\d+) chunk\(s\) \((\d+) record\(s\)\) could not be analysed\.$", text)
    assert m and int(m.group(1)) == int(m.group(2)) - len(maps) and len(maps) < int(m.group(2))


async def test_anonymisation_failures_are_counted_and_all_failing_is_503():
    llm = ScriptedLLM()
    anonymizer = WordAnonymizer(CITIES, fail=lambda t: t.startswith("Record 4:"))
    outcome = await engine(llm, anonymizer=anonymizer)(records(30), "Q", None, None)
    assert outcome.uncertainty_explanation.endswith(" 1 record(s) were left out because anonymisation failed.")
    with pytest.raises(AnonymizationError):
        await engine(llm, anonymizer=WordAnonymizer(fail=lambda t: t.startswith("Record")))(records(3), "Q", None, None)


async def test_small_inputs_skip_grouping(caplog):
    calls = []
    llm = ScriptedLLM()
    caplog.set_level(logging.INFO, logger="qfa.hierarchical")
    outcome = await engine(llm, grouper=lambda t, w: calls.append(1) or [list(range(len(t)))])(
        records(2), "Q", None, None)
    assert not calls and len(llm.of("map")) == 1 and outcome.text
    done = [r.getMessage() for r in caplog.records if "event=hierarchical_done" in r.getMessage()]
    assert len(done) == 1 and "status=ok" in done[0] and "chunks=1" in done[0]
    for key in ("anonymise_ms=", "group_ms=", "map_ms=", "reduce_ms=", "judge_ms="):
        assert key in done[0]


async def test_empty_final_reduce_is_502():
    llm = ScriptedLLM(text=lambda call: "  " if call.kind == "reduce" else "partial")
    with pytest.raises(AnalysisUnavailableError):
        await engine(llm)(records(9), "Q", None, None)


async def test_mangled_placeholders_in_partials_are_canonical_in_the_reduce():
    llm = ScriptedLLM(text=lambda call: "In [location 0] and LOCATION_0 <b>" if call.kind == "map" else "ok")
    await engine(llm)(records(9, city_at={0: "Kisumu"}), "Q", None, None)
    user = llm.of("reduce")[0].user
    assert "In <LOCATION_0> and <LOCATION_0> &lt;b&gt;" in user


def _verdict(f):
    return JudgeVerdict(faithfulness=f, coverage=0.5, clarity=0.5, explanation="x")


async def test_confidence_weights_by_records():
    scores = iter([1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0])
    llm = ScriptedLLM(verdict=lambda call: _verdict(next(scores)))
    outcome = await engine(llm)(records(9), "Q", None, None)
    assert outcome.confidence is not None and 0 < outcome.confidence < 1
    assert outcome.uncertainty_explanation.endswith("the lowest single-chunk faithfulness was 0.00.")

"""analyze-bulk (single pass, the switch to hierarchical) and detect-sensitive in process over port fakes."""

from __future__ import annotations

import pytest

from shared_code.domain.models import AnalyzeBulkRequest, FeedbackRecord, SingleRecordRequest
from shared_code.errors import AnalysisUnavailableError, PayloadTooLargeError
from shared_code.ports import AnalysisOutcome
from shared_code.settings import Settings
from shared_code.usecases.analyze import DISCLAIMER, AnalyzeBulk
from shared_code.usecases.detect_sensitive import NOTHING_DETECTED, DetectSensitive
from tests.unit.hierarchical.fakes import WordAnonymizer
from tests.unit.usecases.fakes import JUDGE_OK, FakeLLM


def records(*contents: str) -> list[FeedbackRecord]:
    return [FeedbackRecord(id=f"r-{i}", content=c, metadata={"created": "2025-01-02"}) for i, c in enumerate(contents)]


class FakeHierarchical:
    def __init__(self):
        self.calls = []

    async def __call__(self, records, prompt, language, trends):
        self.calls.append((len(records), prompt, language))
        return AnalysisOutcome("Themes by <PERSON_0>.", None, "Leaf-judged ...", confidence=0.5)


async def test_single_pass_keeps_person_placeholders_and_restores_the_rest():
    llm = FakeLLM({"analysis": ["<PERSON_0> reports floods in <LOCATION_0>."], "judge": [JUDGE_OK]})
    use_case = AnalyzeBulk(llm, WordAnonymizer(["Kisumu"], ["Amina"]), Settings())
    out = await use_case.run(AnalyzeBulkRequest(feedback_records=records("Amina: floods in Kisumu", " "),
                                                prompt="What happened?"), request_id="req-1")
    assert llm.kinds() == ["analysis", "judge"] and "Amina" not in llm.seen() and "Kisumu" not in llm.seen()
    assert out.analysis == f"{DISCLAIMER}\n\n<PERSON_0> reports floods in Kisumu."
    assert out.feedback_record_count == 1 and out.request_id == "req-1" and out.quality_score == 0.85
    assert out.uncertainty_explanation == "Faithful to <PERSON_0>."


async def test_single_pass_over_the_budget_is_413_with_the_hierarchical_hint():
    llm = FakeLLM(max_total_tokens=60)
    use_case = AnalyzeBulk(llm, WordAnonymizer(), Settings(analyze_auto_hierarchical=False), FakeHierarchical())
    with pytest.raises(PayloadTooLargeError) as info:
        await use_case.run(AnalyzeBulkRequest(feedback_records=records("word " * 100), prompt="Q"), request_id="r")
    assert 'use mode "hierarchical"' in info.value.message and llm.calls == []


async def test_single_pass_over_the_budget_switches_to_hierarchical_when_allowed():
    llm, hierarchical = FakeLLM(max_total_tokens=60), FakeHierarchical()
    use_case = AnalyzeBulk(llm, WordAnonymizer(), Settings(analyze_auto_hierarchical=True), hierarchical)
    out = await use_case.run(AnalyzeBulkRequest(feedback_records=records("word " * 100, "more"), prompt="Q",
                                                output_language="fr"), request_id="r")
    assert hierarchical.calls == [(2, "Q", "fr")] and llm.calls == []
    assert out.analysis == f"{DISCLAIMER}\n\nThemes by <PERSON_0>." and out.confidence == 0.5


async def test_hierarchical_without_an_engine_is_unavailable():
    use_case = AnalyzeBulk(FakeLLM(), WordAnonymizer(), Settings(), None)
    with pytest.raises(AnalysisUnavailableError):
        await use_case.run(AnalyzeBulkRequest(feedback_records=records("x"), prompt="Q", mode="hierarchical"),
                           request_id="r")


async def test_detect_sensitive_dedupes_types_and_restores_the_explanation():
    llm = FakeLLM({"classify": [{"sensitivity_types": ["SEXUAL_VIOLENCE", "SEXUAL_VIOLENCE"],
                                 "explanation": " <PERSON_0> describes an assault. "}]})
    use_case = DetectSensitive(llm, WordAnonymizer(persons=["Amina"]), Settings())
    out = await use_case.run(SingleRecordRequest(feedback_record=records("Amina was assaulted")[0]))
    assert out.is_sensitive and out.sensitivity_types == ["SEXUAL_VIOLENCE"]
    assert out.explanation == "Amina describes an assault." and "Amina" not in llm.seen()


async def test_detect_sensitive_with_nothing_found_says_so():
    llm = FakeLLM({"classify": [{"sensitivity_types": [], "explanation": ""}]})
    out = await DetectSensitive(llm, WordAnonymizer(), Settings()).run(
        SingleRecordRequest(feedback_record=records("The tank leaks")[0]))
    assert not out.is_sensitive and out.explanation == NOTHING_DETECTED and out.sensitivity_types == []

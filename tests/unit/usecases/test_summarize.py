"""summarize and summarize-bulk in process: fake LLM port, fake anonymiser, no subprocess."""

from __future__ import annotations

import pytest

from shared_code.domain.models import FeedbackRecord, SingleRecordRequest, SummarizeBulkRequest
from shared_code.errors import AnalysisUnavailableError, AnonymizationError, LLMUnavailableError, PayloadTooLargeError
from shared_code.settings import Settings
from shared_code.usecases.judging import SUMMARY_JUDGE_UNAVAILABLE
from shared_code.usecases.summarize import NO_CONTENT, Summarize, SummarizeBulk
from tests.unit.hierarchical.fakes import WordAnonymizer
from tests.unit.usecases.fakes import JUDGE_OK, FakeLLM

SUMMARY = {"title": "Water for <PERSON_0>", "bullets": ["- <PERSON_0> has no water in <LOCATION_0>", "  ", "2) Tank"]}


def record(content: str, rid: str = "r-1") -> FeedbackRecord:
    return FeedbackRecord(id=rid, content=content)


def summarize(llm, anonymizer=None):
    return Summarize(llm, anonymizer or WordAnonymizer(["Kisumu"], ["Amina"]), Settings())


async def test_the_model_sees_placeholders_and_the_answer_is_restored_and_judged():
    llm = FakeLLM({"summary": [SUMMARY], "judge": [JUDGE_OK]})
    out = await summarize(llm).run(SingleRecordRequest(feedback_record=record("Amina has no water in Kisumu")))
    assert llm.kinds() == ["summary", "judge"]
    assert "Amina" not in llm.seen() and "Kisumu" not in llm.seen() and "<PERSON_0>" in llm.seen()
    assert out.title == "Water for Amina"
    assert out.summary == "- Amina has no water in Kisumu\n- Tank"  # marks cleaned, empty bullets dropped
    assert out.quality_score == 0.85 and out.uncertainty_explanation == "Faithful to Amina."
    assert out.id == "r-1" and "Water for Amina" in out.pretty_output


async def test_an_empty_record_costs_no_call():
    llm, anonymizer = FakeLLM(), WordAnonymizer()
    out = await summarize(llm, anonymizer).run(SingleRecordRequest(feedback_record=record("   ")))
    assert out.uncertainty_explanation == NO_CONTENT and out.quality_score is None
    assert llm.calls == [] and anonymizer.calls == 0


async def test_over_the_budget_is_413_before_anonymisation_or_any_call():
    llm, anonymizer = FakeLLM(max_total_tokens=50), WordAnonymizer()
    with pytest.raises(PayloadTooLargeError):
        await summarize(llm, anonymizer).run(SingleRecordRequest(feedback_record=record("word " * 100)))
    assert anonymizer.calls == 0 and llm.calls == []
    assert "word word" in llm.budget_checks[0][0][-1].content  # the raw text was measured


async def test_a_failing_judge_keeps_the_summary_without_a_score():
    llm = FakeLLM({"summary": [SUMMARY], "judge": [LLMUnavailableError()]})
    out = await summarize(llm).run(SingleRecordRequest(feedback_record=record("Amina has no water")))
    assert out.quality_score is None and out.uncertainty_explanation == SUMMARY_JUDGE_UNAVAILABLE
    assert out.title == "Water for Amina"


async def test_an_empty_summary_is_unavailable():
    llm = FakeLLM({"summary": [{"title": "T", "bullets": ["-", " "]}]})
    with pytest.raises(AnalysisUnavailableError):
        await summarize(llm).run(SingleRecordRequest(feedback_record=record("some text")))
    assert llm.kinds() == ["summary"]


async def test_bulk_leaves_out_empty_and_unanonymisable_records():
    llm = FakeLLM({"summary": [SUMMARY], "judge": [JUDGE_OK]})
    anonymizer = WordAnonymizer(persons=["Amina"], fail=lambda text: "BROKEN" in text)
    req = SummarizeBulkRequest(feedback_records=[record("Amina waits", "a"), record(" ", "b"),
                                                 record("BROKEN record", "c"), record("Tank leaks", "d")])
    out = await SummarizeBulk(llm, anonymizer, Settings()).run(req)
    assert out.ids == ["a", "d"]
    assert "BROKEN" not in llm.seen() and "Amina" not in llm.seen()
    assert out.title == "Water for Amina" and out.quality_score == 0.85


async def test_bulk_fails_closed_when_no_record_could_be_anonymised():
    llm = FakeLLM({"summary": [SUMMARY]})
    anonymizer = WordAnonymizer(fail=lambda text: True)
    req = SummarizeBulkRequest(feedback_records=[record("one", "a"), record("two", "b")])
    with pytest.raises(AnonymizationError):
        await SummarizeBulk(llm, anonymizer, Settings()).run(req)
    assert llm.calls == []

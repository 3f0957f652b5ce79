"""assign-codes in process over port fakes: the compact path (select + verify) and level by level."""

from __future__ import annotations

from shared_code.domain.models import AssignCodesRequest
from shared_code.settings import Settings
from shared_code.usecases.assign_codes import AssignCodes
from tests.unit.hierarchical.fakes import WordAnonymizer
from tests.unit.usecases.fakes import FakeLLM

TREE = {"root_codes": [
    {"id": "wash", "name": "WASH", "children": [{"id": "water", "name": "Water supply"},
                                                {"id": "hyg", "name": "Hygiene"}]},
    {"id": "food", "name": "Food", "children": [{"id": "late", "name": "Late distribution"}]},
]}


def request(**extra) -> AssignCodesRequest:
    return AssignCodesRequest(feedback_record={"id": "r-1", "content": "Amina says the tank in Kisumu is empty"},
                              coding_levels=TREE, **extra)


def levels(*scores: float) -> list[dict]:
    return [{"score": s, "explanation": f"<PERSON_0> level {n}"} for n, s in enumerate(scores, 1)]


async def test_compact_path_maps_numbers_back_to_request_ids_and_drops_unlisted_ones():
    llm = FakeLLM({
        "select": [{"candidates": [{"path": 1, "level_confidences": [0.9, 0.8], "reason": "tank"},
                                   {"path": 3, "level_confidences": [0.5, 0.4], "reason": "food"}]}],
        "verify": [{"verdicts": [{"candidate": 1, "levels": levels(0.95, 0.9)},
                                 {"candidate": 2, "levels": levels(0.3, 0.2)}]}],
    })
    out = await AssignCodes(llm, WordAnonymizer(["Kisumu"], ["Amina"]), Settings()).run(request(max_codes=1))
    assert llm.kinds() == ["select", "verify"] and "Amina" not in llm.seen() and "wash" not in llm.seen()
    [code] = out.assigned_codes
    assert (code.coding_level_1_id, code.coding_level_2_id) == ("wash", "water")
    assert code.confidence_level_1 == 0.95 and "Amina level 1" in code.explanation


async def test_an_empty_selection_costs_one_call():
    llm = FakeLLM({"select": [{"candidates": [{"path": 9, "level_confidences": [0.9], "reason": "none"}]}]})
    out = await AssignCodes(llm, WordAnonymizer(), Settings()).run(request())
    assert out.assigned_codes == [] and llm.kinds() == ["select"]  # path 9 is not listed: dropped


async def test_level_by_level_when_the_flat_framework_is_over_the_single_call_limit():
    llm = FakeLLM({
        "pick": [{"selected": [1]}, {"selected": [1, 7]}],  # top level → WASH; under WASH → Water (7 unlisted)
        "code_judge": [{"score": 0.9, "explanation": "wash"}, {"score": 0.8, "explanation": "water"}],
    })
    settings = Settings(assign_codes_single_call_max_tokens=50)
    out = await AssignCodes(llm, WordAnonymizer(persons=["Amina"]), settings).run(request())
    assert llm.kinds() == ["pick", "code_judge", "pick", "code_judge"]
    assert llm.budget_checks[0][1] == 50  # the flat select was measured against the single-call limit
    [code] = out.assigned_codes
    assert (code.coding_level_1_id, code.coding_level_2_id) == ("wash", "water")
    assert (code.confidence_level_1, code.confidence_level_2) == (0.9, 0.8)

from shared_code.domain.coding import Candidate, explanation_text, finalise, fit_scores, leaf_paths, render_paths, to_assigned
from shared_code.domain.models import CodeNode


def tree():
    return [CodeNode.model_validate({"id": "A", "name": "Health & care", "children": [
        {"id": "A1", "name": "Medicines", "children": [{"id": "A1a", "name": "Stock-out"}, {"id": "A1b", "name": "Price"}]},
        {"id": "A2", "name": "Clinic <hours>"}]}),
        CodeNode(id="B", name="Shelter")]


def test_leaf_paths_any_depth_and_rendering_escapes_names():
    paths = leaf_paths(tree())
    assert [[n.id for n in p] for p in paths] == [["A", "A1", "A1a"], ["A", "A1", "A1b"], ["A", "A2"], ["B"]]
    rendered = render_paths(paths)
    assert rendered.splitlines()[0] == "P1: Health &amp; care > Medicines > Stock-out"
    assert "P3: Health &amp; care > Clinic &lt;hours&gt;" in rendered and "A1a" not in rendered


def test_fit_scores_truncates_pads_and_clips():
    assert fit_scores([0.9, 0.8, 0.7, 0.6], 3) == [0.9, 0.8, 0.7]
    assert fit_scores([0.9, 0.4], 3) == [0.9, 0.4, 0.4]
    assert fit_scores([], 2) == [0.0, 0.0]
    assert fit_scores([1.7, -1], 2) == [1.0, 0.0]


def test_finalise_threshold_sort_stable_dedupe_and_limit():
    paths = leaf_paths(tree())
    c = [Candidate(paths[0], [0.9, 0.5]), Candidate(paths[1], [0.8, 0.8]), Candidate(paths[2], [0.8, 0.9]),
         Candidate(paths[1], [0.95, 0.95])]
    out = finalise(c, max_codes=3, threshold=None)
    assert [(x.path[-1].id, x.aggregate) for x in out] == [("A1b", 0.95), ("A2", 0.8), ("A1a", 0.5)]
    assert [x.path[-1].id for x in finalise(c, max_codes=5, threshold=0.6)] == ["A1b", "A2"]
    assert len(finalise(c, max_codes=1, threshold=None)) == 1


def test_assigned_code_fields_and_explanation():
    path = leaf_paths(tree())[2]
    cand = Candidate(path, [0.91234, 0.5], ["health", "clinic"])
    assert explanation_text(cand) == "Level 1 (0.91): health Level 2 (0.50): clinic"
    code = to_assigned(cand, "x")
    assert (code.coding_level_1_id, code.coding_level_2_id, code.coding_level_3_id) == ("A", "A2", None)
    assert (code.confidence_level_1, code.confidence_level_2, code.confidence_level_3) == (0.9123, 0.5, None)
    assert code.confidence_aggregate == 0.5


def test_deeper_paths_count_in_the_aggregate_but_report_three_levels():
    node = CodeNode.model_validate({"id": "1", "name": "a", "children": [{"id": "2", "name": "b", "children": [
        {"id": "3", "name": "c", "children": [{"id": "4", "name": "d"}]}]}]})
    cand = Candidate(leaf_paths([node])[0], [0.9, 0.9, 0.9, 0.2])
    code = to_assigned(cand, "")
    assert code.coding_level_3_id == "3" and code.confidence_aggregate == 0.2

"""Size bounds for grammar-constrained servers: every string and list in every output schema is bounded
when LLM_SCHEMA_SIZE_BOUNDS is on, and no bound keyword is sent when it is off (OpenAI strict mode
rejects them). The bounds are never enforced on the answer."""

from __future__ import annotations

import json

import pytest

from shared_code.domain import llm_outputs
from shared_code.llm.schema import SIZE_BOUNDS, json_object_instruction, parse_structured, strict_json_schema

OUTPUT_MODELS = sorted((cls for cls in vars(llm_outputs).values()
                        if isinstance(cls, type) and issubclass(cls, llm_outputs._Out) and cls is not llm_outputs._Out),
                       key=lambda cls: cls.__name__)


def _nodes(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def _types(node: dict) -> set[str]:
    kind = node.get("type")
    return set(kind) if isinstance(kind, list) else {kind}


def test_there_are_output_models():
    assert {"SummaryOutput", "ClassifyOutput", "PickOutput", "JudgeVerdict"} <= {m.__name__ for m in OUTPUT_MODELS}


@pytest.mark.parametrize("model", OUTPUT_MODELS, ids=lambda m: m.__name__)
def test_with_bounds_every_string_and_list_is_bounded(model):
    schema = strict_json_schema(model, size_bounds=True)
    for node in _nodes(schema):
        if "string" in _types(node) and "enum" not in node and "const" not in node:
            assert isinstance(node.get("maxLength"), int), node
        if "array" in _types(node):
            assert isinstance(node.get("maxItems"), int), node


@pytest.mark.parametrize("model", OUTPUT_MODELS, ids=lambda m: m.__name__)
def test_without_bounds_no_bound_keyword_is_sent(model):
    assert not any(SIZE_BOUNDS & node.keys() for node in _nodes(strict_json_schema(model)))
    assert "maxLength" not in json_object_instruction(model) and "maxItems" not in json_object_instruction(model)
    assert "maxLength" in json.dumps(strict_json_schema(llm_outputs.SummaryOutput, size_bounds=True))


@pytest.mark.parametrize("model", OUTPUT_MODELS, ids=lambda m: m.__name__)
def test_llama_cpp_compiles_the_bounded_schema_to_a_grammar(model):
    import xllamacpp

    grammar = xllamacpp.json_schema_to_grammar(json.dumps(strict_json_schema(model, size_bounds=True)))
    assert grammar.strip()  # a GBNF grammar, or the llguidance form for schemas with $defs


def test_the_bounds_are_not_enforced_on_answers():
    long = {"title": "t" * 1000, "bullets": ["b" * 2000] * 40}
    parsed = parse_structured(json.dumps(long), llm_outputs.SummaryOutput)
    assert len(parsed.bullets) == 40 and len(parsed.title) == 1000

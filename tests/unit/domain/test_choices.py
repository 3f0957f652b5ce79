import pytest

from shared_code.domain.choices import MAX_ENUM_CHOICES, pick_output_for, select_output_for, verify_output_for
from shared_code.llm.schema import parse_structured, strict_json_schema


def test_strict_schema_keeps_the_string_enum_of_listed_numbers():
    schema = strict_json_schema(pick_output_for(3))
    assert schema["properties"]["selected"]["items"] == {"enum": ["1", "2", "3"], "type": "string"}
    select = strict_json_schema(select_output_for(2))
    assert select["$defs"]["SelectCandidate"]["properties"]["path"]["enum"] == ["1", "2"]
    verify = strict_json_schema(verify_output_for(1))
    assert verify["$defs"]["CandidateVerdict"]["properties"]["candidate"]["enum"] == ["1"]


def test_answers_are_read_as_integers_whether_strings_or_numbers():
    assert parse_structured('{"selected": ["2", 1, 7]}', pick_output_for(2)).selected == [2, 1, 7]


def test_no_enum_beyond_the_provider_limit():
    schema = strict_json_schema(pick_output_for(MAX_ENUM_CHOICES + 1))
    assert "enum" not in schema["properties"]["selected"]["items"]


@pytest.mark.parametrize("factory", [pick_output_for, select_output_for, verify_output_for])
def test_schema_name_is_unchanged(factory):
    assert factory(4).__name__ in ("PickOutput", "SelectOutput", "VerifyOutput")

import pytest

from shared_code.errors import RequestValidationError
from shared_code.http.lenient_json import parse_json_object


def issue_of(raw: bytes) -> str:
    with pytest.raises(RequestValidationError) as info:
        parse_json_object(raw)
    fields = info.value.fields
    assert fields is not None and len(fields) == 1 and fields[0]["field"] == "body"
    return fields[0]["issue"]


def test_raw_control_characters_inside_strings_are_accepted():
    raw = '{"prompt":"What are people\nunhappy\tabout\r?","x":"a\x01b"}'.encode()
    assert parse_json_object(raw) == {"prompt": "What are people\nunhappy\tabout\r?", "x": "a\x01b"}


def test_stray_backslash_is_taken_literally_and_valid_escapes_still_work():
    raw = rb'{"a":"C:\data\dir \o/ \new","b":"\u00e9\"\\ \n"}'
    assert parse_json_object(raw) == {"a": "C:\\data\\dir \\o/ \new", "b": 'é"\\ \n'}


def test_truncated_unicode_escape_is_literal():
    assert parse_json_object(rb'{"a":"\u12"}') == {"a": "\\u12"}


def test_nul_removed_raw_and_from_escapes_including_keys():
    raw = b'{"a\\u0000":"x\x00y\\u0000z","n":["\\u0000"]}'
    assert parse_json_object(raw) == {"a": "xyz", "n": [""]}


def test_bom_is_dropped():
    assert parse_json_object(b'\xef\xbb\xbf{"a":1}') == {"a": 1}


def test_invalid_utf8():
    assert issue_of(b'{"a":"\xff"}') == "Body is not valid UTF-8"


@pytest.mark.parametrize("raw", [b"", b"   \n"])
def test_empty_body_is_field_required(raw):
    assert issue_of(raw) == "Field required"


@pytest.mark.parametrize("raw", [b"[1,2]", b'"text"', b"3", b"null"])
def test_non_object_body(raw):
    assert issue_of(raw) == "Input should be an object"


def test_invalid_json_reports_reason_line_and_column():
    issue = issue_of(b'{"a": 1,\n "b": }')
    assert issue.startswith("Invalid JSON: Expecting value (line 2, column ")


def test_unescaped_quote_stays_invalid():
    assert issue_of(b'{"content":"he said "hi" today"}').startswith("Invalid JSON:")


def test_nesting_limit_32():
    ok = b'{"a":' + b"[" * 31 + b"]" * 31 + b"}"
    assert parse_json_object(ok)["a"] is not None
    too_deep = b'{"a":' + b"[" * 32 + b"]" * 32 + b"}"
    assert "nesting" in issue_of(too_deep)


def test_brackets_inside_strings_do_not_count_as_nesting():
    raw = b'{"a":"' + b"[" * 100 + b'"}'
    assert parse_json_object(raw) == {"a": "[" * 100}


def test_lone_surrogates_become_replacement_characters_in_values_and_keys():
    raw = rb'{"a\ud800":"x\udfffy","n":["\ud800"],"pair":"\ud83d\ude00"}'
    assert parse_json_object(raw) == {"a\ufffd": "x\ufffdy", "n": ["\ufffd"], "pair": "\U0001F600"}


def test_integer_literal_beyond_the_parsing_limit_is_a_body_issue():
    assert issue_of(b'{"ignored": ' + b"9" * 5000 + b"}") == "Invalid JSON: number literal is too long"

"""Hostile lines in an import file: each becomes `line N: reason` and never stops the lines after
it; lines are split on \\n alone and decoded one by one (issue 13)."""

from __future__ import annotations

import json

import pytest

from hrdcase.models.intake_import import (
    FileTooLarge,
    ImportRecord,
    LineError,
    parse_line,
    split_lines,
)
from tests.unit.test_intake_import import REGIONS, good


def reason(text: str) -> str:
    parsed = parse_line(5, text, REGIONS)
    assert isinstance(parsed, LineError), parsed
    assert parsed.line_no == 5
    return parsed.reason


def test_json_nested_ten_thousand_deep_is_a_line_error() -> None:
    assert "nested too deeply" in reason("[" * 10_000 + "]" * 10_000)
    assert "nested too deeply" in reason('{"a":' * 10_000 + "1" + "}" * 10_000)


def test_a_five_thousand_digit_integer_is_a_line_error() -> None:
    line = json.dumps(good()).replace('"severity": "severe"', '"n": ' + "9" * 5_000)
    assert "number longer than" in reason(line)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(constant: str) -> None:
    assert "not allowed" in reason(json.dumps(good())[:-1] + f', "x": {constant}}}')


def test_a_lone_surrogate_is_a_line_error() -> None:
    line = json.dumps(good(title="Invented \ud800 title"))
    assert "not valid Unicode" in reason(line)


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+05:00", "0001-01-01T00:00:00Z",
                                    "9999-12-31T23:59:59-05:00", "9999-12-31T23:59:59Z",
                                    "1969-12-31T23:59:59Z"])
def test_submitted_at_at_the_edges_of_time_is_a_line_error(moment: str) -> None:
    assert "submitted_at" in reason(json.dumps(good(submitted_at=moment)))


@pytest.mark.parametrize("title", ["\x1b]0;owned\x07Title", "Clear\x1b[2J", "C1 \x9b31m",
                                   "Bell\x07", "Line\nbreak", "DEL\x7f"])
def test_control_characters_in_a_title_are_refused(title: str) -> None:
    assert "control characters" in reason(json.dumps(good(title=title)))


@pytest.mark.parametrize("title", ["\u200b", "\u200b \u2060\ufeff", "\u3000\u200d"])
def test_invisible_only_titles_are_refused(title: str) -> None:
    assert "title" in reason(json.dumps(good(title=title)))


def test_control_characters_in_names_and_descriptions_are_refused() -> None:
    assert "control characters" in reason(json.dumps(good(description="a\x1b[2Jb")))
    assert "control characters" in reason(
        json.dumps(good(defender={"pseudonym": "Ibis\x1b]52;c;AAAA\x07"})))
    assert "control characters" in reason(
        json.dumps(good(defender={"pseudonym": "Ibis", "legal_name": "Invented\x9dName"})))
    assert "control characters" in reason(
        json.dumps(good(channel="trusted_partner", partner="Net\x1b[1m")))


def test_newlines_tabs_and_crlf_stay_allowed_in_a_description() -> None:
    parsed = parse_line(1, json.dumps(good(description="one\r\ntwo\n\tthree")), REGIONS)
    assert isinstance(parsed, ImportRecord)
    assert parsed.draft.description == "one\ntwo\n\tthree"


def test_valid_json_holding_line_separators_stays_one_line() -> None:
    text = json.dumps(good(description="a\u2028b\u2029c\u0085d"), ensure_ascii=False)
    lines = list(split_lines([text.encode("utf-8") + b"\n"]))
    assert len(lines) == 1
    parsed = parse_line(1, lines[0], REGIONS)  # type: ignore[arg-type]
    assert isinstance(parsed, LineError) and "control characters" in parsed.reason  # U+0085 is C1
    text = json.dumps(good(description="a\u2028b\u2029c"), ensure_ascii=False)
    [only] = split_lines([text.encode("utf-8")])
    assert isinstance(parse_line(1, only, REGIONS), ImportRecord)  # type: ignore[arg-type]


def test_an_invalid_utf8_byte_rejects_that_line_only() -> None:
    good_line = json.dumps(good()).encode()
    out = list(split_lines([good_line + b"\n" + b'{"title": "\xff"}\n' + good_line + b"\n"]))
    assert out[0] == good_line.decode() and out[2] == good_line.decode()
    assert isinstance(out[1], LineError) and out[1].line_no == 2 and "UTF-8" in out[1].reason


def test_a_bom_and_crlf_are_accepted() -> None:
    good_line = json.dumps(good()).encode()
    out = list(split_lines([b"\xef\xbb\xbf" + good_line + b"\r\n" + good_line + b"\r\n"]))
    assert out == [good_line.decode()] * 2


def test_lines_split_across_chunks_are_joined() -> None:
    data = b"abc\ndef\nghi"
    chunks = [data[i:i + 1] for i in range(len(data))]
    assert list(split_lines(chunks)) == ["abc", "def", "ghi"]


def test_an_overlong_line_is_its_own_error_and_is_not_kept_in_memory() -> None:
    chunks = [b"x" * 1000] * 50 + [b"\nnext\n"]
    out = list(split_lines(chunks, max_line=4096))
    assert isinstance(out[0], LineError) and "longer than" in out[0].reason
    assert out[1] == "next"


def test_a_file_past_the_total_cap_stops_with_the_count_of_lines_read() -> None:
    def endless():  # like /dev/zero: never ends
        while True:
            yield b"ab\n" * 100

    with pytest.raises(FileTooLarge) as caught:
        for _ in split_lines(endless(), max_total=2999):
            pass
    assert caught.value.lines == 900

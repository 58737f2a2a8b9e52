"""`fts_query`: whatever a person types becomes quoted prefix words, never FTS5 syntax."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrdcase.storage.cases import fts_query


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("heron", '"heron"*'),
        ("Heron  phishing", '"Heron"* "phishing"*'),
        ("AND OR NOT", '"AND"* "OR"* "NOT"*'),
        ("NEAR(a b, 3)", '"NEAR"* "a"* "b"* "3"*'),
        ('say "hello', '"say"* "hello"*'),
        ("title:secret", '"title"* "secret"*'),
        ("-x +y ^z *", '"x"* "y"* "z"*'),
        ("C-7K2M-Q9XD", '"C"* "7K2M"* "Q9XD"*'),
        ("défenseur", '"défenseur"*'),
    ],
)
def test_words_are_quoted_prefixes(typed: str, query: str) -> None:
    assert fts_query(typed) == query


@pytest.mark.parametrize("typed", ["", "   ", '"', "'\"*:()^-+", "\u0301"])
def test_nothing_searchable_gives_none(typed: str) -> None:
    assert fts_query(typed) is None


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')")
    conn.executemany(
        "INSERT INTO t (title, body) VALUES (?, ?)",
        [("AND near NOT", "title: secret"), ("heron phishing", 'say "hello" OR bye')],
    )
    return conn


def test_operator_words_match_as_plain_words(fts: sqlite3.Connection) -> None:
    def hits(text: str) -> list[int]:
        return [r[0] for r in fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (fts_query(text),))]

    assert hits("AND") == [1]  # would be a syntax error unquoted
    assert hits("NOT near") == [1]
    assert hits("OR") == [2]
    assert hits('"hello') == [2]
    assert hits("title:secret") == [1]  # no column filter: both words, anywhere
    assert hits("phish") == [2]  # prefix


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_text_is_a_valid_query(fts: sqlite3.Connection, typed: str) -> None:
    query = fts_query(typed)
    if query is None:
        return
    fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()

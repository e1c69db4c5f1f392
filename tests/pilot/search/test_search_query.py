"""The query syntax and the Dutch stemmer: plain Python, engine independent."""

import pytest

from pilot.search.query import dutch_stem, fts5_expression, parse_query, stem_variants


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("schulden", "schuld"),
        ("schuld", "schuld"),
        ("wijkteams", "wijkteam"),
        ("ouderen", "ouder"),
        ("mogelijkheden", "mogelijkheid"),
        ("bijeenkomsten", "bijeenkomst"),
        ("huisje", "huis"),
    ],
)
def test_dutch_stem(word, stem):
    assert dutch_stem(word) == stem


def test_variants_cover_open_and_closed_syllables():
    assert "problem" in stem_variants("probleem")
    assert "probleem" in stem_variants("problemen")


def test_phrases_exclusions_and_terms():
    parsed = parse_query('schulden "eerste gesprek" -jeugd -"huiselijk geweld"')
    assert parsed.terms == ["schulden"]
    assert parsed.phrases == [["eerste", "gesprek"]]
    assert parsed.excluded == ["jeugd"]
    assert parsed.excluded_phrases == [["huiselijk", "geweld"]]


@pytest.mark.parametrize(
    "raw",
    [
        '"',
        '"""',
        "(schuld",
        "schuld AND OR NOT",
        "*",
        "schuld*",
        "'; DROP TABLE wagtailcore_page; --",
        "💥🔥",
        "{title}: x",
        "NEAR(a b)",
        "a" * 5000,
        "\x00",
        "-",
        "--",
        '-""',
        "^x",
        "x:y",
    ],
)
def test_bad_input_becomes_safe_expression(raw):
    parsed = parse_query(raw)
    expr = fts5_expression(parsed)
    inner = expr.replace("{title body} : ", "")
    for ch in "();'{}:^":
        inner = inner.replace("(", "").replace(")", "")
        assert ch not in inner or ch in "()"
    assert len(parsed.raw) <= 5001


def test_operators_are_words_not_syntax():
    assert parse_query("schuld AND wonen").terms == ["schuld", "wonen"]
    assert parse_query("schuld and wonen").terms == ["schuld", "and", "wonen"]


def test_long_query_is_cut_with_a_message():
    parsed = parse_query("woord " * 200)
    assert parsed.messages
    assert fts5_expression(parsed)

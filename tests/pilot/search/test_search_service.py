"""The search service against every configured engine (the contract suite).

`engine` is parametrized from what is configured: the database backend always,
Elasticsearch only when ELASTICSEARCH_URL is set. Nothing is skipped.
"""

import pytest
from search_helpers import run, titles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_engine")]


def test_title_match_ranks_above_passing_mention(make_theme, participant):
    make_theme("Kwetsbare kraamzorgvlinders", summary="Over het vlinderproject in de wijk.")
    make_theme(
        "Ander onderwerp",
        summary="Een lange tekst over buurthuizen waarin kraamzorgvlinders "
        "heel even genoemd worden tussen veel andere woorden over wijken en teams.",
    )
    resp = run(participant, "kraamzorgvlinders")
    assert titles(resp)[:2] == ["Kwetsbare kraamzorgvlinders", "Ander onderwerp"]


def test_dutch_stemming_plural_finds_singular(make_theme, participant):
    make_theme("Grip op plofschuld", summary="Samen met de plofschuld aan de slag.")
    assert "Grip op plofschuld" in titles(run(participant, "plofschulden"))
    make_theme("Minder plofproblemen", summary="Problemen voorkomen.")
    assert "Minder plofproblemen" in titles(run(participant, "plofprobleem"))


def test_phrase_and_exclusion(make_theme, participant):
    make_theme("Zorgmijder eerst", summary="Het xyzeerste xyzgesprek telt.")
    make_theme(
        "Zorgmijder later", summary="Een xyzgesprek dat niet het xyzeerste is, wel in de xyzjeugd."
    )
    both = titles(run(participant, "xyzgesprek"))
    assert {"Zorgmijder eerst", "Zorgmijder later"} <= set(both)
    assert titles(run(participant, '"xyzeerste xyzgesprek"')) == ["Zorgmijder eerst"]
    assert titles(run(participant, "xyzgesprek -xyzjeugd")) == ["Zorgmijder eerst"]


def test_tags_findable_right_after_publish_and_gone_after_unpublish(
    make_theme, participant, django_capture_on_commit_callbacks
):
    page = make_theme("Wijkpleinen", summary="Ontmoeten.", tags=["qwzbuurtkracht"])
    assert titles(run(participant, "qwzbuurtkracht")) == ["Wijkpleinen"]
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert titles(run(participant, "qwzbuurtkracht")) == []
    assert run(participant, "qwzbuurtkracht").total == 0


def test_drafts_never_found(make_theme, participant, editor):
    make_theme("Conceptthema qqdraft", summary="Nog niet klaar.", live=False)
    assert run(participant, "qqdraft").total == 0
    assert run(editor, "qqdraft").total == 0


def test_empty_query_is_a_browsable_overview(participant):
    resp = run(participant, "")
    assert resp.total > 0
    assert {f.key for f in resp.facets} >= {"type", "year"}


def test_facet_filter_and_counts_agree(make_theme, participant):
    make_theme("Facet thema zzfacet", summary="zzfacet")
    resp = run(participant, "zzfacet")
    counts = {v.value: v.count for f in resp.facets if f.key == "type" for v in f.values}
    assert counts == {"theme": resp.total}
    only = run(participant, "zzfacet", type="session")
    assert only.total == 0


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "(((",
        "schuld AND",
        "*",
        "'; DROP TABLE wagtailcore_page; --",
        "🙂🙂",
        "x" * 3000,
        'NEAR("a" "b")',
        "-",
        "title:schuld",
        "{body}: x",
        "\x00",
    ],
)
def test_bad_queries_never_fail(query, participant):
    resp = run(participant, query)
    assert resp.total >= 0


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "-1"},
        {"page": "999999999999"},
        {"sort": "drop"},
        {"theme": "not-a-number"},
        {"type": "hacker"},
        {"evidence": "onbekend"},
        {"year": "20x6"},
        {"tag": "<script>"},
    ],
)
def test_bad_parameters_give_a_message(params, participant):
    resp = run(participant, "thema", **params)
    assert resp.messages

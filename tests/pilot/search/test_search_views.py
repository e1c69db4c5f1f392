"""The search page, the JSON API and suggestions over HTTP."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_page_shows_cards_marks_and_facets(client, participant):
    client.force_login(participant)
    resp = client.get(reverse("search:search"), {"q": "schulden"})
    assert resp.status_code == 200
    html = resp.content.decode()
    assert "<mark>" in html
    assert 'data-facet="type"' in html
    assert "Schulden in beeld via de huisarts" in html


def test_user_text_is_escaped(client):
    resp = client.get(reverse("search:search"), {"q": '<script>alert(1)</script> "x'})
    assert resp.status_code == 200
    assert "<script>alert(1)</script>" not in resp.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "a" * 10000},
        {"q": "((("},
        {"page": "x"},
        {"page": "99999"},
        {"theme": "abc"},
        {"sort": "1;drop"},
        {"q": "🙂 AND *"},
        {"q": "' OR 1=1 --"},
        {"year": "-1"},
    ],
)
def test_bad_input_never_errors(client, params):
    resp = client.get(reverse("search:search"), params)
    assert resp.status_code == 200
    api = client.get(reverse("search:api"), params)
    assert api.status_code == 200


def test_unknown_facet_value_gets_a_message(client):
    resp = client.get(reverse("search:search"), {"q": "thema", "evidence": "bestaat-niet"})
    assert "genegeerd" in resp.content.decode()


def test_api_is_the_same_service(client, participant):
    client.force_login(participant)
    data = client.get(reverse("search:api"), {"q": "schulden", "type": "lesson"}).json()
    assert data["total"] >= 1
    assert {r["type"] for r in data["results"]} == {"lesson"}
    assert data["facets"]["type"]["values"][0]["value"] == "lesson"
    assert data["understood"]["terms"] == ["schulden"]


def test_api_anonymous_counts_do_not_leak_lessons(client):
    data = client.get(reverse("search:api"), {"q": "schulden", "type": "lesson"}).json()
    assert data["total"] == 0
    counts = [v["count"] for f in data["facets"].values() for v in f["values"]]
    assert counts == [0]  # only the user's own selection, counted as nothing


def test_suggestions(client, participant):
    client.force_login(participant)
    data = client.get(reverse("search:suggest"), {"q": "Schul"}).json()
    assert any("Schulden" in s["title"] for s in data["suggestions"])
    anon = client.__class__().get(reverse("search:suggest"), {"q": "Schulden in"}).json()
    assert all(s["kind"] != "lesson" for s in anon["suggestions"])


def test_rebuild_command_shows_progress_and_keeps_results(participant):
    from io import StringIO

    from django.core.management import call_command
    from search_helpers import run

    before = run(participant, "schulden").total
    out = StringIO()
    call_command("search_rebuild", stdout=out)
    text = out.getvalue()
    assert "[" in text and "100.0%" in text and "Klaar" in text
    assert run(participant, "schulden").total == before > 0


def test_database_engine_matches_the_database(db):
    """Embedded default: Wagtail's SQLite FTS5 backend plus our trigger-kept lesson rows.
    Production (DATABASE_URL=postgres://...): PostgreSQL full-text search, Dutch config."""
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    from pilot.search import lessondocs
    from pilot.search.engines.database import (
        DatabaseEngine,
        PostgresMatcher,
        SQLiteMatcher,
        sqlite_fts_active,
    )
    from pilot.search.query import parse_query
    from pilot.search.sources import sources

    backend = get_search_backend()
    pages = [s for s in sources() if s.is_page]
    matcher = DatabaseEngine().prepare(parse_query("schulden"), pages, user=None, filters={})
    if connection.vendor == "sqlite":
        assert type(backend).__module__ == "modelsearch.backends.database.sqlite.sqlite"
        assert type(backend).__name__ == "SQLiteSearchBackend"
        assert sqlite_fts_active()
        assert lessondocs.active()
        assert isinstance(matcher, SQLiteMatcher)
    else:
        assert connection.vendor == "postgresql"
        assert type(backend).__name__ == "PostgresSearchBackend"
        assert backend.config == "dutch"
        assert not sqlite_fts_active() and lessondocs.active()
        assert isinstance(matcher, PostgresMatcher)

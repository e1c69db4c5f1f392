"""Simultaneous first ballots by one voter end as exactly one ballot (real threads, real DB).

On PostgreSQL the threads share the test database directly. The in-memory SQLite
test database (shared cache) refuses concurrent writers outright, unlike the
SQLite file the platform runs on (WAL, busy timeout, IMMEDIATE transactions), so
there the race runs on a file copy of the test database, opened by each thread
with the project's own database settings.
"""

import datetime as dt
import sqlite3
import threading
from contextlib import contextmanager

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Locale, Page

from themes import services
from themes.models import Ballot, ChoiceRound, RoundState, ThemeIndexPage, ThemePage


def _profile(user):
    return {"team_id": 1, "team_name": "Testteam", "district": "Centrum"}


@pytest.fixture
def world(transactional_db):
    """Own data: this test runs on an emptied database."""
    Locale.objects.get_or_create(language_code="nl")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    programme = root.add_child(instance=Page(title="Programma", slug="programma"))
    index = programme.add_child(instance=ThemeIndexPage(title="Thema's", slug="themas"))
    themes = [
        index.add_child(instance=ThemePage(title=name, slug=name.lower(), summary=name))
        for name in ("Jeugd", "Ouderen", "Schulden")
    ]
    now = timezone.now()
    round_ = ChoiceRound.objects.create(
        programme=programme,
        opens_at=now - dt.timedelta(hours=1),
        closes_at=now + dt.timedelta(hours=1),
        state=RoundState.OPEN,
        seats=1,
    )
    round_.candidates.set(themes)
    voters = [get_user_model().objects.create_user(f"stemmer{i}") for i in range(6)]
    return round_, [t.pk for t in themes], voters


def _in_thread(fn):
    out = {}

    def run():
        try:
            out["value"] = fn()
        finally:
            connection.close()

    t = threading.Thread(target=run)
    t.start()
    t.join(timeout=30)
    return out.get("value")


@contextmanager
def _shared_database(tmp_path):
    """A database every thread really shares: the PostgreSQL test database as it is,
    or, on SQLite, a file copy of the in-memory test database."""
    if connection.vendor != "sqlite":
        yield
        return
    path = str(tmp_path / "race.sqlite3")
    connection.ensure_connection()
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    # WAL once, as the platform's own file has been since its first connection: six threads
    # switching a fresh copy's journal mode at once fail with "database is locked" (the
    # switch does not wait for the busy timeout), which the platform never meets
    target.execute("PRAGMA journal_mode=WAL")
    target.close()
    settings_dict = connections.settings["default"]
    original = settings_dict["NAME"]
    connection.close()
    settings_dict["NAME"] = path
    try:
        yield
    finally:
        settings_dict["NAME"] = original
        connection.close()


def _race(round_, ranking, voters, tmp_path, threads=6):
    """Submit from `threads` threads at once; return (errors, ballots per voter)."""
    barrier = threading.Barrier(threads)
    errors = []

    def submit(voter):
        try:
            barrier.wait(timeout=10)
            services.ballot_submit(round_id=round_.pk, voter=voter, ranking=ranking)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(repr(error))
        finally:
            connection.close()

    with _shared_database(tmp_path):
        workers = [
            threading.Thread(target=submit, args=(voters[i % len(voters)],)) for i in range(threads)
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=30)
        counts = _in_thread(
            lambda: {
                v.pk: Ballot.objects.filter(round_id=round_.pk, voter=v).count() for v in voters
            }
        )
    return errors, counts


@pytest.mark.django_db(transaction=True)
def test_simultaneous_first_ballots_of_one_voter_give_one_ballot(world, tmp_path):
    round_, ranking, voters = world
    with hooks.register_temporarily("themes_voter_profile", _profile):
        errors, counts = _race(round_, ranking, voters[:1], tmp_path)
    assert errors == []
    assert counts == {voters[0].pk: 1}


@pytest.mark.django_db(transaction=True)
def test_simultaneous_ballots_of_many_voters_are_all_kept(world, tmp_path):
    round_, ranking, voters = world
    with hooks.register_temporarily("themes_voter_profile", _profile):
        errors, counts = _race(round_, ranking, voters, tmp_path)
    assert errors == []
    assert counts == {v.pk: 1 for v in voters}

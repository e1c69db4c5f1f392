"""Helpers for session tests: fresh sessions under the demo schedule."""

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

AMS = ZoneInfo("Europe/Amsterdam")
_counter = itertools.count(1)


def make_session(index=None, *, start=None, hours=2, publish=True, **fields):
    """A live session (or draft) under the schedule page; unique slug each call."""
    from sessions.models import SessionIndexPage, SessionKind, SessionPage

    index = index or SessionIndexPage.objects.get()
    start = start or (timezone.now() + dt.timedelta(days=10)).replace(microsecond=0)
    n = next(_counter)
    defaults = {
        "title": f"Testbijeenkomst {n}",
        "slug": f"test-bijeenkomst-{n}",
        "kind": SessionKind.WORKSHOP,
        "start": start,
        "end": start + dt.timedelta(hours=hours),
        "venue_name": "Wijkcentrum Test",
        "venue_address": "Teststraat 1, Den Haag",
    }
    defaults.update(fields)
    session = SessionPage(**defaults)
    index.add_child(instance=session)
    if publish:
        session.save_revision().publish()
    return SessionPage.objects.get(pk=session.pk)


@pytest.fixture
def new_session(demo):
    return make_session

"""Every .ics is parsed back with icalendar: UID, SEQUENCE, VTIMEZONE, DST, cancellation."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.contrib.auth import get_user_model

from sessions import services
from sessions.calendar import session_ics, session_uid
from tests.sessions.conftest import make_session

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")
UTC = dt.UTC


def _event(content: bytes):
    cal = icalendar.Calendar.from_ical(content)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    return cal, events[0]


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def test_ics_has_stable_uid_timezone_and_rising_sequence(demo, client):
    session = make_session(title="Workshop schulden", online_url="https://meet.example.org/x")
    response = client.get(f"/sessies/{session.pk}/agenda.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    cal, event = _event(response.content)
    assert str(event["UID"]) == session_uid(session)
    assert event["SEQUENCE"] == 0
    assert str(event["SUMMARY"]) == "Workshop schulden"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert "meet.example.org" not in response.content.decode()  # online link: registered only
    tz = list(cal.walk("VTIMEZONE"))
    assert [str(t["TZID"]) for t in tz] == ["Europe/Amsterdam"]
    assert event.decoded("DTSTART") == session.start
    assert event.decoded("DTSTART").tzinfo.key == "Europe/Amsterdam"

    session.start += dt.timedelta(hours=1)
    session.end += dt.timedelta(hours=1)
    session.save_revision().publish()
    cal, event = _event(client.get(f"/sessies/{session.pk}/agenda.ics").content)
    assert event["SEQUENCE"] == 1
    assert str(event["UID"]) == session_uid(session)
    assert event.decoded("DTSTART") == session.start


@pytest.mark.parametrize("month, real_hours", [(10, 4), (3, 2)])
def test_sessions_across_clock_changes(demo, month, real_hours):
    """01:00-04:00 local on the night the clocks change: 4 real hours in October
    (02:00-03:00 happens twice), 2 in March (02:00-03:00 does not exist)."""
    day = _last_sunday(2027, month)
    start = dt.datetime.combine(day, dt.time(1, 0), tzinfo=AMS)
    end = dt.datetime.combine(day, dt.time(4, 0), tzinfo=AMS)
    session = make_session(start=start, end=end, title="Nachtelijke bijeenkomst")
    cal, event = _event(session_ics(session))
    parsed_start, parsed_end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert parsed_start.astimezone(UTC) == start.astimezone(UTC)
    assert parsed_end.astimezone(UTC) == end.astimezone(UTC)
    assert parsed_end.astimezone(UTC) - parsed_start.astimezone(UTC) == dt.timedelta(
        hours=real_hours
    )
    assert (parsed_start.hour, parsed_end.hour) == (1, 4)
    vtz = next(iter(cal.walk("VTIMEZONE")))
    kinds = {c.name for c in vtz.subcomponents}
    assert kinds == {"STANDARD", "DAYLIGHT"}
    # the VTIMEZONE itself must describe that night's change
    offsets = {(c.name, c["TZOFFSETTO"].td) for c in vtz.subcomponents}
    assert ("STANDARD", dt.timedelta(hours=1)) in offsets
    assert ("DAYLIGHT", dt.timedelta(hours=2)) in offsets


def test_cancelled_session_ics(demo):
    session = make_session()
    session.cancelled = True
    session.cancel_reason = "Te weinig aanmeldingen"
    session.save_revision().publish()
    cal, event = _event(session_ics(session))
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(cal["METHOD"]) == "CANCEL"
    assert event["SEQUENCE"] == 1


def test_personal_feed_and_revocation(demo, client):
    user = get_user_model().objects.create_user("feed-user", password="x" * 12)
    mine = make_session(title="Mijn workshop", online_url="https://meet.example.org/mijn")
    make_session(title="Andermans workshop")
    services.registration_create(session=mine, user=user)
    token = services.feed_token_get(user=user).token
    response = client.get(f"/mijn-sessies/agenda/{token}.ics")
    assert response.status_code == 200
    cal = icalendar.Calendar.from_ical(response.content)
    events = list(cal.walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == ["Mijn workshop"]
    assert "meet.example.org/mijn" in str(events[0]["DESCRIPTION"])
    assert list(cal.walk("VTIMEZONE"))

    client.force_login(user)
    client.post("/mijn-sessies/nieuwe-link/")
    assert client.get(f"/mijn-sessies/agenda/{token}.ics").status_code == 404
    new = services.feed_token_get(user=user).token
    assert new != token
    assert client.get(f"/mijn-sessies/agenda/{new}.ics").status_code == 200


def test_unknown_session_ics_is_404(demo, client):
    assert client.get("/sessies/999999/agenda.ics").status_code == 404

"""iCalendar output: one file per session and a personal subscription feed.

Times are written in Europe/Amsterdam with a VTIMEZONE, so calendar apps place
them right on both sides of a daylight-saving change. The UID never changes;
SEQUENCE comes from CalendarState and rises on every published change.
"""

import datetime as dt
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags

AMS = ZoneInfo("Europe/Amsterdam")
PRODID = "-//Samen Werken//Bijeenkomsten//NL"


def session_uid(session) -> str:
    domain = getattr(settings, "PILOT_CALENDAR_DOMAIN", "samenwerken.local")
    return f"session-{session.pk}@{domain}"


def _location(session) -> str:
    return ", ".join(p for p in (session.venue_name, session.venue_address) if p)


def session_event(
    session, *, sequence: int, include_online: bool, base_url: str = ""
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", session_uid(session))
    event.add("sequence", sequence)
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("dtstart", session.start.astimezone(AMS))
    event.add("dtend", session.end.astimezone(AMS))
    event.add("summary", session.title)
    description = strip_tags(session.description or "").strip()
    if include_online and session.online_url:
        description = f"{description}\n\nOnline: {session.online_url}".strip()
        event.add("url", session.online_url)
    elif base_url and session.url:
        event.add("url", base_url + session.url)
    if description:
        event.add("description", description)
    location = _location(session)
    if location:
        event.add("location", location)
    if session.cancelled:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    return event


def build_calendar(events: list[icalendar.Event], *, name: str, cancel: bool = False) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "CANCEL" if cancel else "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    for event in events:
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def sequence_of(session) -> int:
    from sessions.models import CalendarState

    state = CalendarState.objects.filter(session_id=session.pk).first()
    return state.sequence if state else 0


def session_ics(session, *, include_online: bool = False, base_url: str = "") -> bytes:
    """The .ics of one session (a cancelled one carries STATUS:CANCELLED)."""
    event = session_event(
        session, sequence=sequence_of(session), include_online=include_online, base_url=base_url
    )
    return build_calendar([event], name=session.title, cancel=session.cancelled)


def feed_ics(sessions, *, sequences: dict[int, int], name: str) -> bytes:
    """A personal feed: the sessions a person is registered for (online links included)."""
    events = [
        session_event(s, sequence=sequences.get(s.pk, 0), include_online=True) for s in sessions
    ]
    return build_calendar(events, name=name)


def add_to_calendar_links(session) -> dict[str, str]:
    """Links for web calendars that cannot open an .ics file."""
    fmt = "%Y%m%dT%H%M%SZ"
    start_utc = session.start.astimezone(dt.UTC)
    end_utc = session.end.astimezone(dt.UTC)
    location = _location(session)
    google = "https://calendar.google.com/calendar/render?" + urlencode(
        {
            "action": "TEMPLATE",
            "text": session.title,
            "dates": f"{start_utc.strftime(fmt)}/{end_utc.strftime(fmt)}",
            "location": location,
            "ctz": "Europe/Amsterdam",
        }
    )
    outlook = "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(
        {
            "subject": session.title,
            "startdt": session.start.astimezone(AMS).isoformat(),
            "enddt": session.end.astimezone(AMS).isoformat(),
            "location": location,
            "path": "/calendar/action/compose",
            "rru": "addevent",
        }
    )
    return {"google": google, "outlook": outlook}

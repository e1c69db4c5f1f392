"""Reads for the programme page."""

from typing import Any

from django.utils import timezone

from pilot.programme.models import ProgrammePage, Team
from themes.page_sections import page_sections


def programme_timeline(*, programme: ProgrammePage) -> list[dict[str, Any]]:
    """The programme's phases from kick-off to closing, past and upcoming.

    Derived from the live sessions below the programme when there are any;
    the planned phases fill in what has no session yet.
    """
    from sessions.selectors import sessions_for_programme

    now = timezone.now()
    today = timezone.localdate()
    items: list[dict[str, Any]] = []
    session_kinds = set()
    for session in sessions_for_programme(programme):
        session_kinds.add(session.kind)
        items.append(
            {
                "title": session.title,
                "when": session.start,
                "date": timezone.localtime(session.start).date(),
                "kind": session.get_kind_display(),
                "url": session.url,
                "is_past": session.end < now,
                "session": session,
            }
        )
    for phase in programme.phases.all():
        if phase.planned_date and any(i["date"] == phase.planned_date for i in items):
            continue
        items.append(
            {
                "title": phase.title,
                "when": None,
                "date": phase.planned_date,
                "planned": phase.planned,
                "kind": "",
                "url": "",
                "is_past": bool(phase.planned_date and phase.planned_date < today),
                "description": phase.description,
            }
        )
    items.sort(key=lambda i: (i["date"] is None, i["date"] or today))
    return items


def programme_overview(*, programme: ProgrammePage, request) -> dict[str, Any]:
    """Everything the programme page shows: timeline, sections, team count.

    Other apps add sections (e.g. the kick-off result) through the
    `page_sections` hook.
    """
    sections = page_sections(programme, request)
    children = programme.get_children().live().specific()
    return {
        "timeline": programme_timeline(programme=programme),
        "sections": sections,
        "child_pages": list(children),
        "team_count": Team.objects.filter(is_active=True).count(),
    }

"""Reads for the session schedule."""

from typing import Any

from django.utils import timezone

from sessions.models import SessionPage


def session_schedule(*, index_page, user) -> dict[str, Any]:
    """Upcoming and past sessions under a schedule page."""
    now = timezone.now()
    sessions = SessionPage.objects.child_of(index_page).live().order_by("start")
    return {
        "upcoming": [s for s in sessions if s.end >= now],
        "past": [s for s in sessions if s.end < now][::-1],
    }


def sessions_for_programme(programme) -> list[SessionPage]:
    """Every live session below a programme page, in time order."""
    return list(SessionPage.objects.descendant_of(programme).live().order_by("start"))

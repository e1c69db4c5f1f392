"""Reads for the home page."""

from typing import Any

from django.utils import timezone

from pilot.programme.models import ProgrammePage
from sessions.models import SessionPage
from themes.models import ThemePage


def home_overview(*, home, user) -> dict[str, Any]:
    """The programme(s), the themes and the next sessions under the home page."""
    programmes = ProgrammePage.objects.live().descendant_of(home).order_by("-start_date")
    themes = ThemePage.objects.live().descendant_of(home).order_by("title")[:8]
    upcoming = (
        SessionPage.objects.live()
        .descendant_of(home)
        .filter(end__gte=timezone.now())
        .order_by("start")[:4]
    )
    return {
        "programmes": list(programmes),
        "themes": list(themes),
        "upcoming_sessions": list(upcoming),
    }

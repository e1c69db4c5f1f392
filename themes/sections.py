"""The choice round's section on its programme page (registered as a `page_sections` hook)."""

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from themes.models import ChoiceRound, RoundState, ThemeIndexPage, ThemePage
from themes.roles import is_facilitator
from themes.selectors import result_view, rounds_for_programme


def choice_round_section(page, request) -> dict[str, Any] | None:
    """Open rounds with a "Stem nu" call to action, and the latest published result.

    Only rounds whose programme is this very page (`round.programme_id == page.pk`).
    """
    rounds = rounds_for_programme(programme_id=page.pk)
    user = getattr(request, "user", None)
    can_manage = is_facilitator(user)
    if not rounds and not (can_manage and ThemeIndexPage.objects.child_of(page).exists()):
        return None
    now = timezone.now()
    open_rounds = [r for r in rounds if r.is_accepting_ballots(now)]
    upcoming = [r for r in rounds if r.state == RoundState.OPEN and now < r.opens_at]
    published = next((r for r in rounds if r.state == RoundState.PUBLISHED), None)
    awaiting = [
        r
        for r in rounds
        if r.state == RoundState.CLOSED or (r.state == RoundState.OPEN and r.closes_at <= now)
    ]
    return {
        "title": _("Keuzeronde: thema's en pilotgroep"),
        "template": "themes/sections/choice_round.html",
        "order": 20,
        "programme": page,
        "open_rounds": open_rounds,
        "awaiting": awaiting,
        "upcoming": upcoming,
        "published": published,
        "result": result_view(round_=published) if published else None,
        "can_manage": can_manage,
    }


def theme_outcome_section(page, request) -> dict[str, Any] | None:
    """On a theme page: how the theme fared in published choice rounds (totals only)."""
    if not isinstance(page, ThemePage):
        return None
    outcomes = []
    for round_ in ChoiceRound.objects.filter(candidates=page, state=RoundState.PUBLISHED):
        result = round_.result or {}
        chosen = [str(t) for t in result.get("chosen", [])]
        key = str(page.pk)
        outcomes.append(
            {
                "round": round_,
                "position": chosen.index(key) + 1 if key in chosen else None,
                "first": result.get("count", {}).get("first_preferences", {}).get(key, 0),
                "ballots": result.get("count", {}).get("ballot_count", 0),
            }
        )
    if not outcomes:
        return None
    return {
        "title": _("Keuze bij de kick-off"),
        "template": "themes/sections/theme_outcome.html",
        "order": 5,
        "outcomes": outcomes,
    }

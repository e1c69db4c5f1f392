"""Reads for theme pages and the pilot group."""

from typing import Any

from themes.models import PilotGroupMember, ThemePage
from themes.page_sections import page_sections


def theme_detail(*, theme: ThemePage, request) -> dict[str, Any]:
    """What a theme page shows beside its own fields: leads, members, sections."""
    leads = [lead.user for lead in theme.leads.select_related("user")]
    members = [m.user for m in PilotGroupMember.objects.filter(theme=theme).select_related("user")]
    return {"leads": leads, "members": members, "sections": page_sections(theme, request)}


def pilot_group_user_ids(*, programme_id: int) -> set[int]:
    """Ids of the users in a programme's pilot group."""
    return set(
        PilotGroupMember.objects.filter(programme_id=programme_id).values_list("user_id", flat=True)
    )


def member_theme_ids(*, user) -> set[int]:
    """The theme pages a user works on as a pilot-group member."""
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(
        PilotGroupMember.objects.filter(user=user, theme__isnull=False).values_list(
            "theme_id", flat=True
        )
    )

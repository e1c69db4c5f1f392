"""Reads for theme pages."""

from typing import Any

from themes.models import ThemePage


def theme_detail(*, theme: ThemePage, user) -> dict[str, Any]:
    """What a theme page shows beside its own fields.

    Other apps (sessions, lessons, discussion) add their parts through the
    `theme_page_sections` hook, so themes never imports them.
    """
    from wagtail import hooks

    sections = []
    for fn in hooks.get_hooks("theme_page_sections"):
        section = fn(theme=theme, user=user)
        if section:
            sections.append(section)
    leads = [lead.user for lead in theme.leads.select_related("user")]
    return {"leads": leads, "sections": sections}

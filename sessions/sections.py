"""Sections this app adds to other apps' pages through the `page_sections` hook."""

from django.utils.translation import gettext as _


def theme_sessions_section(page, request):
    """A theme page shows the theme's upcoming sessions."""
    from sessions.selectors import upcoming_for_theme
    from themes.models import ThemePage

    if not isinstance(page, ThemePage):
        return None
    sessions = upcoming_for_theme(theme=page)
    if not sessions:
        return None
    return {
        "title": _("Komende bijeenkomsten"),
        "template": "meetings/sections/theme_sessions.html",
        "order": 20,
        "sessions": sessions,
    }

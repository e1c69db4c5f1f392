"""Template tags a host's base template can use: the notifications item in the navigation.

    {% load discussion_tags %}{% discussion_notifications_nav %}

renders `<li><a href="/discussie/meldingen/">Meldingen <count></a></li>` for
logged-in users (nothing for anonymous ones), so the host needs no settings.
"""

from typing import Any

from django import template

from pilot.discussion.selectors import unread_notification_count

register = template.Library()


@register.inclusion_tag("discussion/notifications_nav_item.html", takes_context=True)
def discussion_notifications_nav(context: template.Context) -> dict[str, Any]:
    """The nav item with the unread count: one COUNT query per page, only when logged in."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    if not getattr(user, "is_authenticated", False):
        return {"show": False}
    match = getattr(request, "resolver_match", None)
    return {
        "show": True,
        "count": unread_notification_count(user),
        "current": bool(match and match.view_name == "pilot:discussion:notifications"),
    }


@register.simple_tag(takes_context=True)
def discussion_unread_count(context: template.Context) -> int:
    """The bare number, for hosts that draw their own link."""
    request = context.get("request")
    return unread_notification_count(getattr(request, "user", None) or context.get("user"))

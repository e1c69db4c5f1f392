"""Who may read what: the search service filters by the requesting user's rights.

Wagtail's `.public()` hides every restricted page, even from people allowed to
see it, so restrictions are evaluated here per user.
"""

from __future__ import annotations

import contextlib

from django.db.models import Q
from wagtail.models import PageViewRestriction

from pilot.roles import is_professional


def _passes(restriction: PageViewRestriction, user) -> bool:
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return bool(getattr(user, "is_authenticated", False))
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        if not getattr(user, "is_authenticated", False):
            return False
        if user.is_superuser:
            return True
        wanted = {g.pk for g in restriction.groups.all()}
        return bool(wanted.intersection(user.groups.values_list("pk", flat=True)))
    return False  # passwords live in the session of one page view: never in search


def hidden_paths(user) -> list[str]:
    """Tree paths of restricted sections the user may not open (cached on the user object)."""
    cached = getattr(user, "_pilot_search_hidden_paths", None)
    if cached is not None:
        return cached
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    paths = sorted({r.page.path for r in restrictions if not _passes(r, user)})
    with contextlib.suppress(AttributeError):  # exotic user objects
        user._pilot_search_hidden_paths = paths
    return paths


def readable_pages_q(user, prefix: str = "", paths: list[str] | None = None) -> Q:
    """A Q for live pages the user may open; `prefix` points at a Page relation."""
    q = Q(**{f"{prefix}live": True})
    for path in hidden_paths(user) if paths is None else paths:
        q &= ~Q(**{f"{prefix}path__startswith": path})
    return q


def may_read_lessons(user) -> bool:
    """Lessons are for logged-in people in a platform role."""
    return is_professional(user)

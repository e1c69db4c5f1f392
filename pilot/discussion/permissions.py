"""Who may read, post in and moderate threads; checked on every subscribe and write."""

from django.conf import settings
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction

from pilot import roles

DEFAULT_PAGE_TYPES = ("themes.themepage", "meetings.sessionpage", "lessons.caselessonpage")


def thread_page_types() -> set[str]:
    return set(getattr(settings, "PILOT_DISCUSSION_PAGE_TYPES", DEFAULT_PAGE_TYPES))


def page_has_thread(page: Page) -> bool:
    """Threads exist on lessons, themes and sessions (by content type, no imports upwards)."""
    model = page.specific_class
    return model is not None and model._meta.label_lower in thread_page_types()


def may_read(user, page: Page) -> bool:
    """A platform account that passes the page's own view restrictions (checked per call)."""
    if not page.live or not roles.is_professional(user):
        return False
    for restriction in page.get_view_restrictions():
        kind = restriction.restriction_type
        if kind == PageViewRestriction.LOGIN:
            continue
        if kind == PageViewRestriction.GROUPS:
            if user.is_superuser:
                continue
            allowed = set(restriction.groups.values_list("pk", flat=True))
            if not allowed.intersection(user.groups.values_list("pk", flat=True)):
                return False
        else:  # password-protected pages have no thread: a socket has no password session
            return False
    # apps with their own read rules (e.g. lessons whose consent reaches only the pilot)
    return all(fn(page, user) is not False for fn in hooks.get_hooks("discussion_page_readable"))


def may_post(user) -> bool:
    return roles.is_participant(user)


def is_moderator(user) -> bool:
    return roles.is_editor(user)

"""Wiring only: the thread as a section on lessons, themes and sessions; admin menu link."""

from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pilot.discussion.client_strings import client_strings
from pilot.discussion.permissions import is_moderator, may_post, may_read, page_has_thread
from pilot.discussion.selectors import thread_render
from pilot.discussion.services import max_length


@hooks.register("page_sections")
def discussion_section(page, request):
    if not page_has_thread(page):
        return None
    user = request.user
    section = {
        "title": _("Discussie"),
        "template": "discussion/thread_section.html",
        "order": 90,
        "page_id": page.pk,
        "last_seq": 0,
        "messages": [],
        "login_url": resolve_url(settings.LOGIN_URL),  # the host's login, whatever it is
    }
    if user.is_authenticated:
        if not may_read(user, page):
            return None
        rendered = thread_render(page=page, user=user)
        section.update(
            messages=rendered["messages"],
            last_seq=rendered["last_seq"],
            can_post=may_post(user),
            moderator=is_moderator(user),
            max_length=max_length(),
            ws_path="/ws/threads/",
            mentions_url=reverse("pilot:discussion:mentions"),
            moderation_url=reverse("pilot:discussion:moderation"),
            strings=client_strings(),
        )
    return section


@hooks.register("discussion_page_readable")
def lesson_readable(page, user) -> bool | None:
    """Case lessons have read rules beyond view restrictions (consent scope)."""
    if page.specific_class is None or page.specific_class._meta.label_lower != (
        "lessons.caselessonpage"
    ):
        return None
    from pilot.lessons.access import lesson_readable_by

    return lesson_readable_by(user, page.specific)


class ModerationMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return is_moderator(request.user)


@hooks.register("register_admin_menu_item")
def moderation_menu_item():
    return ModerationMenuItem(
        _("Moderatie discussies"),
        reverse("pilot:discussion:moderation"),
        icon_name="comment",
        order=260,
    )

"""Wiring of the sessions app into Wagtail."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.signals import page_published

from sessions import admin_views
from sessions.demo import load_demo_sessions
from sessions.models import SessionPage
from sessions.sections import theme_sessions_section
from themes.roles import is_facilitator

hooks.register("load_demo_content", load_demo_sessions, order=10)
hooks.register("page_sections", theme_sessions_section)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("bijeenkomsten/agenda/", admin_views.agenda, name="meetings_admin_agenda"),
        path(
            "bijeenkomsten/<int:pk>/dupliceren/",
            admin_views.duplicate,
            name="meetings_admin_duplicate",
        ),
    ]


class FacilitatorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_facilitator(request.user)


@hooks.register("register_admin_menu_item")
def register_agenda_menu_item():
    return FacilitatorMenuItem(
        _("Agenda bijeenkomsten"), reverse("meetings_admin_agenda"), icon_name="date", order=250
    )


@hooks.register("after_publish_page")
def warn_about_conflicts(request, page):
    """Tell the facilitator at once when a published session double-books someone."""
    from django.contrib import messages

    from sessions.selectors import conflicts_for

    if isinstance(page.specific, SessionPage):
        for warning in conflicts_for(session=page.specific):
            messages.warning(request, warning)


def _on_publish(sender, instance, **kwargs):
    from sessions.services import session_published

    session_published(session=instance)


page_published.connect(_on_publish, sender=SessionPage, dispatch_uid="meetings_session_published")

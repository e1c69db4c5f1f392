"""Wiring of case lessons into Wagtail: admin URLs, editor assets, log actions, the gate's
friendly refusals, bulk publish, explorer filtering, attachments' access and chooser, a
section on theme pages, demo content."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from pilot.lessons import admin_urls
from pilot.lessons.bulk_actions import LessonAwarePublishBulkAction
from pilot.lessons.demo import load_demo_lessons
from pilot.lessons.models import CaseLessonPage, LessonIndexPage


@hooks.register("register_admin_urls")
def register_lesson_admin_urls():
    return [path("casuslessen/", include(admin_urls, namespace="lessons_admin"))]


@hooks.register("insert_global_admin_css")
def lesson_editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("lessons/editor.css"))


@hooks.register("register_log_actions")
def register_lesson_log_actions(actions):
    actions.register_action(
        "lessons.dismiss_finding",
        gettext_lazy("Vondst afgewezen"),
        gettext_lazy("Vondst afgewezen als geen persoonsgegeven"),
    )
    actions.register_action(
        "lessons.replace_finding",
        gettext_lazy("Vondst vervangen"),
        gettext_lazy("Vondst vervangen door een plaatshouder"),
    )

    @actions.register_action("lessons.scheduled_publish_refused")
    class ScheduledPublishRefused(LogFormatter):
        label = gettext_lazy("Geplande publicatie geweigerd")

        def format_message(self, log_entry):
            reasons = " ".join((log_entry.data or {}).get("reasons") or [])
            return _("Geplande publicatie geweigerd door de publicatiecontrole: %(reasons)s") % {
                "reasons": reasons
            }


def _refusal(request, page, revision):
    from pilot.lessons.gate import publish_problems

    problems = publish_problems(revision.as_object(), revision)
    if not problems:
        return None
    messages.error(
        request,
        _("“%(title)s” is niet gepubliceerd: %(problems)s")
        % {"title": page.get_admin_display_title(), "problems": " ".join(problems)},
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


@hooks.register("before_publish_page")
def refuse_unready_lesson(request, page):
    """The edit view's publish button: a clear message instead of the model's refusal."""
    if isinstance(page.specific_deferred, CaseLessonPage):
        revision = page.get_latest_revision()
        if revision is not None:
            return _refusal(request, page, revision)
    return None


# After Wagtail's own page publish action (order 0): the registry keeps the last one.
hooks.register("register_bulk_action", LessonAwarePublishBulkAction, order=100)


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_unready_lessons(request, action_type, objects, action_class_instance):
    """Fallback for a publish action other than ours: refuse the batch with a message."""
    if action_type != "publish" or isinstance(action_class_instance, LessonAwarePublishBulkAction):
        return None
    for obj in objects:
        specific = getattr(obj, "specific_deferred", obj)
        if isinstance(specific, CaseLessonPage):
            revision = obj.get_latest_revision()
            if revision is None:
                continue
            response = _refusal(request, obj, revision)
            if response is not None:
                return response
    return None


@hooks.register("construct_explorer_page_queryset")
def hide_other_peoples_lesson_drafts(parent_page, pages, request):
    from pilot import roles
    from pilot.lessons.selectors import lesson_drafts_filter

    if isinstance(parent_page.specific_deferred, LessonIndexPage) and not roles.is_editor(
        request.user
    ):
        pages = pages.filter(lesson_drafts_filter(request.user))
    return pages


@hooks.register("before_serve_document")
def guard_lesson_attachments(document, request):
    from pilot.lessons.access import guard_document_request

    return guard_document_request(document, request)


@hooks.register("construct_document_chooser_queryset")
def lesson_attachments_in_chooser(documents, request):
    from pilot.lessons.selectors import chooser_documents

    return chooser_documents(documents, request.user)


@hooks.register("page_sections")
def lessons_on_theme_page(page, request):
    from pilot.lessons.selectors import lessons_for_theme
    from themes.models import ThemePage

    if not isinstance(page, ThemePage) or request is None:
        return None
    lessons = lessons_for_theme(theme=page, user=request.user)
    if not lessons:
        return None
    return {
        "title": _("Casuslessen bij dit thema"),
        "template": "lessons/theme_lessons_section.html",
        "order": 40,
        "lessons": lessons,
    }


hooks.register("load_demo_content", load_demo_lessons, order=20)

"""Wiring of case lessons into Wagtail: admin URLs, editor assets, log actions, the gate's
friendly refusals, explorer filtering, a section on theme pages, demo content."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks

from pilot.lessons import admin_urls
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


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_unready_lessons(request, action_type, objects, action_class_instance):
    if action_type != "publish":
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

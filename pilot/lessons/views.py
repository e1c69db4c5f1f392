"""Admin views for the editor: one-click replace/dismiss of a finding, and the gate status."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from pilot.lessons import services
from pilot.lessons.findings import scan_lesson
from pilot.lessons.gate import approval_problems, lesson_authors, publish_problems
from pilot.lessons.models import CaseLessonPage


def _lesson_for_editor(request, page_id: int) -> CaseLessonPage:
    lesson = get_object_or_404(CaseLessonPage, pk=page_id)
    if not lesson.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return lesson


def _message_for(error: ValidationError) -> str:
    return " ".join(str(m) for m in error.messages)


@require_POST
def finding_action(request, page_id: int):
    """Handles the buttons under each field (they submit the edit form here)."""
    lesson = _lesson_for_editor(request, page_id)
    edit_url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    action, _sep, key = (request.POST.get("lesson_finding_action") or "").partition(":")
    if action not in {"replace", "dismiss"} or not key or len(key) > 64:
        messages.error(request, _("Onbekende actie op een vondst; er is niets veranderd."))
        return redirect(edit_url)
    try:
        if action == "replace":
            services.finding_replace(lesson=lesson, key=key, user=request.user)
            messages.success(
                request, _("De vondst is vervangen; er is een nieuwe versie opgeslagen.")
            )
        else:
            reason = request.POST.get(f"lesson_dismiss_reason_{key}", "")
            services.finding_dismiss(lesson=lesson, key=key, reason=reason, user=request.user)
            messages.success(request, _("De vondst is afgewezen als geen persoonsgegeven."))
    except PermissionDenied:
        messages.error(
            request,
            _("U kunt deze les nu niet wijzigen (bijvoorbeeld omdat ze beoordeeld wordt)."),
        )
    except ValidationError as error:
        messages.error(request, _message_for(error))
    return redirect(edit_url)


@require_GET
def gate_status(request, page_id: int):
    """What a lesson still needs before it can be approved and published."""
    lesson = _lesson_for_editor(request, page_id)
    draft = lesson.get_latest_revision_as_object()
    revision = lesson.get_latest_revision()
    is_author = request.user.pk in lesson_authors(draft)
    context = {
        "lesson": lesson,
        "findings": [f for f in scan_lesson(draft) if not f.dismissed],
        "approval_problems": approval_problems(draft, approver=request.user),
        "publish_problems": publish_problems(draft, revision),
        "is_author": is_author,
        "edit_url": reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
    }
    return TemplateResponse(request, "lessons/admin/gate_status.html", context)

"""Facilitator tools in the Wagtail admin: the agenda and duplicating a session."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sessions import services
from sessions.models import SessionPage
from sessions.selectors import facilitator_agenda
from themes.roles import is_facilitator


def _check(request) -> None:
    if not is_facilitator(request.user):
        raise PermissionDenied


def agenda(request):
    _check(request)
    return TemplateResponse(request, "meetings/admin/agenda.html", {"rows": facilitator_agenda()})


@require_POST
def duplicate(request, pk: int):
    _check(request)
    session = get_object_or_404(SessionPage, pk=pk)
    if not session.get_parent().permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    copy = services.session_duplicate(session=session, user=request.user)
    messages.success(request, _("Kopie gemaakt als concept: pas datum en tijd aan."))
    return redirect(reverse("wagtailadmin_pages:edit", args=[copy.pk]))

"""The thread without JavaScript: plain POST forms that call the same services.

Every view redirects back to the page's thread with a Dutch message; a refusal
is a message too, never an error page. The notifications page lists where the
user was @mentioned.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from pilot import roles
from pilot.discussion import selectors, services
from pilot.discussion.events import display_name
from pilot.discussion.forms import MessageForm, ModerateForm, ReportForm
from pilot.discussion.models import Message, MessageStatus
from pilot.discussion.permissions import is_moderator
from pilot.discussion.services import DiscussionError


def _back(request: HttpRequest, page: Page | None, anchor: str = "discussie") -> HttpResponse:
    target = request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
        target = ""
    if not target:
        target = (page.url if page is not None else None) or "/"
    return HttpResponseRedirect(f"{target.split('#')[0]}#{anchor}")


def _page_of_message(message_id: int) -> Page | None:
    if not 0 < message_id <= services.MAX_ID:
        return None
    return Page.objects.filter(discussion_thread__messages__pk=message_id).first()


def _held_notice(request: HttpRequest, message: Message) -> None:
    found = ", ".join(f"“{f['text']}” ({f['label']})" for f in message.findings)
    messages.warning(
        request,
        _(
            "Uw bericht is tegengehouden: het lijkt persoonsgegevens te bevatten (%(found)s). "
            "Pas het aan, of leg het voor aan de redactie als het geen persoonsgegevens zijn."
        )
        % {"found": found},
    )


@login_required
@require_POST
def post_message(request: HttpRequest, page_id: int) -> HttpResponse:
    page = Page.objects.filter(pk=page_id).first() if page_id <= services.MAX_ID else None
    form = MessageForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Schrijf eerst een bericht."))
        return _back(request, page)
    try:
        message = services.message_post(
            user=request.user,
            page_id=page_id,
            body=form.cleaned_data["body"],
            parent_id=form.cleaned_data["parent_id"],
        )
    except DiscussionError as exc:
        messages.error(request, exc.message)
        return _back(request, page)
    if message.status == MessageStatus.HELD:
        _held_notice(request, message)
    else:
        messages.success(request, _("Uw bericht is geplaatst."))
    return _back(request, page, f"bericht-{message.pk}")


def _message_action(request: HttpRequest, message_id: int, action, success: str) -> HttpResponse:
    page = _page_of_message(message_id)
    try:
        message = action()
    except DiscussionError as exc:
        messages.error(request, exc.message)
        return _back(request, page)
    if message.status == MessageStatus.HELD:
        _held_notice(request, message)
    else:
        messages.success(request, success)
    return _back(request, page, f"bericht-{message.pk}")


@login_required
@require_POST
def edit_message(request: HttpRequest, message_id: int) -> HttpResponse:
    form = MessageForm(request.POST)
    body = form.data.get("body", "")
    return _message_action(
        request,
        message_id,
        lambda: services.message_edit(user=request.user, message_id=message_id, body=body),
        _("Uw bericht is bewerkt."),
    )


@login_required
@require_POST
def delete_message(request: HttpRequest, message_id: int) -> HttpResponse:
    return _message_action(
        request,
        message_id,
        lambda: services.message_delete(user=request.user, message_id=message_id),
        _("Het bericht is verwijderd."),
    )


@login_required
@require_POST
def insist_message(request: HttpRequest, message_id: int) -> HttpResponse:
    return _message_action(
        request,
        message_id,
        lambda: services.message_insist(user=request.user, message_id=message_id),
        _("Uw bericht is voorgelegd aan de redactie. Anderen zien het pas na goedkeuring."),
    )


@login_required
@require_POST
def report_message(request: HttpRequest, message_id: int) -> HttpResponse:
    form = ReportForm(request.POST)
    reason = form.data.get("reason", "")
    return _message_action(
        request,
        message_id,
        lambda: services.message_report(user=request.user, message_id=message_id, reason=reason),
        _("Bedankt, uw melding is ontvangen."),
    )


@login_required
@require_POST
def moderate_message(request: HttpRequest, message_id: int) -> HttpResponse:
    form = ModerateForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Onbekende moderatie-actie."))
        return _back(request, _page_of_message(message_id))
    return _message_action(
        request,
        message_id,
        lambda: services.message_moderate(
            user=request.user,
            message_id=message_id,
            action=form.cleaned_data["action"],
            reason=form.cleaned_data["reason"],
        ),
        _("De moderatie is opgeslagen."),
    )


@login_required
def moderation_queue(request: HttpRequest) -> HttpResponse:
    """Messages waiting for the redactie: pending review, reported or hidden."""
    if not is_moderator(request.user):
        messages.error(request, _("Alleen de redactie kan berichten modereren."))
        return HttpResponseRedirect("/")
    from pilot.discussion.selectors import moderation_items

    return render(request, "discussion/moderation.html", moderation_items())


@login_required
@require_GET
def mention_candidates(request: HttpRequest) -> JsonResponse:
    """Autocomplete for @mentions: people in a platform role whose name starts like q."""
    if not roles.is_professional(request.user):
        return JsonResponse({"results": [], "error": _("Geen toegang.")}, status=403)
    q = (request.GET.get("q") or "").strip()[:50]
    if not q:
        return JsonResponse({"results": []})
    from django.db.models import Q

    users = (
        get_user_model()
        .objects.filter(groups__name__in=roles.ALL_GROUPS, is_active=True)
        .filter(
            Q(username__istartswith=q) | Q(first_name__istartswith=q) | Q(last_name__istartswith=q)
        )
        .distinct()
        .order_by("username")[:8]
    )
    return JsonResponse(
        {"results": [{"username": u.get_username(), "name": display_name(u)} for u in users]}
    )


# --- notifications -----------------------------------------------------------


@login_required
@require_GET
def notifications(request: HttpRequest) -> HttpResponse:
    """The user's @mentions, newest first; a bad ?page= shows the nearest valid page."""
    paginator = Paginator(
        selectors.notifications_for(user=request.user), selectors.notifications_per_page()
    )
    page_obj = paginator.get_page(request.GET.get("page"))
    items = selectors.notification_views(user=request.user, notifications=page_obj.object_list)
    return render(
        request,
        "discussion/notifications.html",
        {
            "page_obj": page_obj,
            "items": items,
            "unread_count": selectors.unread_notification_count(request.user),
        },
    )


def _notifications_url(request: HttpRequest) -> str:
    url = reverse("pilot:discussion:notifications")
    page = request.POST.get("page", "")
    return f"{url}?page={page}" if page.isdigit() and len(page) < 10 else url


@login_required
@require_POST
def open_notification(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Mark the notification read and go to the message, if the user may still read it."""
    try:
        notification = services.notification_mark_read(
            user=request.user, notification_id=notification_id
        )
    except DiscussionError as exc:
        messages.error(request, exc.message)
        return HttpResponseRedirect(_notifications_url(request))
    target = selectors.notification_target(user=request.user, notification=notification)
    if target is None:
        messages.warning(request, _("U kunt dit bericht niet meer lezen."))
        return HttpResponseRedirect(_notifications_url(request))
    return HttpResponseRedirect(target)


@login_required
@require_POST
def read_all_notifications(request: HttpRequest) -> HttpResponse:
    count = services.notifications_mark_all_read(user=request.user)
    if count:
        messages.success(
            request,
            ngettext(
                "%(n)d melding als gelezen gemarkeerd.",
                "%(n)d meldingen als gelezen gemarkeerd.",
                count,
            )
            % {"n": count},
        )
    else:
        messages.info(request, _("U had geen ongelezen meldingen."))
    return HttpResponseRedirect(_notifications_url(request))

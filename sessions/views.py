"""Front-end views: register, cancel, calendar files and feeds, my sessions, check-in, CSV."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sessions import services
from sessions.calendar import feed_ics, session_ics
from sessions.models import CalendarFeedToken, RegistrationStatus, SessionPage
from sessions.selectors import attendees, feed_sessions, my_sessions
from themes.roles import is_facilitator


def _live_session(pk: int) -> SessionPage:
    return get_object_or_404(SessionPage.objects.live(), pk=pk)


def _back(session: SessionPage):
    return redirect(session.url or "/")


@require_POST
@login_required
def register(request, pk: int):
    session = _live_session(pk)
    try:
        registration = services.registration_create(session=session, user=request.user)
    except services.RegistrationError as exc:
        messages.error(request, exc.message)
    else:
        if registration.status == RegistrationStatus.WAITLISTED:
            messages.warning(request, _("De bijeenkomst is vol: u staat op de wachtlijst."))
        else:
            messages.success(request, _("U bent aangemeld. U krijgt een bevestiging per mail."))
    return _back(session)


@require_POST
@login_required
def cancel(request, pk: int):
    session = _live_session(pk)
    try:
        services.registration_cancel(session=session, user=request.user)
    except services.RegistrationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("U bent afgemeld."))
    nxt = request.POST.get("next", "")
    if nxt.startswith("/") and not nxt.startswith("//"):
        return redirect(nxt)
    return _back(session)


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def session_calendar(request, pk: int):
    """The session's .ics; the online link only for registered people and facilitators."""
    session = _live_session(pk)
    include_online = is_facilitator(request.user) or (
        request.user.is_authenticated
        and session.registrations.filter(
            user=request.user,
            status__in=[RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED],
        ).exists()
    )
    base = request.build_absolute_uri("/").rstrip("/")
    content = session_ics(session, include_online=include_online, base_url=base)
    return _ics_response(content, f"{slugify(session.title) or 'bijeenkomst'}.ics")


@require_GET
def feed(request, token: str):
    """A personal subscription feed; the token in the URL is the only key."""
    owner = CalendarFeedToken.objects.filter(token=token).select_related("user").first()
    if owner is None or not owner.user.is_active:
        raise Http404(_("Deze agenda-link bestaat niet (meer)."))
    sessions, sequences = feed_sessions(user=owner.user)
    content = feed_ics(sessions, sequences=sequences, name=_("Mijn sessies – Samen Werken"))
    return HttpResponse(content, content_type="text/calendar; charset=utf-8")


@login_required
def my_sessions_view(request):
    token = services.feed_token_get(user=request.user)
    feed_url = request.build_absolute_uri(f"/mijn-sessies/agenda/{token.token}.ics")
    context = {
        **my_sessions(user=request.user),
        "feed_url": feed_url,
        "webcal_url": "webcal://" + feed_url.split("://", 1)[1],
    }
    return render(request, "meetings/my_sessions.html", context)


@require_POST
@login_required
def feed_rotate(request):
    services.feed_token_rotate(user=request.user)
    messages.success(request, _("U heeft een nieuwe agenda-link. De oude link werkt niet meer."))
    return redirect("meetings:my_sessions")


def _facilitator_only(request) -> None:
    if not is_facilitator(request.user):
        raise PermissionDenied(_("Alleen facilitatoren kunnen deelnemersgegevens zien."))


@login_required
@require_http_methods(["GET", "POST"])
def checkin(request, pk: int):
    """A printable check-in list where facilitators tick who came."""
    _facilitator_only(request)
    session = get_object_or_404(SessionPage, pk=pk)
    if request.method == "POST":
        try:
            ids = {int(v) for v in request.POST.getlist("attended")}
        except ValueError:
            messages.error(request, _("Ongeldige keuze in de presentielijst."))
            return redirect("meetings:checkin", pk=pk)
        present = services.attendance_mark(session=session, attended_user_ids=ids)
        messages.success(request, _("Presentie opgeslagen: %(n)d aanwezig.") % {"n": present})
        return redirect("meetings:checkin", pk=pk)
    people = attendees(session=session)
    return render(
        request,
        "meetings/checkin.html",
        {
            "session": session,
            "seated": [r for r in people if r.status != RegistrationStatus.WAITLISTED],
            "waiting": [r for r in people if r.status == RegistrationStatus.WAITLISTED],
            "printed_at": timezone.now(),
        },
    )


def _cell(value: str) -> str:
    """Neutralise spreadsheet formulas in names people typed themselves."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


@login_required
@require_GET
def export_csv(request, pk: int):
    _facilitator_only(request)
    session = get_object_or_404(SessionPage, pk=pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = slugify(session.title) or "bijeenkomst"
    response["Content-Disposition"] = f'attachment; filename="deelnemers-{name}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 with a BOM
    writer = csv.writer(response, delimiter=";")
    writer.writerow([_("Naam"), _("Gebruikersnaam"), _("E-mail"), _("Status"), _("Aangemeld op")])
    for r in attendees(session=session):
        writer.writerow(
            [
                _cell(r.user.get_full_name()),
                _cell(r.user.get_username()),
                _cell(r.user.email),
                r.get_status_display(),
                timezone.localtime(r.created_at).strftime("%d-%m-%Y %H:%M"),
            ]
        )
    return response

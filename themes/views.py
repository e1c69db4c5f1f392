"""Front-end pages of the choice round: ballot, result, and the facilitator's pages.

Views only translate HTTP to services and selectors; refusals are Dutch messages.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from themes import selectors, services
from themes.forms import AdjustForm, BallotForm, RoundCreateForm
from themes.models import ChoiceRound, RoundState
from themes.roles import is_facilitator
from themes.voters import voter_profile


def _forbidden(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "themes/forbidden.html", {"message": message}, status=403)


def _facilitators_only(request: HttpRequest) -> HttpResponse | None:
    if not is_facilitator(request.user):
        return _forbidden(
            request, _("Alleen facilitatoren kunnen keuzerondes openen, sluiten en publiceren.")
        )
    return None


def _candidates(round_: ChoiceRound) -> list:
    # every candidate, live or not: the service requires the full ranking of all of them
    return list(round_.candidates.order_by("title", "pk"))


@login_required
def round_vote(request: HttpRequest, pk: int) -> HttpResponse:
    """The ballot: rank every candidate theme and perhaps volunteer."""
    round_ = get_object_or_404(ChoiceRound.objects.exclude(state=RoundState.DRAFT), pk=pk)
    profile = voter_profile(request.user)
    ballot = selectors.ballot_for(round_=round_, user=request.user)
    candidates = _candidates(round_)
    status = 200
    if request.method == "POST":
        form = BallotForm(request.POST, candidates=candidates)
        if profile is None:
            form.is_valid()
            form.add_error(
                None,
                _(
                    "Alleen leden van de wijkteams kunnen stemmen; uw account hoort niet bij een team."
                ),
            )
        elif form.is_valid():
            try:
                _ballot, created = services.ballot_submit(
                    round_id=round_.pk,
                    voter=request.user,
                    ranking=form.cleaned_data["ranking"],
                    volunteer=form.cleaned_data["volunteer"],
                    volunteer_themes=form.cleaned_data["volunteer_themes"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("Uw stem is opgeslagen. U kunt hem wijzigen tot de ronde sluit.")
                    if created
                    else _("Uw stem is gewijzigd."),
                )
                return redirect("themes:round_vote", pk=round_.pk)
        status = 400
    else:
        form = BallotForm(initial=BallotForm.initial_for(ballot), candidates=candidates)
    return render(
        request,
        "themes/round_vote.html",
        {
            "round": round_,
            "form": form,
            "ballot": ballot,
            "profile": profile,
            "accepting": round_.is_accepting_ballots(),
            "now": timezone.now(),
            "can_manage": is_facilitator(request.user),
            "rank_fields": [form[name] for name in form.rank_fields],
        },
        status=status,
    )


def round_result(request: HttpRequest, pk: int) -> HttpResponse:
    """The published result with the explanation of the count (facilitators: also before)."""
    round_ = get_object_or_404(ChoiceRound, pk=pk)
    visible = round_.state == RoundState.PUBLISHED or (
        round_.state == RoundState.CLOSED and is_facilitator(request.user)
    )
    if not visible:
        return render(
            request,
            "themes/forbidden.html",
            {"message": _("De uitslag van deze keuzeronde is nog niet gepubliceerd.")},
            status=404,
        )
    return render(
        request,
        "themes/round_result.html",
        {"round": round_, "result": selectors.result_view(round_=round_)},
    )


@login_required
def round_manage(request: HttpRequest, pk: int) -> HttpResponse:
    """The facilitator's page: turnout while open; review, adjust and publish after closing."""
    if denied := _facilitators_only(request):
        return denied
    round_ = get_object_or_404(ChoiceRound, pk=pk)
    context = {
        "round": round_,
        "turnout": selectors.round_turnout(round_=round_),
        "result": selectors.result_view(round_=round_),
        "is_past_closing": round_.closes_at <= timezone.now(),
    }
    if round_.state == RoundState.CLOSED:
        volunteers = selectors.round_volunteers(round_=round_)
        context["adjust_form"] = AdjustForm(round_=round_, volunteers=volunteers)
    if round_.state == RoundState.PUBLISHED:
        context["mails"] = selectors.result_mail_progress(round_=round_)
    return render(request, "themes/round_manage.html", context)


def _run(request: HttpRequest, pk: int, action, success: str, **kwargs) -> HttpResponse:
    if denied := _facilitators_only(request):
        return denied
    get_object_or_404(ChoiceRound, pk=pk)
    try:
        action(round_id=pk, user=request.user, **kwargs)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, success)
    return redirect("themes:round_manage", pk=pk)


@login_required
@require_POST
def round_close(request: HttpRequest, pk: int) -> HttpResponse:
    return _run(
        request,
        pk,
        services.round_close,
        _("De keuzeronde is gesloten en geteld. Controleer de pilotgroep en publiceer de uitslag."),
    )


@login_required
@require_POST
def round_open(request: HttpRequest, pk: int) -> HttpResponse:
    return _run(request, pk, services.round_open, _("De keuzeronde is geopend."))


@login_required
@require_POST
def round_publish(request: HttpRequest, pk: int) -> HttpResponse:
    return _run(
        request,
        pk,
        services.round_publish,
        _("De uitslag is gepubliceerd; alle stemmers krijgen een bericht."),
    )


@login_required
@require_POST
def round_mails_resend(request: HttpRequest, pk: int) -> HttpResponse:
    return _run(
        request,
        pk,
        services.result_mails_resend,
        _("Wie het bericht over de uitslag nog niet kreeg, krijgt het alsnog."),
    )


@login_required
@require_POST
def round_adjust(request: HttpRequest, pk: int) -> HttpResponse:
    if denied := _facilitators_only(request):
        return denied
    round_ = get_object_or_404(ChoiceRound, pk=pk)
    if round_.state != RoundState.CLOSED:
        messages.error(
            request,
            _("De pilotgroep kan alleen worden aangepast na het sluiten en vóór publicatie."),
        )
        return redirect("themes:round_manage", pk=pk)
    form = AdjustForm(
        request.POST, round_=round_, volunteers=selectors.round_volunteers(round_=round_)
    )
    if not form.is_valid():
        messages.error(
            request, _("Kies bij elke vrijwilliger een gekozen thema of 'niet in de pilotgroep'.")
        )
        return redirect("themes:round_manage", pk=pk)
    return _run(
        request,
        pk,
        services.round_adjust,
        _("De pilotgroep is aangepast."),
        assignments=form.assignments(),
    )


@login_required
def round_create(request: HttpRequest) -> HttpResponse:
    """Open a new round for a programme."""
    if denied := _facilitators_only(request):
        return denied
    status = 200
    if request.method == "POST":
        form = RoundCreateForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                round_ = services.round_create(
                    user=request.user,
                    programme=data["programme_page"],
                    candidates=list(data["candidates"]),
                    title=data["title"],
                    seats=data["seats"],
                    group_size=data["group_size"],
                    max_per_team=data["max_per_team"],
                    one_per_district=data["one_per_district"],
                    opens_at=data["opens_at"],
                    closes_at=data["closes_at"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("De keuzeronde is geopend."))
                return redirect(reverse("themes:round_manage", args=[round_.pk]))
        status = 400
    else:
        initial = {}
        if request.GET.get("programma", "").isdigit():
            initial["programme"] = int(request.GET["programma"])
        form = RoundCreateForm(initial=initial)
    return render(request, "themes/round_create.html", {"form": form}, status=status)

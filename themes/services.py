"""Writes of the themes app: opening, voting in, closing and publishing a choice round.

Every function is transactional and refuses bad input with a Dutch
`ValidationError`; nothing is stored then. Mail goes out on commit, the
result mail as a background task in batches (`result_mails_send`).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from themes.counting import count_stv
from themes.models import (
    Ballot,
    ChoiceRound,
    PilotGroupMember,
    ResultMail,
    ResultMailStatus,
    RoundState,
    ThemePage,
)
from themes.roles import is_facilitator
from themes.selection import Volunteer, select_pilot_group
from themes.voters import voter_profile

logger = logging.getLogger(__name__)


def _require_facilitator(user) -> None:
    if not is_facilitator(user):
        raise ValidationError(
            _("Alleen facilitatoren kunnen een keuzeronde openen, sluiten of publiceren."),
            code="forbidden",
        )


def _locked(round_id: int) -> ChoiceRound:
    try:
        return ChoiceRound.objects.select_for_update().get(pk=round_id)
    except ChoiceRound.DoesNotExist:
        raise ValidationError(_("Deze keuzeronde bestaat niet (meer)."), code="missing")


def round_create(
    *,
    user,
    programme: Page,
    candidates: Sequence[ThemePage],
    opens_at: dt.datetime,
    closes_at: dt.datetime,
    title: str = "",
    seats: int = 4,
    group_size: int = 20,
    max_per_team: int | None = 2,
    one_per_district: bool = True,
    open_now: bool = True,
) -> ChoiceRound:
    """Open (or draft) a choice round for a programme."""
    _require_facilitator(user)
    candidates = list(candidates)
    if len(candidates) < 2:
        raise ValidationError(_("Kies minstens twee kandidaat-thema's."), code="candidates")
    if seats < 1 or seats > len(candidates):
        raise ValidationError(
            _("Het aantal te kiezen thema's moet tussen 1 en het aantal kandidaten liggen."),
            code="seats",
        )
    if closes_at <= opens_at:
        raise ValidationError(_("De sluitingstijd moet na de openingstijd liggen."), code="times")
    with transaction.atomic():
        round_ = ChoiceRound.objects.create(
            programme=programme,
            title=title or _("Keuzeronde kick-off"),
            seats=seats,
            group_size=group_size,
            max_per_team=max_per_team,
            one_per_district=one_per_district,
            opens_at=opens_at,
            closes_at=closes_at,
            state=RoundState.OPEN if open_now else RoundState.DRAFT,
        )
        round_.candidates.set(candidates)
    return round_


def validate_ranking(ranking: Sequence[int], candidate_ids: Iterable[int]) -> list[int]:
    """A complete ranking: every candidate exactly once. Returns it as ints."""
    candidates = set(candidate_ids)
    try:
        ranking = [int(x) for x in ranking]
    except (TypeError, ValueError):
        raise ValidationError(_("De rangorde bevat iets anders dan thema's."), code="invalid")
    unknown = [x for x in ranking if x not in candidates]
    if unknown:
        raise ValidationError(
            _("De rangorde bevat een thema dat niet in deze keuzeronde staat."), code="unknown"
        )
    repeated = [x for x, n in Counter(ranking).items() if n > 1]
    if repeated:
        titles = ", ".join(
            ThemePage.objects.filter(pk__in=repeated)
            .order_by("title")
            .values_list("title", flat=True)
        )
        raise ValidationError(
            _("U heeft %(titles)s meer dan eens gekozen. Kies elk thema precies één keer.")
            % {"titles": titles},
            code="duplicate",
        )
    missing = len(candidates) - len(ranking)
    if missing:
        raise ValidationError(
            _("Zet alle %(total)d thema's in een volgorde: er ontbreken er nog %(missing)d.")
            % {"total": len(candidates), "missing": missing},
            code="incomplete",
        )
    return ranking


def ballot_submit(
    *,
    round_id: int,
    voter,
    ranking: Sequence[int],
    volunteer: bool = False,
    volunteer_themes: Sequence[int] = (),
    now: dt.datetime | None = None,
) -> tuple[Ballot, bool]:
    """Cast or replace a voter's ballot; returns (ballot, created).

    The round row is locked for the write, so a ballot never slips in after the
    count; the unique (round, voter) constraint plus a retry makes two
    simultaneous first submissions end as one ballot.
    """
    profile = voter_profile(voter)
    if profile is None:
        raise ValidationError(
            _("Alleen leden van de wijkteams kunnen stemmen; uw account hoort niet bij een team."),
            code="not_a_member",
        )
    with transaction.atomic():
        round_ = _locked(round_id)
        if not round_.is_accepting_ballots(now):
            if round_.state == RoundState.DRAFT or (now or timezone.now()) < round_.opens_at:
                message = _("Deze keuzeronde is nog niet geopend.")
            else:
                message = _("Deze keuzeronde is gesloten: stemmen of wijzigen kan niet meer.")
            raise ValidationError(message, code="closed")
        candidate_ids = list(round_.candidates.values_list("pk", flat=True))
        ranking = validate_ranking(ranking, candidate_ids)
        try:
            wanted = sorted({int(x) for x in volunteer_themes})
        except (TypeError, ValueError):
            raise ValidationError(_("Kies alleen thema's uit de lijst."), code="invalid")
        if not set(wanted) <= set(candidate_ids):
            raise ValidationError(_("Kies alleen thema's uit de lijst."), code="unknown")
        fields: dict[str, Any] = {
            "ranking": ranking,
            "volunteer": bool(volunteer),
            "volunteer_themes": wanted if volunteer else [],
            "team_key": str(profile["team_id"]),
            "team_name": profile["team_name"],
            "district_key": profile.get("district") or "",
        }
        updated = Ballot.objects.filter(round=round_, voter=voter).update(
            updated_at=timezone.now(), **fields
        )
        if updated:
            return Ballot.objects.get(round=round_, voter=voter), False
        try:
            with transaction.atomic():
                return Ballot.objects.create(round=round_, voter=voter, **fields), True
        except IntegrityError:
            Ballot.objects.filter(round=round_, voter=voter).update(**fields)
            return Ballot.objects.get(round=round_, voter=voter), False


def count_round(round_: ChoiceRound) -> dict[str, Any]:
    """Count the ballots and form the pilot group; a JSON snapshot (two queries + names)."""
    candidates = list(round_.candidates.order_by("title", "pk").values_list("pk", "title"))
    order = [pk for pk, _title in candidates]
    rows = list(
        Ballot.objects.filter(round=round_).values_list(
            "voter_id",
            "ranking",
            "volunteer",
            "volunteer_themes",
            "team_key",
            "team_name",
            "district_key",
        )
    )
    stv = count_stv((row[1] for row in rows), order, round_.seats)
    volunteers = [
        Volunteer(voter=row[0], team=row[4], district=row[6], themes=frozenset(row[3]))
        for row in rows
        if row[2]
    ]
    selection = select_pilot_group(
        volunteers,
        stv.elected,
        group_size=round_.group_size,
        max_per_team=round_.max_per_team,
        one_per_district=round_.one_per_district,
        seed=f"round-{round_.pk}",
    )
    info = {row[0]: row for row in rows}
    names = _names(selection.members)
    members = [
        {
            "voter": voter,
            "name": names.get(voter, ""),
            "team": info[voter][5],
            "district": info[voter][6],
            "theme": theme,
            "against_wish": voter in selection.against_wish,
            "district_pick": voter in selection.district_picks,
        }
        for voter, theme in selection.members.items()
    ]
    return {
        "titles": {str(pk): title for pk, title in candidates},
        "count": stv.to_json(key=str),
        "chosen": stv.elected,
        "group": {
            "members": members,
            "volunteers": len(volunteers),
            "target": round_.group_size,
            "seed": f"round-{round_.pk}",
            "adjusted": False,
        },
        "turnout": dict(Counter(row[5] for row in rows)),
        "warnings": group_warnings(round_, members, len(volunteers), stv.elected),
    }


def _names(voter_ids: Iterable[int]) -> dict[int, str]:
    users = get_user_model().objects.filter(pk__in=list(voter_ids))
    return {u.pk: u.get_full_name() or u.get_username() for u in users}


def group_warnings(
    round_: ChoiceRound, members: list[dict], volunteer_count: int, chosen: Sequence[int]
) -> list[str]:
    """Where the group departs from the round's rules (shown to the facilitator)."""
    warnings = []
    if len(members) < round_.group_size:
        warnings.append(
            _(
                "De pilotgroep telt %(n)d leden in plaats van %(size)d: er waren te weinig "
                "geschikte vrijwilligers (%(v)d)."
            )
            % {"n": len(members), "size": round_.group_size, "v": volunteer_count}
        )
    elif len(members) > round_.group_size:
        warnings.append(
            _("De pilotgroep telt %(n)d leden, meer dan de afgesproken %(size)d.")
            % {"n": len(members), "size": round_.group_size}
        )
    if round_.max_per_team:
        for team, n in Counter(m["team"] for m in members).items():
            if n > round_.max_per_team:
                warnings.append(
                    _("Team %(team)s heeft %(n)d leden; het maximum is %(max)d.")
                    % {"team": team, "n": n, "max": round_.max_per_team}
                )
    sizes = Counter(m["theme"] for m in members)
    if members and chosen:
        counts = [sizes.get(t, 0) for t in chosen]
        if max(counts) - min(counts) > 1:
            warnings.append(_("De themagroepen verschillen meer dan één lid in grootte."))
    return warnings


def round_open(*, round_id: int, user) -> ChoiceRound:
    """Open a drafted round."""
    _require_facilitator(user)
    with transaction.atomic():
        round_ = _locked(round_id)
        if round_.state != RoundState.DRAFT:
            raise ValidationError(_("Deze keuzeronde is al geopend."), code="state")
        round_.state = RoundState.OPEN
        round_.save(update_fields=["state"])
    return round_


def round_close(*, round_id: int, user, now: dt.datetime | None = None) -> ChoiceRound:
    """Close the round, count the ballots and propose the pilot group."""
    _require_facilitator(user)
    with transaction.atomic():
        round_ = _locked(round_id)
        if round_.state in (RoundState.CLOSED, RoundState.PUBLISHED):
            raise ValidationError(
                _("Deze keuzeronde is al gesloten; de stemmen zijn al geteld."), code="closed"
            )
        if round_.state == RoundState.DRAFT:
            raise ValidationError(_("Deze keuzeronde is nog niet geopend."), code="state")
        round_.result = count_round(round_)
        round_.state = RoundState.CLOSED
        round_.counted_at = now or timezone.now()
        round_.save(update_fields=["result", "state", "counted_at"])
    return round_


def round_adjust(*, round_id: int, user, assignments: dict[int, int | None]) -> ChoiceRound:
    """The facilitator's changes to the proposed group: voter -> theme, or None to remove.

    Only volunteers of this round can be added, only to a chosen theme.
    """
    _require_facilitator(user)
    with transaction.atomic():
        round_ = _locked(round_id)
        if round_.state != RoundState.CLOSED:
            raise ValidationError(
                _("De pilotgroep kan alleen worden aangepast na het sluiten en vóór publicatie."),
                code="state",
            )
        result = round_.result
        chosen = set(result["chosen"])
        members = {m["voter"]: m for m in result["group"]["members"]}
        volunteers = {
            row[0]: row
            for row in Ballot.objects.filter(round=round_, volunteer=True).values_list(
                "voter_id", "team_name", "district_key", "volunteer_themes"
            )
        }
        new_ids = [v for v, t in assignments.items() if t is not None and v not in members]
        names = _names(new_ids)
        for voter, theme in assignments.items():
            if theme is None:
                members.pop(voter, None)
                continue
            if theme not in chosen:
                raise ValidationError(_("Kies een van de gekozen thema's."), code="theme")
            if voter not in volunteers:
                raise ValidationError(
                    _("Alleen vrijwilligers uit deze keuzeronde kunnen in de pilotgroep."),
                    code="not_volunteer",
                )
            _vid, team, district, wanted = volunteers[voter]
            entry = members.get(voter) or {
                "voter": voter,
                "name": names.get(voter, ""),
                "team": team,
                "district": district,
                "district_pick": False,
            }
            entry["theme"] = theme
            entry["against_wish"] = bool(wanted) and theme not in wanted
            members[voter] = entry
        result["group"]["members"] = list(members.values())
        result["group"]["adjusted"] = True
        result["warnings"] = group_warnings(
            round_, result["group"]["members"], len(volunteers), result["chosen"]
        )
        round_.result = result
        round_.save(update_fields=["result"])
    return round_


def round_publish(*, round_id: int, user) -> ChoiceRound:
    """Publish the result: the pilot group of the programme, and a mail to every voter.

    Members who came from an earlier publication of this round and are no
    longer in it are removed; members added by other means stay. The mails are
    a background task enqueued on commit (`themes.tasks.send_result_mails`), so
    the request does not wait for thousands of them.
    """
    _require_facilitator(user)
    with transaction.atomic():
        round_ = _locked(round_id)
        if round_.state == RoundState.PUBLISHED:
            raise ValidationError(
                _("De uitslag van deze keuzeronde is al gepubliceerd."), code="published"
            )
        if round_.state != RoundState.CLOSED:
            raise ValidationError(
                _("Sluit de keuzeronde eerst; dan worden de stemmen geteld."), code="state"
            )
        members = round_.result["group"]["members"]
        keep = [m["voter"] for m in members]
        PilotGroupMember.objects.filter(round=round_).exclude(user_id__in=keep).delete()
        for m in members:
            PilotGroupMember.objects.update_or_create(
                programme_id=round_.programme_id,
                user_id=m["voter"],
                defaults={"theme_id": m["theme"], "round": round_},
            )
        round_.state = RoundState.PUBLISHED
        round_.published_at = timezone.now()
        round_.save(update_fields=["state", "published_at"])
        _enqueue_result_mails(round_.pk)
    return round_


def result_mails_resend(*, round_id: int, user) -> None:
    """Send the result mail again to voters whose mail failed or who have none yet.

    Voters who have it are never mailed twice: the task skips them.
    """
    _require_facilitator(user)
    with transaction.atomic():
        round_ = _locked(round_id)
        if round_.state != RoundState.PUBLISHED:
            raise ValidationError(
                _("Er gaan pas berichten uit als de uitslag is gepubliceerd."), code="state"
            )
        _enqueue_result_mails(round_.pk)


def _enqueue_result_mails(round_id: int) -> None:
    from themes.tasks import send_result_mails

    transaction.on_commit(lambda: send_result_mails.enqueue(round_id=round_id))


RESULT_MAIL_BATCH = 200


def result_mails_send(*, round_id: int, batch_size: int = RESULT_MAIL_BATCH) -> dict[str, int]:
    """Mail the result to every voter who has not had it, in batches; returns the counts.

    Per batch: claim the voters (one `ResultMail` row each, unique per round),
    send over one mail connection, then mark each row sent or failed. A failing
    address is logged and marked; the others go on. Running this again, or
    twice at once, mails nobody twice; it retries only the failed ones.
    """
    round_ = ChoiceRound.objects.select_related("programme").filter(pk=round_id).first()
    totals = {"sent": 0, "failed": 0}
    if round_ is None or round_.state != RoundState.PUBLISHED:
        return totals
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = _result_mail(round_)
    token = uuid.uuid4().hex
    after = 0
    while True:
        wanted = _unmailed_voters(round_, after=after, limit=batch_size)
        if not wanted:
            return totals
        after = wanted[-1]
        claimed = _claim(round_, wanted, token)
        sent, failed, broken = _send_batch(claimed, subject, body)
        now = timezone.now()
        ResultMail.objects.filter(round=round_, claim=token, voter_id__in=sent).update(
            status=ResultMailStatus.SENT, error="", updated_at=now
        )
        for voter_id, error in failed.items():
            ResultMail.objects.filter(round=round_, claim=token, voter_id=voter_id).update(
                status=ResultMailStatus.FAILED, error=error[:255], updated_at=now
            )
        totals["sent"] += len(sent)
        totals["failed"] += len(failed)
        if broken:
            # No connection to the mail server: the rest waits for the next run.
            return totals


def _result_mail(round_: ChoiceRound) -> tuple[str, str]:
    """Subject and body, the same for everyone: the outcome, never how anybody voted."""
    result = round_.result
    chosen = ", ".join(result["titles"][str(t)] for t in result["chosen"])
    url = round_.programme.full_url or ""
    subject = _("Uitslag: %(title)s") % {"title": round_.title}
    body = _(
        "De uitslag van %(title)s is bekend.\n\nGekozen thema's: %(chosen)s.\n"
        "De pilotgroep telt %(n)d leden.\n\nBekijk de uitslag en de uitleg van de telling: %(url)s\n"
    ) % {"title": round_.title, "chosen": chosen, "n": len(result["group"]["members"]), "url": url}
    return subject, body


def _unmailed_voters(round_: ChoiceRound, *, after: int, limit: int) -> list[int]:
    """Voter ids above `after` with an address and no mail sent or under way, in order."""
    handled = ResultMail.objects.filter(
        round=round_,
        voter=OuterRef("voter_id"),
        status__in=[ResultMailStatus.SENT, ResultMailStatus.SENDING],
    )
    return list(
        Ballot.objects.filter(round=round_, voter_id__gt=after)
        .exclude(voter__email="")
        .filter(~Exists(handled))
        .order_by("voter_id")
        .values_list("voter_id", flat=True)[:limit]
    )


def _claim(round_: ChoiceRound, voter_ids: list[int], token: str) -> list[tuple[int, str]]:
    """Make the rows of these voters ours (new, or failed before); (voter, address) pairs.

    A voter another run claimed first keeps that run's row and is left out here.
    """
    with transaction.atomic():
        ResultMail.objects.filter(
            round=round_, voter_id__in=voter_ids, status=ResultMailStatus.FAILED
        ).update(
            status=ResultMailStatus.SENDING,
            claim=token,
            attempts=F("attempts") + 1,
            updated_at=timezone.now(),
        )
        ResultMail.objects.bulk_create(
            [ResultMail(round=round_, voter_id=v, claim=token) for v in voter_ids],
            ignore_conflicts=True,
        )
    return list(
        ResultMail.objects.filter(
            round=round_, voter_id__in=voter_ids, claim=token, status=ResultMailStatus.SENDING
        )
        .order_by("voter_id")
        .values_list("voter_id", "voter__email")
    )


def _send_batch(
    claimed: list[tuple[int, str]], subject: str, body: str
) -> tuple[list[int], dict[int, str], bool]:
    """Send over one connection; returns (sent ids, {failed id: error}, connection lost).

    Each message is its own `send_messages` call on the open connection, because
    a batch call stops at the first failure without saying which mails went out.
    After a failure the connection is reopened (the server may have dropped it);
    if it cannot be (re)opened, the rest of the batch counts as failed.
    """
    sent: list[int] = []
    failed: dict[int, str] = {}
    if not claimed:
        return sent, failed, False
    connection = get_connection()
    try:
        connection.open()
    except Exception as exc:  # any backend error: the batch waits for a retry
        logger.error("Uitslagmail: geen verbinding met de mailserver: %s", exc)
        return sent, {v: _describe(exc) for v, _email in claimed}, True
    try:
        for i, (voter_id, email) in enumerate(claimed):
            message = EmailMessage(subject, body, None, [email], connection=connection)
            try:
                if connection.send_messages([message]) != 1:
                    raise RuntimeError("not sent")
            except Exception as exc:  # one bad address must not stop the rest
                logger.warning("Uitslagmail aan stemmer %s mislukt: %s", voter_id, exc)
                failed[voter_id] = _describe(exc)
                try:
                    connection.close()
                    connection.open()
                except Exception as again:
                    logger.error("Uitslagmail: verbinding met de mailserver verloren: %s", again)
                    failed.update({v: _describe(again) for v, _e in claimed[i + 1 :]})
                    return sent, failed, True
            else:
                sent.append(voter_id)
    finally:
        connection.close()
    return sent, failed, False


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:255]

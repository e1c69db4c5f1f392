"""Reads for theme pages and the pilot group."""

import datetime as dt
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from themes.models import (
    Ballot,
    ChoiceRound,
    PilotGroupMember,
    ResultMail,
    ResultMailStatus,
    RoundState,
    ThemePage,
)
from themes.page_sections import page_sections


def theme_detail(*, theme: ThemePage, request) -> dict[str, Any]:
    """What a theme page shows beside its own fields: leads, members, sections."""
    leads = [lead.user for lead in theme.leads.select_related("user")]
    members = [m.user for m in PilotGroupMember.objects.filter(theme=theme).select_related("user")]
    return {"leads": leads, "members": members, "sections": page_sections(theme, request)}


def pilot_group_user_ids(*, programme_id: int) -> set[int]:
    """Ids of the users in a programme's pilot group."""
    return set(
        PilotGroupMember.objects.filter(programme_id=programme_id).values_list("user_id", flat=True)
    )


def member_theme_ids(*, user) -> set[int]:
    """The theme pages a user works on as a pilot-group member."""
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(
        PilotGroupMember.objects.filter(user=user, theme__isnull=False).values_list(
            "theme_id", flat=True
        )
    )


def rounds_for_programme(*, programme_id: int) -> list[ChoiceRound]:
    """The visible (not drafted) rounds of a programme, newest first, in one query."""
    return list(
        ChoiceRound.objects.filter(programme_id=programme_id).exclude(state=RoundState.DRAFT)
    )


def electorate() -> list[dict[str, Any]] | None:
    """Every team that may vote, with its size, from the optional `themes_electorate` hook.

    The hook is `fn() -> [{"team_id", "team_name", "district", "members"}]`; without
    it turnout shows ballots per team that voted, without percentages.
    """
    for fn in hooks.get_hooks("themes_electorate"):
        teams = fn()
        if teams is not None:
            return list(teams)
    return None


def round_turnout(*, round_: ChoiceRound) -> dict[str, Any]:
    """Ballots per team so far (counts only: ballots are secret), one query plus the hook."""
    rows = (
        Ballot.objects.filter(round=round_)
        .values("team_key", "team_name")
        .annotate(n=Count("pk"), volunteers=Count("pk", filter=Q(volunteer=True)))
        .order_by("team_name")
    )
    counted = {
        r["team_key"]: {"team": r["team_name"], "ballots": r["n"], "volunteers": r["volunteers"]}
        for r in rows
    }
    teams_known = electorate()
    if teams_known is not None:
        for team in teams_known:
            entry = counted.setdefault(
                str(team["team_id"]), {"team": team["team_name"], "ballots": 0, "volunteers": 0}
            )
            entry["members"] = team["members"]
    teams = sorted(counted.values(), key=lambda t: t["team"])
    top = max((t["ballots"] for t in teams), default=0)
    for t in teams:
        if t.get("members"):
            t["percent"] = min(100, round(100 * t["ballots"] / t["members"]))
        else:
            t["percent"] = round(100 * t["ballots"] / top) if top else 0
    members = sum(t.get("members", 0) for t in teams)
    total = sum(t["ballots"] for t in teams)
    return {
        "teams": teams,
        "total": total,
        "volunteers": sum(t["volunteers"] for t in teams),
        "electorate": members or None,
        "percent": round(100 * total / members) if members else None,
    }


def ballot_for(*, round_: ChoiceRound, user) -> Ballot | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Ballot.objects.filter(round=round_, voter=user).first()


RULE_LABELS = {
    "lookback": _("de stand in de meest recente eerdere ronde waarin zij verschilden"),
    "borda": _("de Borda-score over alle stembiljetten"),
    "order": _("de vaste volgorde van de thema's (alfabetisch op titel)"),
}


def result_view(*, round_: ChoiceRound) -> dict[str, Any] | None:
    """The stored result, shaped for templates: chart rows, count rounds, ties, groups."""
    result = round_.result
    if not result:
        return None
    titles = result["titles"]
    count = result["count"]
    chosen = [str(t) for t in result["chosen"]]
    first = count["first_preferences"]
    top = max(first.values(), default=0) or 1
    chart = sorted(
        (
            {
                "title": titles[key],
                "first": first.get(key, 0),
                "borda": count["borda"].get(key, 0),
                "elected": key in chosen,
                "position": chosen.index(key) + 1 if key in chosen else None,
                "percent": round(100 * first.get(key, 0) / top),
                "share": round(100 * first.get(key, 0) / (count["ballot_count"] or 1)),
            }
            for key in count["candidates"]
        ),
        key=lambda row: (-row["first"], row["title"]),
    )
    steps = []
    ties = []
    for r in count["rounds"]:
        names = ", ".join(titles[c] for c in r["candidates"])
        step = {
            "number": r["number"],
            "action": r["action"],
            "names": names,
            "transfer_value": r["transfer_value"],
            "tallies": [
                {"title": titles[c], "votes": v}
                for c, v in sorted(r["tallies"].items(), key=lambda i: -i[1])
            ],
        }
        if r["tie"]:
            tie = {
                "round": r["number"],
                "purpose": r["tie"]["purpose"],
                "tied": ", ".join(titles[c] for c in r["tie"]["tied"]),
                "chosen": titles[r["tie"]["chosen"]],
                "rule": RULE_LABELS.get(r["tie"]["rule"], r["tie"]["rule"]),
            }
            step["tie"] = tie
            ties.append(tie)
        steps.append(step)
    members = sorted(result["group"]["members"], key=lambda m: (m["name"], m["voter"]))
    groups = [
        {
            "theme_id": int(key),
            "title": titles[key],
            "members": [m for m in members if str(m["theme"]) == key],
        }
        for key in chosen
    ]
    return {
        "chosen_titles": [titles[c] for c in chosen],
        "chart": chart,
        "steps": steps,
        "ties": ties,
        "quota": count["quota"],
        "ballot_count": count["ballot_count"],
        "seats": count["seats"],
        "groups": groups,
        "members": members,
        "group_size": len(members),
        "group_target": result["group"]["target"],
        "volunteers": result["group"]["volunteers"],
        "adjusted": result["group"].get("adjusted", False),
        "warnings": result.get("warnings", []),
    }


def round_volunteers(*, round_: ChoiceRound) -> list[dict[str, Any]]:
    """The volunteers of a round with their team (for the facilitator's review; no rankings)."""
    ballots = (
        Ballot.objects.filter(round=round_, volunteer=True)
        .select_related("voter")
        .order_by("team_name", "voter__last_name", "voter_id")
    )
    return [
        {
            "voter": b.voter_id,
            "name": b.voter.get_full_name() or b.voter.get_username(),
            "team": b.team_name,
            "district": b.district_key,
            "themes": b.volunteer_themes,
        }
        for b in ballots
    ]


STALLED_AFTER = dt.timedelta(minutes=30)


def result_mail_progress(*, round_: ChoiceRound, now: dt.datetime | None = None) -> dict[str, int]:
    """How far the result mail of a round is, for the facilitator: counts only, two queries.

    `waiting` have no mail yet, `failed` are tried again on the next run,
    `sending` are under way, and `stalled` were claimed by a run that stopped
    half-way more than half an hour ago: they may have the mail, so they are
    not sent it again.
    """
    cutoff = (now or timezone.now()) - STALLED_AFTER
    rows = ResultMail.objects.filter(round=round_).aggregate(
        sent=Count("pk", filter=Q(status=ResultMailStatus.SENT)),
        failed=Count("pk", filter=Q(status=ResultMailStatus.FAILED)),
        sending=Count("pk", filter=Q(status=ResultMailStatus.SENDING, updated_at__gte=cutoff)),
        stalled=Count("pk", filter=Q(status=ResultMailStatus.SENDING, updated_at__lt=cutoff)),
    )
    has_row = ResultMail.objects.filter(round=round_, voter=OuterRef("voter_id"))
    voters = Ballot.objects.filter(round=round_).aggregate(
        voters=Count("pk"),
        without_email=Count("pk", filter=Q(voter__email="")),
        waiting=Count("pk", filter=~Q(voter__email="") & ~Exists(has_row)),
    )
    return {**voters, **rows}

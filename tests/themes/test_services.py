"""Choice round services: voting, changing, refusing bad input, closing, publishing."""

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests.themes.conftest import rank
from themes import services
from themes.models import Ballot, PilotGroupMember, RoundState
from themes.selectors import member_theme_ids, pilot_group_user_ids

pytestmark = pytest.mark.django_db


def test_demo_has_an_open_round_for_the_programme(demo):
    from themes.models import ChoiceRound

    round_ = ChoiceRound.objects.get(programme=demo)
    assert round_.is_accepting_ballots()
    assert round_.candidates.count() == 8


def test_cast_and_change_a_ballot(choice_round, participant):
    ballot, created = services.ballot_submit(
        round_id=choice_round.pk, voter=participant, ranking=rank(choice_round, 0, 1)
    )
    assert created and ballot.team_name and ballot.district_key == "Haagse Hout"
    ballot, created = services.ballot_submit(
        round_id=choice_round.pk,
        voter=participant,
        ranking=rank(choice_round, 3, 2),
        volunteer=True,
        volunteer_themes=rank(choice_round, 3)[:1],
    )
    assert not created
    assert Ballot.objects.filter(round=choice_round).count() == 1
    ballot.refresh_from_db()
    assert ballot.ranking == rank(choice_round, 3, 2) and ballot.volunteer


def test_one_ballot_per_voter_is_a_database_constraint(choice_round, participant):
    services.ballot_submit(round_id=choice_round.pk, voter=participant, ranking=rank(choice_round))
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(
            round=choice_round, voter=participant, ranking=[], team_key="1", team_name="x"
        )


@pytest.mark.parametrize(
    ("make_ranking", "message"),
    [
        (lambda ids: ids[:3], "er ontbreken er nog 1"),
        (lambda ids: [ids[0], ids[0], ids[1], ids[2]], "meer dan eens gekozen"),
        (lambda ids: ids[:3] + [999999], "niet in deze keuzeronde"),
        (lambda ids: ["x"] + ids[1:], "iets anders dan thema"),
    ],
)
def test_bad_rankings_are_refused_in_dutch(choice_round, participant, make_ranking, message):
    ids = rank(choice_round)
    with pytest.raises(ValidationError) as error:
        services.ballot_submit(
            round_id=choice_round.pk, voter=participant, ranking=make_ranking(ids)
        )
    assert message in " ".join(error.value.messages)
    assert not Ballot.objects.filter(round=choice_round).exists()


def test_outsiders_may_not_vote(choice_round, outsider, professional, facilitator):
    for user in (outsider, professional, facilitator):
        with pytest.raises(ValidationError) as error:
            services.ballot_submit(round_id=choice_round.pk, voter=user, ranking=rank(choice_round))
        assert "Alleen leden van de wijkteams" in error.value.messages[0]
    assert not Ballot.objects.filter(round=choice_round).exists()


def test_no_ballot_after_closing_time_or_after_close(choice_round, participant, facilitator):
    later = choice_round.closes_at + dt.timedelta(seconds=1)
    with pytest.raises(ValidationError, match="gesloten"):
        services.ballot_submit(
            round_id=choice_round.pk, voter=participant, ranking=rank(choice_round), now=later
        )
    services.round_close(round_id=choice_round.pk, user=facilitator)
    with pytest.raises(ValidationError, match="gesloten"):
        services.ballot_submit(
            round_id=choice_round.pk, voter=participant, ranking=rank(choice_round)
        )
    assert not Ballot.objects.filter(round=choice_round).exists()


def test_closing_twice_is_refused_and_does_not_recount(choice_round, participant, facilitator):
    services.ballot_submit(round_id=choice_round.pk, voter=participant, ranking=rank(choice_round))
    closed = services.round_close(round_id=choice_round.pk, user=facilitator)
    counted_at = closed.counted_at
    with pytest.raises(ValidationError, match="al gesloten"):
        services.round_close(round_id=choice_round.pk, user=facilitator)
    closed.refresh_from_db()
    assert closed.counted_at == counted_at and closed.state == RoundState.CLOSED


def test_publishing_an_open_round_is_refused(choice_round, facilitator):
    with pytest.raises(ValidationError, match="Sluit de keuzeronde eerst"):
        services.round_publish(round_id=choice_round.pk, user=facilitator)


def test_only_facilitators_open_close_and_publish(choice_round, participant, demo, themes):
    now = choice_round.opens_at
    with pytest.raises(ValidationError, match="Alleen facilitatoren"):
        services.round_create(
            user=participant,
            programme=demo,
            candidates=themes,
            opens_at=now,
            closes_at=now + dt.timedelta(days=1),
        )
    for action in (services.round_close, services.round_publish):
        with pytest.raises(ValidationError, match="Alleen facilitatoren"):
            action(round_id=choice_round.pk, user=participant)
    choice_round.refresh_from_db()
    assert choice_round.state == RoundState.OPEN


def _vote_all(round_, members, volunteer_every=1):
    for i, user in enumerate(members):
        services.ballot_submit(
            round_id=round_.pk,
            voter=user,
            ranking=rank(round_, i % 2, 2),
            volunteer=i % volunteer_every == 0,
        )


def test_close_counts_and_forms_the_group_then_publish_notifies(
    choice_round, members, facilitator, django_capture_on_commit_callbacks
):
    _vote_all(choice_round, members[:30], volunteer_every=2)
    round_ = services.round_close(round_id=choice_round.pk, user=facilitator)
    result = round_.result
    titles = list(choice_round.candidates.order_by("title").values_list("pk", flat=True))
    assert set(result["chosen"]) == {titles[0], titles[1]}
    group = result["group"]["members"]
    assert len(group) == 4
    assert len({m["team"] for m in group}) == 4  # at most one per team
    assert sorted(list(map(lambda m: m["theme"], group)).count(t) for t in result["chosen"]) == [
        2,
        2,
    ]
    assert result["warnings"] == []

    with pytest.raises(ValidationError, match="bestaat niet"):
        services.round_publish(round_id=choice_round.pk + 999, user=facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        services.round_publish(round_id=choice_round.pk, user=facilitator)
    assert len(mail.outbox) == 30
    assert "Uitslag" in mail.outbox[0].subject
    user_ids = pilot_group_user_ids(programme_id=choice_round.programme_id)
    assert user_ids == {m["voter"] for m in group}
    some = PilotGroupMember.objects.filter(round=choice_round).first()
    assert member_theme_ids(user=some.user) == {some.theme_id}
    with pytest.raises(ValidationError, match="al gepubliceerd"):
        services.round_publish(round_id=choice_round.pk, user=facilitator)


def test_adjust_before_publishing(choice_round, members, facilitator):
    _vote_all(choice_round, members[:12], volunteer_every=1)
    round_ = services.round_close(round_id=choice_round.pk, user=facilitator)
    group = round_.result["group"]["members"]
    chosen = round_.result["chosen"]
    outside = next(u for u in members[:12] if u.pk not in {m["voter"] for m in group})
    removed = group[0]["voter"]
    round_ = services.round_adjust(
        round_id=choice_round.pk,
        user=facilitator,
        assignments={removed: None, outside.pk: chosen[1]},
    )
    voters = {m["voter"]: m for m in round_.result["group"]["members"]}
    assert removed not in voters and voters[outside.pk]["theme"] == chosen[1]
    assert round_.result["group"]["adjusted"] is True
    with pytest.raises(ValidationError, match="gekozen thema"):
        services.round_adjust(
            round_id=choice_round.pk, user=facilitator, assignments={outside.pk: 123456}
        )


def test_adjust_warns_when_rules_are_broken(choice_round, members, facilitator):
    _vote_all(choice_round, members[:12], volunteer_every=1)
    round_ = services.round_close(round_id=choice_round.pk, user=facilitator)
    first = round_.result["group"]["members"][0]["voter"]
    round_ = services.round_adjust(
        round_id=choice_round.pk, user=facilitator, assignments={first: None}
    )
    assert any("3 leden in plaats van 4" in w for w in round_.result["warnings"])


def test_no_volunteers_gives_an_empty_group_with_a_warning(choice_round, members, facilitator):
    for user in members[:5]:
        services.ballot_submit(round_id=choice_round.pk, voter=user, ranking=rank(choice_round))
    round_ = services.round_close(round_id=choice_round.pk, user=facilitator)
    assert round_.result["group"]["members"] == []
    assert round_.result["warnings"]

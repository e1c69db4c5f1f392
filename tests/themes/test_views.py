"""Choice round pages: who may vote and manage, bad input answered in Dutch, the result shown."""

import pytest
from django.urls import reverse

from tests.themes.conftest import rank
from themes import services
from themes.models import Ballot, ChoiceRound, RoundState

pytestmark = pytest.mark.django_db


def ballot_data(round_, ranking, volunteer=False, themes=()):
    data = {f"rank_{i}": str(pk) for i, pk in enumerate(ranking, start=1)}
    if volunteer:
        data["volunteer"] = "on"
    data["volunteer_themes"] = [str(t) for t in themes]
    return data


def test_anonymous_is_sent_to_login(client, choice_round):
    response = client.get(reverse("themes:round_vote", args=[choice_round.pk]))
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]


def test_member_votes_and_changes_through_the_form(client, choice_round, participant):
    client.force_login(participant)
    url = reverse("themes:round_vote", args=[choice_round.pk])
    page = client.get(url)
    assert page.status_code == 200 and "Keuze 1" in page.text
    response = client.post(url, ballot_data(choice_round, rank(choice_round, 0)), follow=True)
    assert "Uw stem is opgeslagen" in response.text
    changed = rank(choice_round, 3)
    response = client.post(url, ballot_data(choice_round, changed, True, changed[:1]), follow=True)
    assert "Uw stem is gewijzigd" in response.text
    ballot = Ballot.objects.get(round=choice_round, voter=participant)
    assert ballot.ranking == changed and ballot.volunteer_themes == changed[:1]
    # the form shows the stored ballot again
    assert f'<option value="{changed[0]}" selected>' in client.get(url).text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (lambda ids: {"rank_1": ids[0], "rank_2": ids[1]}, "er ontbreken er nog 2"),
        (
            lambda ids: {"rank_1": ids[0], "rank_2": ids[0], "rank_3": ids[1], "rank_4": ids[2]},
            "meer dan eens gekozen",
        ),
        (lambda ids: {"rank_1": "99999"}, "Selecteer een geldige keuze"),
        (
            lambda ids: (
                {f"rank_{i}": v for i, v in enumerate(ids, 1)} | {"volunteer_themes": ["x"]}
            ),
            "Selecteer een geldige keuze",
        ),
        (
            lambda ids: (
                {f"rank_{i}": v for i, v in enumerate(ids, 1)} | {"volunteer_themes": [ids[0]]}
            ),
            "vink dan ook aan",
        ),
    ],
)
def test_bad_ballots_are_answered_in_dutch(client, choice_round, participant, data, message):
    client.force_login(participant)
    ids = [str(pk) for pk in rank(choice_round)]
    response = client.post(reverse("themes:round_vote", args=[choice_round.pk]), data(ids))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Ballot.objects.filter(round=choice_round).exists()


def test_outsider_and_professional_cannot_vote(client, choice_round, outsider, professional):
    url = reverse("themes:round_vote", args=[choice_round.pk])
    for user in (outsider, professional):
        client.force_login(user)
        assert "Alleen leden van de wijkteams" in client.get(url).text
        response = client.post(url, ballot_data(choice_round, rank(choice_round)))
        assert response.status_code == 400
        assert "Alleen leden van de wijkteams" in response.text
    assert not Ballot.objects.filter(round=choice_round).exists()


def test_ballot_after_close_is_refused(client, choice_round, participant, facilitator):
    services.round_close(round_id=choice_round.pk, user=facilitator)
    client.force_login(participant)
    url = reverse("themes:round_vote", args=[choice_round.pk])
    assert "is gesloten" in client.get(url).text
    response = client.post(url, ballot_data(choice_round, rank(choice_round)))
    assert response.status_code == 400 and "is gesloten" in response.text
    assert not Ballot.objects.filter(round=choice_round).exists()


def test_only_facilitators_manage(client, choice_round, participant, professional):
    for user in (participant, professional):
        client.force_login(user)
        assert client.get(reverse("themes:round_manage", args=[choice_round.pk])).status_code == 403
        assert client.get(reverse("themes:round_create")).status_code == 403
        for name in ("round_close", "round_publish", "round_adjust", "round_open"):
            response = client.post(reverse(f"themes:{name}", args=[choice_round.pk]))
            assert response.status_code == 403
            assert "Alleen facilitatoren" in response.text
    choice_round.refresh_from_db()
    assert choice_round.state == RoundState.OPEN


def test_facilitator_opens_a_round_from_the_front_end(client, facilitator, demo, themes):
    client.force_login(facilitator)
    url = reverse("themes:round_create")
    assert client.get(url + f"?programma={demo.pk}").status_code == 200
    data = {
        "programme": demo.pk,
        "title": "Nieuwe ronde",
        "candidates": [t.pk for t in themes[:3]],
        "seats": 2,
        "group_size": 6,
        "max_per_team": 2,
        "one_per_district": "on",
        "opens_at": "2026-01-01T10:00",
        "closes_at": "2026-01-02T10:00",
    }
    bad = client.post(url, data | {"candidates": [themes[0].pk], "closes_at": "2025-01-01T10:00"})
    assert bad.status_code == 400
    assert "minstens twee" in bad.text and "na de openingstijd" in bad.text
    assert client.post(url, data | {"seats": 9}).status_code == 400
    assert client.post(url, data | {"programme": "abc"}).status_code == 400
    response = client.post(url, data)
    assert response.status_code == 302
    created = ChoiceRound.objects.get(title="Nieuwe ronde")
    assert created.state == RoundState.OPEN and created.candidates.count() == 3


def test_full_flow_turnout_close_adjust_publish_and_programme_page(
    client, choice_round, members, facilitator, demo, django_capture_on_commit_callbacks
):
    for i, user in enumerate(members[:10]):
        services.ballot_submit(
            round_id=choice_round.pk, voter=user, ranking=rank(choice_round, i % 3), volunteer=True
        )
    programme_html = client.get(demo.url).text
    assert "Stem nu" in programme_html
    client.force_login(facilitator)
    manage = reverse("themes:round_manage", args=[choice_round.pk])
    page = client.get(manage)
    assert "Opkomst per team" in page.text and members[0].participant.team.name in page.text
    # turnout shows totals, never a ranking
    assert "10 stemmen uitgebracht" in page.text
    client.post(reverse("themes:round_close", args=[choice_round.pk]))
    again = client.post(reverse("themes:round_close", args=[choice_round.pk]), follow=True)
    assert "al gesloten" in again.text
    page = client.get(manage)
    assert "Pilotgroep aanpassen" in page.text
    # the result is not public before publication
    client.logout()
    assert client.get(reverse("themes:round_result", args=[choice_round.pk])).status_code == 404
    client.force_login(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("themes:round_publish", args=[choice_round.pk]))
    client.logout()
    html = client.get(demo.url).text
    assert "Uitslag: Testronde" in html and 'data-testid="result-chart"' in html
    result = client.get(reverse("themes:round_result", args=[choice_round.pk])).text
    assert "enkelvoudig overdraagbare stem" in result and "Quotum (Droop)" in result


def test_programme_page_section_costs_one_query_whatever_the_result(
    client, demo, choice_round, members, facilitator, django_assert_max_num_queries
):
    """The result is a snapshot: showing it reads one row, however many voters and members."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(demo.url)
    with CaptureQueriesContext(connection) as before:
        client.get(demo.url)
    for user in members[:40]:
        services.ballot_submit(
            round_id=choice_round.pk, voter=user, ranking=rank(choice_round), volunteer=True
        )
    services.round_close(round_id=choice_round.pk, user=facilitator)
    services.round_publish(round_id=choice_round.pk, user=facilitator)
    with django_assert_max_num_queries(len(before.captured_queries)):
        html = client.get(demo.url).text
    assert "Uitslag: Testronde" in html


def test_manage_page_query_count_does_not_grow_with_voters(
    client, choice_round, members, facilitator, django_assert_max_num_queries
):
    client.force_login(facilitator)
    url = reverse("themes:round_manage", args=[choice_round.pk])
    for user in members[:3]:
        services.ballot_submit(round_id=choice_round.pk, voter=user, ranking=rank(choice_round))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for user in members[3:40]:
        services.ballot_submit(round_id=choice_round.pk, voter=user, ranking=rank(choice_round))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


def test_unknown_round_is_a_404(client, participant):
    client.force_login(participant)
    assert client.get("/keuzeronde/987654/").status_code == 404


def test_facilitator_adjusts_the_group_through_the_form(client, choice_round, members, facilitator):
    for user in members[::3][:8]:  # one per team: eight teams
        services.ballot_submit(
            round_id=choice_round.pk, voter=user, ranking=rank(choice_round), volunteer=True
        )
    round_ = services.round_close(round_id=choice_round.pk, user=facilitator)
    client.force_login(facilitator)
    url = reverse("themes:round_adjust", args=[choice_round.pk])
    current = {m["voter"]: m["theme"] for m in round_.result["group"]["members"]}
    bad = client.post(url, {f"v_{members[0].pk}": "not-a-theme"}, follow=True)
    assert "Kies bij elke vrijwilliger" in bad.text
    data = {f"v_{voter}": str(theme) for voter, theme in current.items()}
    dropped = next(iter(current))
    data[f"v_{dropped}"] = ""
    response = client.post(url, data, follow=True)
    assert "De pilotgroep is aangepast" in response.text
    round_.refresh_from_db()
    assert round_.result["group"]["adjusted"] is True
    assert dropped not in {m["voter"] for m in round_.result["group"]["members"]}
    assert "3 leden in plaats van 4" in response.text  # the warning is shown


def test_published_members_appear_on_their_theme_page(client, choice_round, members, facilitator):
    from themes.models import ThemePage

    for user in members[:6]:
        services.ballot_submit(
            round_id=choice_round.pk, voter=user, ranking=rank(choice_round), volunteer=True
        )
    round_ = services.round_close(round_id=choice_round.pk, user=facilitator)
    services.round_publish(round_id=choice_round.pk, user=facilitator)
    member = round_.result["group"]["members"][0]
    theme = ThemePage.objects.get(pk=member["theme"])
    html = client.get(theme.url).text
    assert member["name"] in html
    assert "Testronde: gekozen als" in html
    loser = choice_round.candidates.exclude(pk__in=round_.result["chosen"]).first()
    assert "Testronde: niet gekozen" in client.get(loser.url).text


def test_a_round_that_opens_later_is_announced_not_offered(client, demo, facilitator, themes):
    import datetime as dt

    from django.utils import timezone

    later = timezone.now() + dt.timedelta(days=3)
    services.round_create(
        user=facilitator,
        programme=demo,
        candidates=themes[:2],
        seats=1,
        title="Later",
        opens_at=later,
        closes_at=later + dt.timedelta(days=1),
    )
    html = client.get(demo.url).text
    assert "Later: stemmen kan vanaf" in html
    assert 'aria-label="Stem nu: Later"' not in html


def test_turnout_per_team_with_an_electorate_hook(client, choice_round, members, facilitator):
    from themes.selectors import round_turnout

    for user in members[:2]:
        services.ballot_submit(round_id=choice_round.pk, voter=user, ranking=rank(choice_round))
    # the pilot app registers `themes_electorate`: every active team with its members
    turnout = round_turnout(round_=choice_round)
    assert turnout["electorate"] is not None
    client.force_login(facilitator)
    html = client.get(reverse("themes:round_manage", args=[choice_round.pk])).text
    assert len(turnout["teams"]) == 24  # teams without ballots are listed too
    team = members[0].participant.team.name
    row = next(t for t in turnout["teams"] if t["team"] == team)
    assert row["ballots"] == 2 and row["percent"] == round(100 * 2 / row["members"])
    assert "Opkomst:" in html and "teamleden" in html

"""The choice round in Wagtail's admin: facilitators set it up; counting stays on the front end."""

import pytest
from django.urls import reverse

from themes.models import ChoiceRound

pytestmark = pytest.mark.django_db


def test_facilitator_sees_rounds_in_the_admin(client, facilitator, demo):
    client.force_login(facilitator)
    listing = client.get(reverse("wagtailsnippets_themes_choiceround:list"))
    assert listing.status_code == 200 and "Keuzeronde kick-off" in listing.text
    assert client.get(reverse("wagtailsnippets_themes_choiceround:add")).status_code == 200
    round_ = ChoiceRound.objects.get(programme=demo)
    edit = client.get(reverse("wagtailsnippets_themes_choiceround:edit", args=[round_.pk]))
    assert edit.status_code == 200


def test_participant_has_no_admin_access_to_rounds(client, participant):
    client.force_login(participant)
    response = client.get(reverse("wagtailsnippets_themes_choiceround:list"))
    assert response.status_code in (302, 403)


def test_closing_in_the_admin_is_refused_with_a_pointer(demo):
    from django.core.exceptions import ValidationError

    round_ = ChoiceRound.objects.get(programme=demo)
    round_.state = "closed"
    with pytest.raises(ValidationError) as error:
        round_.full_clean()
    assert "facilitatorpagina" in str(error.value)


def test_demo_loader_is_idempotent_for_the_round(demo):
    from themes.demo import load_demo_choice_round

    class Context:
        programme = demo
        themes = {}

    load_demo_choice_round(Context())
    assert ChoiceRound.objects.filter(programme=demo).count() == 1


def test_facilitator_creates_a_round_in_the_admin(client, facilitator, demo):
    from themes.models import ThemePage

    client.force_login(facilitator)
    themes = list(ThemePage.objects.order_by("title")[:3])
    response = client.post(
        reverse("wagtailsnippets_themes_choiceround:add"),
        {
            "programme": demo.pk,
            "title": "Beheerronde",
            "candidates": [t.pk for t in themes],
            "seats": 2,
            "group_size": 10,
            "max_per_team": 1,
            "one_per_district": "on",
            "opens_at": "2026-11-22 13:00",
            "closes_at": "2026-12-22 13:00",
            "state": "open",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    created = ChoiceRound.objects.get(title="Beheerronde")
    assert created.candidates.count() == 3 and created.state == "open"

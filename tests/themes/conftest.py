import datetime as dt

import pytest
from django.utils import timezone

from themes import services
from themes.models import ThemePage


@pytest.fixture
def themes(demo):
    return list(ThemePage.objects.live().order_by("title"))


@pytest.fixture
def choice_round(demo, facilitator, themes):
    """A fresh open round over four demo themes: two seats, a group of four."""
    now = timezone.now()
    return services.round_create(
        user=facilitator,
        programme=demo,
        candidates=themes[:4],
        title="Testronde",
        seats=2,
        group_size=4,
        max_per_team=1,
        opens_at=now - dt.timedelta(hours=1),
        closes_at=now + dt.timedelta(days=1),
    )


@pytest.fixture
def members(demo):
    """Demo team members (three per team), in a stable order."""
    from django.contrib.auth import get_user_model

    return list(
        get_user_model()
        .objects.filter(participant__team__isnull=False, username__contains="-")
        .order_by("username")
    )


def rank(round_, *order):
    """A ranking of the round's candidates: the given positions first, the rest by title."""
    ids = list(round_.candidates.order_by("title").values_list("pk", flat=True))
    first = [ids[i] for i in order]
    return first + [pk for pk in ids if pk not in first]

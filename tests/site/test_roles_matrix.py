"""Each demo role sees what it should, across the apps (one table, read per row)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from pilot.lessons.models import CaseLessonPage

pytestmark = pytest.mark.django_db

ANON = None
# (what, url factory, {username or ANON: allowed?})
MATRIX = [
    (
        "published lesson",
        lambda: CaseLessonPage.objects.live().filter(consent_scope="platform").first().url,
        {
            ANON: False,
            "professional": True,
            "deelnemer": True,
            "facilitator": True,
            "redactie": True,
        },
    ),
    (
        "facilitator agenda in the admin",
        lambda: reverse("meetings_admin_agenda"),
        {
            ANON: False,
            "professional": False,
            "deelnemer": False,
            "facilitator": True,
            "redactie": True,
        },
    ),
    (
        "moderation queue",
        lambda: reverse("pilot:discussion:moderation"),
        {
            ANON: False,
            "professional": False,
            "deelnemer": False,
            "facilitator": False,
            "redactie": True,
        },
    ),
    (
        "my sessions",
        lambda: reverse("meetings:my_sessions"),
        {
            ANON: False,
            "professional": True,
            "deelnemer": True,
            "facilitator": True,
            "redactie": True,
        },
    ),
]
CASES = [(what, url, who, ok) for what, url, rules in MATRIX for who, ok in rules.items()]


@pytest.mark.parametrize(
    ("what", "url", "who", "allowed"), CASES, ids=[f"{c[0]}-{c[2] or 'anonymous'}" for c in CASES]
)
def test_role_matrix(client, demo, what, url, who, allowed):
    if who:
        client.force_login(get_user_model().objects.get(username=who))
    target = url()
    response = client.get(target)
    if allowed:
        assert response.status_code == 200, (what, who, response.status_code)
        return
    assert response.status_code in (302, 403, 404), (what, who, response.status_code)
    if who is ANON:  # anonymous visitors are always asked to log in
        assert response.status_code == 302
        assert "login" in response["Location"] or "inloggen" in response["Location"]
    elif response.status_code == 302:  # refused with a message, sent elsewhere
        assert not response["Location"].startswith(target)

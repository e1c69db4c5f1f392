"""Discussion messages in search: only visible ones, only on pages the user may read."""

import pytest
from django.contrib.auth.models import AnonymousUser
from search_helpers import run, titles

from pilot.discussion.models import Message, Thread
from pilot.lessons.models import CaseLessonPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_engine")]


@pytest.fixture
def thread(demo):
    lesson = CaseLessonPage.objects.live().filter(consent_scope="platform").first()
    thread, _ = Thread.objects.get_or_create(page=lesson)
    return thread


def _message(thread, author, body, seq, **extra):
    return Message.objects.create(
        thread=thread, seq=seq, updated_seq=seq, author=author, body=body, **extra
    )


def test_visible_message_found_hidden_and_held_not(thread, participant, professional):
    _message(thread, participant, "Wij deden het met een qqkeukentafelgesprek thuis.", 9001)
    _message(thread, participant, "Verborgen qqgeheimwoord", 9002, hidden=True)
    _message(thread, participant, "Tegengehouden qqgeheimwoord", 9003, status="held")
    _message(thread, participant, "Verwijderd qqgeheimwoord", 9004, status="pending_review")
    resp = run(professional, "qqkeukentafelgesprekken")
    assert [h.kind for h in resp.hits] == ["message"]
    assert titles(resp) == [f"Bericht bij {thread.page.title}"]
    assert "<mark>" in str(resp.hits[0].excerpt)
    assert run(professional, "qqgeheimwoord").total == 0


def test_messages_hidden_from_anonymous_and_on_unreadable_pages(thread, participant, professional):
    _message(thread, participant, "qqbuurtmoeder helpt", 9101)
    assert run(AnonymousUser(), "qqbuurtmoeder").total == 0
    pilot_lesson = CaseLessonPage.objects.live().filter(consent_scope="pilot").first()
    if pilot_lesson is None:  # the demo always has one; make sure the test cannot pass vacuously
        pytest.fail("demo has no pilot-only lesson")
    other, _ = Thread.objects.get_or_create(page=pilot_lesson)
    _message(other, participant, "qqpilotgeheim besproken", 9102)
    assert run(participant, "qqpilotgeheim").total == 1
    assert run(professional, "qqpilotgeheim").total == 0

"""The thread on pages and without JavaScript: plain forms, redirects, Dutch messages."""

import pytest
from django.urls import reverse

from pilot.discussion import services
from pilot.discussion.models import Message, MessageStatus, Thread
from sessions.models import SessionPage
from themes.models import ThemePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme(demo):
    return ThemePage.objects.get(title="Bemoeizorg")


def test_anonymous_sees_login_notice(client, theme, outsider, professional):
    response = client.get(theme.url)
    assert response.status_code == 200
    assert b'data-testid="thread-login"' in response.content
    assert b"data-post-form" not in response.content
    client.force_login(outsider)  # no platform role: no thread at all
    assert b"data-thread" not in client.get(theme.url).content
    client.force_login(professional)  # reads along, cannot post
    html = client.get(theme.url).content.decode()
    assert "data-thread" in html and "data-post-form" not in html
    assert "Alleen deelnemers aan de pilot kunnen berichten plaatsen." in html


def test_thread_renders_on_theme_and_session_pages(client, participant, theme):
    services.message_post(
        user=participant, page_id=theme.pk, body="<script>alert(1)</script> **hoi**"
    )
    client.force_login(participant)
    html = client.get(theme.url).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <strong>hoi</strong>" in html
    assert "data-post-form" in html and "discussion/thread.js" in html
    session = SessionPage.objects.live().first()
    services.message_post(
        user=participant, page_id=session.pk, body="Tot straks bij de bijeenkomst"
    )
    html = client.get(session.url).content.decode()
    assert f'data-page-id="{session.pk}"' in html and "Tot straks bij de bijeenkomst" in html


def test_plain_form_posts_and_redirects(client, participant, theme):
    client.force_login(participant)
    url = reverse("pilot:discussion:post", args=[theme.pk])
    response = client.post(
        url, {"body": "Een bericht via het formulier", "next": theme.url}, follow=True
    )
    assert response.redirect_chain[-1][0] == theme.url + "#bericht-" + str(Message.objects.get().pk)
    assert "Uw bericht is geplaatst." in response.content.decode()
    assert "Een bericht via het formulier" in response.content.decode()


def test_plain_form_refusals_are_messages(client, participant, professional, theme, settings):
    settings.PILOT_DISCUSSION_MAX_LENGTH = 5
    client.force_login(participant)
    url = reverse("pilot:discussion:post", args=[theme.pk])
    page = client.post(url, {"body": "te lang bericht"}, follow=True).content.decode()
    assert "het maximum is 5" in page
    page = client.post(url, {"body": ""}, follow=True).content.decode()
    assert "Schrijf eerst een bericht." in page
    page = client.post(url, {"body": "ok", "next": "https://evil.example/"}, follow=True)
    assert page.redirect_chain[-1][0].startswith(theme.url)
    page = client.post(reverse("pilot:discussion:post", args=[999999]), {"body": "x"}, follow=True)
    assert page.status_code == 200 and "Deze discussie bestaat niet." in page.content.decode()
    client.force_login(professional)
    page = client.post(url, {"body": "mag niet"}, follow=True).content.decode()
    assert "Alleen deelnemers aan de pilot kunnen berichten plaatsen." in page
    assert Message.objects.count() == 1


def test_held_message_without_javascript(client, participant, participant2, editor, theme):
    client.force_login(participant)
    url = reverse("pilot:discussion:post", args=[theme.pk])
    page = client.post(url, {"body": "Bel haar op 06-12345678"}, follow=True).content.decode()
    assert "Uw bericht is tegengehouden" in page and "06-12345678" in page
    message = Message.objects.get()
    assert message.status == MessageStatus.HELD
    client.force_login(participant2)
    assert "06-12345678" not in client.get(theme.url).content.decode()
    client.force_login(participant)
    client.post(reverse("pilot:discussion:insist", args=[message.pk]))
    message.refresh_from_db()
    assert message.status == MessageStatus.PENDING_REVIEW
    client.force_login(editor)
    queue = client.get(reverse("pilot:discussion:moderation")).content.decode()
    assert "06-12345678" in queue
    client.post(
        reverse("pilot:discussion:edit", args=[message.pk]), {"body": "x"}
    )  # not the author
    client.force_login(participant)
    client.post(
        reverse("pilot:discussion:edit", args=[message.pk]), {"body": "Bel haar, nummer volgt"}
    )
    client.force_login(editor)
    queue = client.get(reverse("pilot:discussion:moderation")).content.decode()
    assert "1 eerdere versie" in queue and "Bel haar op 06-12345678" in queue
    message.refresh_from_db()
    assert message.status == MessageStatus.VISIBLE  # the clean edit released it
    client.force_login(participant)
    client.post(reverse("pilot:discussion:edit", args=[message.pk]), {"body": "06-12345678 toch"})
    client.post(reverse("pilot:discussion:insist", args=[message.pk]))
    client.force_login(editor)
    client.post(reverse("pilot:discussion:moderate", args=[message.pk]), {"action": "approve"})
    message.refresh_from_db()
    assert message.status == MessageStatus.VISIBLE
    page = client.post(
        reverse("pilot:discussion:moderate", args=[message.pk]), {"action": "bogus"}, follow=True
    )
    assert "Onbekende moderatie-actie." in page.content.decode()


def test_edit_delete_report_without_javascript(client, participant, participant2, theme):
    message = services.message_post(user=participant, page_id=theme.pk, body="eerste versie")
    client.force_login(participant)
    client.post(reverse("pilot:discussion:edit", args=[message.pk]), {"body": "tweede versie"})
    html = client.get(theme.url).content.decode()
    assert "tweede versie" in html and "bewerkt" in html
    client.force_login(participant2)
    page = client.post(
        reverse("pilot:discussion:edit", args=[message.pk]), {"body": "kaping"}, follow=True
    )
    assert "U kunt alleen uw eigen berichten bewerken." in page.content.decode()
    page = client.post(
        reverse("pilot:discussion:report", args=[message.pk]), {"reason": ""}, follow=True
    )
    assert "Geef een reden voor uw melding." in page.content.decode()
    client.post(reverse("pilot:discussion:report", args=[message.pk]), {"reason": "spam"})
    assert message.reports.count() == 1
    client.force_login(participant)
    client.post(reverse("pilot:discussion:delete", args=[message.pk]))
    assert "Dit bericht is verwijderd." in client.get(theme.url).content.decode()
    for bad in (424242, 2**80):
        page = client.post(reverse("pilot:discussion:delete", args=[bad]), follow=True)
        assert page.status_code == 200 and "Dit bericht bestaat niet." in page.content.decode()
    page = client.post(reverse("pilot:discussion:post", args=[2**80]), {"body": "x"}, follow=True)
    assert page.status_code == 200 and "Deze discussie bestaat niet." in page.content.decode()


def test_mention_autocomplete(client, participant, outsider):
    client.force_login(participant)
    data = client.get(reverse("pilot:discussion:mentions"), {"q": "mariahoeve"}).json()
    assert data["results"] and all(r["username"].startswith("mariahoeve") for r in data["results"])
    assert client.get(reverse("pilot:discussion:mentions")).json() == {"results": []}
    client.force_login(outsider)
    assert client.get(reverse("pilot:discussion:mentions"), {"q": "m"}).status_code == 403


def test_moderation_queue_is_for_redactie_only(client, participant, editor):
    client.force_login(participant)
    response = client.get(reverse("pilot:discussion:moderation"), follow=True)
    assert "Alleen de redactie kan berichten modereren." in response.content.decode()
    client.force_login(editor)
    admin = client.get("/admin/").content.decode()
    assert reverse("pilot:discussion:moderation") in admin


def test_page_queries_stay_flat(
    client, participant, participant2, theme, django_assert_max_num_queries
):
    client.force_login(participant)
    services.message_post(user=participant2, page_id=theme.pk, body="één")
    client.get(theme.url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(theme.url)
    thread = Thread.objects.get(page=theme)
    for n in range(25):
        Message.objects.create(
            thread=thread, seq=10 + n, updated_seq=10 + n, author=participant2, body=f"m{n}"
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(theme.url)

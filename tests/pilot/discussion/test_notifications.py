"""The notifications page: newest first, paginated, read state, nothing leaks."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from pilot import roles
from pilot.discussion import selectors, services
from pilot.discussion.models import Message, Notification
from pilot.discussion.services import DiscussionError
from themes.models import ThemePage

pytestmark = pytest.mark.django_db

LIST = reverse("pilot:discussion:notifications")


@pytest.fixture
def theme(demo):
    return ThemePage.objects.get(title="Bemoeizorg")


def mention(author, page, text="Wat vind jij, @deelnemer2?") -> Message:
    return services.message_post(user=author, page_id=page.pk, body=text)


def test_anonymous_is_sent_to_login(client):
    response = client.get(LIST)
    assert response.status_code == 302 and response.url.startswith(reverse("account:login"))
    assert client.post(reverse("pilot:discussion:notifications_read_all")).status_code == 302


def test_list_shows_who_where_when_and_escaped_excerpt(client, participant, participant2, theme):
    older = mention(participant, theme, "Eerste vraag voor @deelnemer2")
    Notification.objects.filter(message=older).update(
        created=timezone.now() - dt.timedelta(hours=1)
    )
    newer = mention(participant, theme, "<script>alert(1)</script> @deelnemer2 **kijk**")
    client.force_login(participant2)
    html = client.get(LIST).content.decode()
    assert html.index(f"melding-{Notification.objects.get(message=newer).pk}") < html.index(
        f"melding-{Notification.objects.get(message=older).pk}"
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert "noemde u bij thema “Bemoeizorg”" in html
    assert participant.get_full_name() in html
    assert html.count('data-unread="1"') == 2 and "Nieuw" in html
    assert "U heeft 2 ongelezen meldingen." in html and "Alles als gelezen markeren" in html
    assert "Eerste vraag voor @deelnemer2" in html
    client.force_login(participant)  # the author got no notification of their own
    assert "U heeft nog geen meldingen." in client.get(LIST).content.decode()


def test_open_marks_read_and_goes_to_the_anchor(client, participant, participant2, theme):
    message = mention(participant, theme)
    notification = Notification.objects.get(message=message)
    url = reverse("pilot:discussion:notification_open", args=[notification.pk])
    client.force_login(participant2)
    assert client.get(url).status_code == 405  # opening changes state: POST only
    response = client.post(url)
    assert response.status_code == 302 and response.url == f"{theme.url}#bericht-{message.pk}"
    notification.refresh_from_db()
    first = notification.read_at
    assert first is not None
    client.post(url)
    notification.refresh_from_db()
    assert notification.read_at == first  # opened twice: still the first time
    html = client.get(LIST).content.decode()
    assert 'data-unread="0"' in html and "Alles als gelezen markeren" not in html


def test_open_needs_csrf_and_ones_own_notification(participant, participant2, editor, theme):
    notification = Notification.objects.get(message=mention(participant, theme))
    url = reverse("pilot:discussion:notification_open", args=[notification.pk])
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(participant2)
    assert strict.post(url).status_code == 403
    other = Client()
    other.force_login(editor)
    page = other.post(url, follow=True)
    assert page.status_code == 200 and "Deze melding bestaat niet." in page.content.decode()
    for bad in (424242, 2**80):
        bad_url = reverse("pilot:discussion:notification_open", args=[bad])
        page = other.post(bad_url, follow=True)
        assert page.status_code == 200 and "Deze melding bestaat niet." in page.content.decode()
    notification.refresh_from_db()
    assert notification.read_at is None
    with pytest.raises(DiscussionError):
        services.notification_mark_read(user=editor, notification_id="abc")


def test_mark_all_read(client, participant, participant2, editor, theme):
    for n in range(3):
        mention(participant, theme, f"@deelnemer2 vraag {n}")
    own = mention(participant, theme, "@redactie ook voor jou")
    assert selectors.unread_notification_count(participant2) == 3
    client.force_login(participant2)
    page = client.post(reverse("pilot:discussion:notifications_read_all"), follow=True)
    assert "3 meldingen als gelezen gemarkeerd." in page.content.decode()
    assert selectors.unread_notification_count(participant2) == 0
    assert Notification.objects.get(message=own).read_at is None  # only one's own
    page = client.post(reverse("pilot:discussion:notifications_read_all"), follow=True)
    assert "U had geen ongelezen meldingen." in page.content.decode()


def test_hidden_deleted_and_held_messages_show_no_text(
    client, participant, participant2, editor, theme
):
    hidden = mention(participant, theme, "Verborgen tekst @deelnemer2")
    services.message_moderate(user=editor, message_id=hidden.pk, action="hide")
    deleted = mention(participant, theme, "Verwijderde tekst @deelnemer2")
    services.message_delete(user=participant, message_id=deleted.pk)
    held = mention(participant, theme, "Schone tekst @deelnemer2")
    services.message_edit(user=participant, message_id=held.pk, body="Bel 06-12345678 @deelnemer2")
    client.force_login(participant2)
    html = client.get(LIST).content.decode()
    for text in ("Verborgen tekst", "Verwijderde tekst", "Schone tekst", "06-12345678"):
        assert text not in html
    assert html.count("Dit bericht is verborgen.") == 3
    assert "noemde u bij thema “Bemoeizorg”" in html  # the place itself is still theirs to see


def test_lost_rights_hide_place_author_and_text(client, participant, participant2, theme):
    mention(participant, theme, "Geheim overleg @deelnemer2")
    restriction = PageViewRestriction.objects.create(
        page=theme, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.EDITOR))
    client.force_login(participant2)
    html = client.get(LIST).content.decode()
    assert "Geheim overleg" not in html and "Bemoeizorg" not in html
    assert participant.get_full_name() not in html.split("<main")[1]
    assert "U kunt deze discussie niet meer lezen" in html
    notification = Notification.objects.get(recipient=participant2)
    page = client.post(
        reverse("pilot:discussion:notification_open", args=[notification.pk]), follow=True
    )
    assert page.redirect_chain[-1][0] == LIST
    assert "U kunt dit bericht niet meer lezen." in page.content.decode()
    assert "Bemoeizorg#bericht" not in page.content.decode()
    notification.refresh_from_db()
    assert notification.read_at is not None  # but it no longer counts as unread


def test_unpublished_page_hides_the_notification_content(client, participant, participant2, theme):
    mention(participant, theme, "Over een pagina die offline gaat @deelnemer2")
    theme.unpublish()
    client.force_login(participant2)
    html = client.get(LIST).content.decode()
    assert "offline gaat" not in html and "U kunt deze discussie niet meer lezen" in html


def test_pagination_and_bad_page_numbers(client, participant, participant2, theme, settings):
    settings.PILOT_DISCUSSION_NOTIFICATIONS_PER_PAGE = 2
    settings.PILOT_DISCUSSION_RATE_LIMIT = 100
    for n in range(5):
        mention(participant, theme, f"Vraag nummer {n} @deelnemer2")
    client.force_login(participant2)
    first = client.get(LIST).content.decode()
    assert "Vraag nummer 4" in first and "Vraag nummer 3" in first and "Vraag nummer 2" not in first
    assert "Pagina 1 van 3" in first and 'href="?page=2"' in first
    second = client.get(LIST, {"page": 2}).content.decode()
    assert "Vraag nummer 2" in second and "Vraag nummer 1" in second
    for bad, expected in [
        ("abc", "Pagina 1 van 3"),
        ("", "Pagina 1 van 3"),
        ("-1", "Pagina 3 van 3"),
        ("0", "Pagina 3 van 3"),
        ("1.5", "Pagina 1 van 3"),
        ("999999", "Pagina 3 van 3"),
        ("9" * 5000, "Pagina 1 van 3"),
        ("%00", "Pagina 1 van 3"),
    ]:
        response = client.get(LIST, {"page": bad})
        assert response.status_code == 200, bad
        assert expected in response.content.decode(), bad
    assert client.post(LIST).status_code == 405


def test_list_queries_stay_flat(
    client, participant, participant2, editor, theme, settings, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sessions.models import SessionPage

    settings.PILOT_DISCUSSION_RATE_LIMIT = 100
    session = SessionPage.objects.live().first()
    mention(participant, theme)
    mention(editor, session, "@deelnemer2 kom je ook?")
    client.force_login(participant2)
    client.get(LIST)
    with CaptureQueriesContext(connection) as few:
        client.get(LIST)
    for n in range(15):
        mention(participant if n % 2 else editor, theme if n % 2 else session, f"@deelnemer2 {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get(LIST).content.decode()
    assert html.count('data-unread="1"') == 17


def test_nav_item_template_tag(participant, participant2, theme):
    mention(participant, theme)
    template = Template("{% load discussion_tags %}{% discussion_notifications_nav %}")
    request = RequestFactory().get("/")
    request.user = participant2
    html = template.render(Context({"request": request}))
    assert f'href="{LIST}"' in html and "Meldingen" in html
    assert ">1</span>" in html and "(1 ongelezen)" in html
    request.user = participant
    html = template.render(Context({"request": request}))
    assert "Meldingen" in html and "ongelezen" not in html
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    assert template.render(Context({"request": request})).strip() == ""
    count = Template("{% load discussion_tags %}{% discussion_unread_count %}")
    request.user = participant2
    assert count.render(Context({"request": request})) == "1"


def test_deleted_page_takes_its_notifications_along(client, participant, participant2, theme):
    mention(participant, theme, "Op een pagina die verdwijnt @deelnemer2")
    theme.delete()
    client.force_login(participant2)
    response = client.get(LIST)
    assert response.status_code == 200 and "verdwijnt" not in response.content.decode()
    assert selectors.unread_notification_count(participant2) == 0

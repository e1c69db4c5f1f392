"""Pages and access: registration through the site, attendee data for facilitators only."""

import pytest
from django.contrib.auth import get_user_model

from sessions import services
from sessions.models import Registration
from tests.sessions.conftest import make_session

pytestmark = pytest.mark.django_db


def test_register_and_cancel_through_the_page(demo, client, participant):
    session = make_session(capacity=3, online_url="https://meet.example.org/geheim")
    page = client.get(session.url)
    assert page.status_code == 200
    assert b"meet.example.org/geheim" not in page.content
    client.force_login(participant)
    response = client.post(f"/sessies/{session.pk}/aanmelden/", follow=True)
    assert "U bent aangemeld" in response.content.decode()
    assert b"meet.example.org/geheim" in response.content
    again = client.post(f"/sessies/{session.pk}/aanmelden/", follow=True)
    assert "al aangemeld" in again.content.decode()
    mine = client.get("/mijn-sessies/")
    assert session.title in mine.content.decode()
    client.post(f"/sessies/{session.pk}/afmelden/")
    assert not Registration.objects.filter(session=session, status="registered").exists()


def test_register_requires_login_and_post(demo, client):
    session = make_session()
    assert client.get(f"/sessies/{session.pk}/aanmelden/").status_code == 405
    response = client.post(f"/sessies/{session.pk}/aanmelden/")
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]
    assert client.post("/sessies/abc/aanmelden/").status_code == 404


def test_full_and_closed_messages_on_the_page(demo, client, participant, participant2):
    session = make_session(capacity=1)
    services.registration_create(session=session, user=participant)
    client.force_login(participant2)
    assert "Op de wachtlijst" in client.get(session.url).content.decode()
    cancelled = make_session(cancelled=True, cancel_reason="Ziek")
    response = client.post(f"/sessies/{cancelled.pk}/aanmelden/", follow=True)
    assert "geannuleerd" in response.content.decode()


@pytest.mark.parametrize("path", ["presentielijst/", "deelnemers.csv"])
def test_attendee_data_for_facilitators_only(demo, client, participant, professional, path):
    session = make_session()
    services.registration_create(session=session, user=participant)
    url = f"/sessies/{session.pk}/{path}"
    anonymous = client.get(url)
    assert anonymous.status_code == 302
    for user in (participant, professional):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 403
        assert participant.email.encode() not in response.content or not participant.email


def test_facilitator_checkin_and_csv(demo, client, facilitator, participant, participant2):
    session = make_session()
    services.registration_create(session=session, user=participant)
    services.registration_create(session=session, user=participant2)
    client.force_login(facilitator)
    page = client.get(f"/sessies/{session.pk}/presentielijst/")
    assert page.status_code == 200 and "Daan Mulder" in page.content.decode()
    client.post(f"/sessies/{session.pk}/presentielijst/", {"attended": [participant.pk]})
    assert Registration.objects.get(session=session, user=participant).status == "attended"
    bad = client.post(f"/sessies/{session.pk}/presentielijst/", {"attended": ["x"]}, follow=True)
    assert "Ongeldige keuze" in bad.content.decode()
    csv = client.get(f"/sessies/{session.pk}/deelnemers.csv")
    assert csv["Content-Type"].startswith("text/csv")
    text = csv.content.decode("utf-8-sig")
    assert "Daan Mulder;deelnemer" in text and "Aanwezig" in text
    assert "Dewi" in text


def test_admin_agenda_and_warnings(demo, client, facilitator, participant):
    from django.utils import timezone

    start = timezone.now().replace(microsecond=0) + timezone.timedelta(days=40)
    a = make_session(start=start, venue_name="Zaal X", title="Sessie A")
    b = make_session(start=start, venue_name="Zaal X", title="Sessie B")
    for s in (a, b):
        s.facilitators.set([facilitator])
        s.save_revision().publish()
    client.force_login(facilitator)
    response = client.get("/admin/bijeenkomsten/agenda/")
    text = response.content.decode()
    assert response.status_code == 200
    assert "Sessie A" in text and "faciliteert ook" in text and "Zaal X is ook geboekt" in text
    assert "Overlapt met" in text
    dup = client.post(f"/admin/bijeenkomsten/{a.pk}/dupliceren/")
    assert dup.status_code == 302
    client.force_login(participant)
    assert client.get("/admin/bijeenkomsten/agenda/").status_code in (302, 403)


def test_my_sessions_query_count_is_flat(demo, client, django_assert_max_num_queries):
    user = get_user_model().objects.create_user("veel", password="x" * 12)
    for _ in range(6):
        services.registration_create(session=make_session(), user=user)
    client.force_login(user)
    with django_assert_max_num_queries(20):
        first = client.get("/mijn-sessies/")
    for _ in range(6):
        services.registration_create(session=make_session(), user=user)
    with django_assert_max_num_queries(20):
        second = client.get("/mijn-sessies/")
    assert first.status_code == second.status_code == 200


def test_theme_page_shows_upcoming_sessions(demo, client):
    from themes.models import ThemePage

    theme = ThemePage.objects.live().first()
    session = make_session(title="Themasessie")
    session.themes.set([theme])
    session.save_revision().publish()
    assert "Themasessie" in client.get(theme.url).content.decode()


def test_csv_neutralises_formulas(demo, client, facilitator):
    session = make_session()
    sly = get_user_model().objects.create_user("sly", password="x" * 12, first_name="=HYPERLINK(1)")
    services.registration_create(session=session, user=sly)
    client.force_login(facilitator)
    text = client.get(f"/sessies/{session.pk}/deelnemers.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text


def test_demo_sessions_have_agenda_facilitator_and_kickoff_minutes(demo, client):
    from sessions.models import SessionKind, SessionPage

    kickoff = SessionPage.objects.get(kind=SessionKind.KICKOFF)
    assert kickoff.facilitators.filter(username="facilitator").exists()
    assert kickoff.agenda_items.count() >= 2
    text = client.get(kickoff.url).content.decode()
    assert "Verslag" in text and "186 aanwezigen" in text and "Vervolgacties" in text
    assert "Welkom en kennismaking" in text


def test_admin_agenda_query_count_is_flat(demo, client, facilitator, django_assert_max_num_queries):
    client.force_login(facilitator)
    for _ in range(3):
        make_session()
    with django_assert_max_num_queries(40) as before:
        client.get("/admin/bijeenkomsten/agenda/")
    for _ in range(8):
        make_session()
    with django_assert_max_num_queries(len(before.captured_queries)):
        assert client.get("/admin/bijeenkomsten/agenda/").status_code == 200


def test_session_page_query_count_is_flat(demo, client, participant, django_assert_max_num_queries):
    session = make_session(capacity=50)
    client.force_login(participant)
    with django_assert_max_num_queries(60) as before:
        client.get(session.url)
    for i in range(10):
        user = get_user_model().objects.create_user(f"flat-{i}", password="x" * 12)
        services.registration_create(session=session, user=user)
    with django_assert_max_num_queries(len(before.captured_queries)):
        assert client.get(session.url).status_code == 200


def test_publishing_in_admin_warns_about_double_booking(demo, client, facilitator):
    from django.utils import timezone

    start = timezone.now().replace(microsecond=0) + timezone.timedelta(days=50)
    make_session(start=start, venue_name="Zaal Dubbel", title="Eerste in Zaal Dubbel")
    second = make_session(start=start + timezone.timedelta(hours=1), venue_name="Zaal Dubbel")
    client.force_login(facilitator)
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    data = nested_form_data(
        {
            "title": second.title,
            "slug": second.slug,
            "kind": second.kind,
            "start": timezone.localtime(second.start).strftime("%Y-%m-%d %H:%M"),
            "end": timezone.localtime(second.end).strftime("%Y-%m-%d %H:%M"),
            "venue_name": "Zaal Dubbel",
            "audience": "everyone",
            "description": rich_text(""),
            "minutes": rich_text(""),
            "outcomes": rich_text(""),
            "follow_up": rich_text(""),
            "material": streamfield([]),
            "agenda_items": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/{second.pk}/edit/", data, follow=True)
    text = response.content.decode()
    assert "Zaal Dubbel is ook geboekt" in text, text[:3000]

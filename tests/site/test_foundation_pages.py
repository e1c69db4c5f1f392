"""The host site: every page linked from home answers, access per role."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from pilot.lessons.models import LessonIndexPage
from sessions.models import SessionPage
from themes.models import ThemePage

pytestmark = pytest.mark.django_db


def _links(html: str) -> set[str]:
    import re

    return {h for h in re.findall(r'href="(/[^"#]*)"', html) if not h.startswith("/static/")}


def test_home_and_every_linked_page_answer(client, demo):
    response = client.get("/")
    assert response.status_code == 200
    assert "Samen werken in het sociale domein" in response.text
    for href in _links(response.text):
        answer = client.get(href)
        assert answer.status_code in (200, 302), href
        if answer.status_code == 302:
            assert "/account/inloggen/" in answer["Location"], href


def test_anonymous_sees_programme_themes_and_schedule(client, demo):
    assert client.get(demo.url).status_code == 200
    theme = ThemePage.objects.live().first()
    assert client.get(theme.url).status_code == 200
    session = SessionPage.objects.live().first()
    assert client.get(session.get_parent().url).status_code == 200
    assert client.get(session.url).status_code == 200


def test_lessons_need_a_login(client, demo, professional):
    index = LessonIndexPage.objects.get()
    response = client.get(index.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/inloggen/")
    client.force_login(professional)
    assert client.get(index.url).status_code == 200


def test_programme_shows_timeline_from_kickoff_to_closing(client, demo):
    html = client.get(demo.url).text
    positions = [
        html.index(word) for word in ("Kick-off", "Startbijeenkomst", "Expertmeeting", "Afronding")
    ]
    assert positions == sorted(positions)


def test_login_logout_and_wrong_password(client, demo):
    url = reverse("account:login")
    bad = client.post(url, {"username": "deelnemer", "password": "fout"})
    assert bad.status_code == 200
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in bad.text
    good = client.post(url, {"username": "deelnemer", "password": "samen-demo-2026"})
    assert good.status_code == 302
    assert client.get("/").context["user"].username == "deelnemer"
    client.post(reverse("account:logout"))
    assert not client.get("/").context["user"].is_authenticated


def test_password_reset_sends_a_dutch_mail(client, demo, mailoutbox):
    response = client.post(
        reverse("account:password_reset"), {"email": "deelnemer@demo.samenwerken.local"}
    )
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert "wachtwoord" in mailoutbox[0].body.lower()
    assert "/account/wachtwoord-herstellen/" in mailoutbox[0].body


def test_english_switch(client, demo):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = client.get("/").text
    assert 'lang="en"' in html
    assert "Log in" in html


@pytest.mark.parametrize(
    ("username", "admin_ok"),
    [("facilitator", True), ("redactie", True), ("deelnemer", True), ("professional", False)],
)
def test_admin_access_per_role(client, demo, username, admin_ok):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username=username))
    response = client.get("/admin/")
    assert (response.status_code == 200) is admin_ok


def test_unknown_url_is_a_friendly_404(client, demo):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.text


def test_demo_loader_is_idempotent(demo):
    from pilot.demo.loader import load_demo

    before = Page.objects.count()
    load_demo()
    assert Page.objects.count() == before


def test_demo_has_24_teams_following_their_neighbourhood(demo):
    from pilot.programme.models import Team

    teams = Team.objects.prefetch_related("roles__role")
    assert teams.count() == 24
    for team in teams:
        assert 8 <= sum(r.count for r in team.roles.all()) <= 10
    mariahoeve = {r.role.name for r in Team.objects.get(name__contains="Mariahoeve").roles.all()}
    assert {"Casemanager dementie", "Ouderenconsulent"} <= mariahoeve
    schilderswijk = {
        r.role.name: r.count for r in Team.objects.get(name__contains="Schilderswijk").roles.all()
    }
    assert schilderswijk["MEE-consulent"] >= 2


def test_demo_refuses_production_settings(settings, demo):
    from django.core.exceptions import ImproperlyConfigured

    from pilot.demo.loader import load_demo

    settings.SAMENWERKEN_ALLOW_DEMO_DATA = False
    with pytest.raises(ImproperlyConfigured):
        load_demo()


def test_facilitator_dashboard_panel_and_team_snippets(client, demo, facilitator, participant):
    client.force_login(facilitator)
    html = client.get("/admin/").text
    assert "Pilot in het kort" in html
    assert "24 teams" in html
    teams = client.get(reverse("wagtailsnippets_pilot_team:list"))
    assert teams.status_code == 200
    assert "SWT Mariahoeve" in teams.text
    client.force_login(participant)
    assert "Pilot in het kort" not in client.get("/admin/").text


def test_admin_speaks_dutch(client, demo, facilitator):
    client.force_login(facilitator)
    assert "Pagina's" in client.get("/admin/").text


def test_lesson_list_refuses_a_logged_in_user_without_a_role(client, demo, outsider):
    client.force_login(outsider)
    assert client.get(LessonIndexPage.objects.get().url).status_code == 403


def test_dutch_first_whatever_the_browser_asks(client, demo):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").text
    assert 'lang="nl"' in html
    assert "Inloggen" in html


def test_moderation_page_title_is_plain_text(client, demo, editor):
    import re

    client.force_login(editor)
    html = client.get(reverse("pilot:discussion:moderation")).text
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "<" not in title and "Moderatie discussies" in title


def test_pilot_catalogue_translates_to_english():
    from django.utils import translation

    with translation.override("en"):
        assert translation.gettext("Resultaatpagina's") == "Results pages"
        assert translation.gettext("Casuslessen") != "Casuslessen"


@pytest.mark.django_db
def test_navigation_costs_nothing_until_a_template_uses_it(rf):
    """The Wagtail admin and the API never render the site navigation: no queries for it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from samenwerken.core.context_processors import navigation

    request = rf.get("/admin/")
    with CaptureQueriesContext(connection) as ctx:
        context = navigation(request)
    assert len(ctx.captured_queries) == 0
    assert [p.title for p in context["nav_items"]]  # evaluated on use
    assert context["nav_home"].pk

"""Home -> programme -> a theme -> log in as a participant -> log out, with axe."""

import pytest

from tests.browser.conftest import assert_accessible, login

pytestmark = pytest.mark.browser


def test_visitor_to_participant_journey(page, live_url):
    page.goto(live_url + "/")
    assert_accessible(page)
    page.get_by_role("link", name="Samen werken in het sociale domein").first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Samen werken in het sociale domein"
    assert page.get_by_test_id("timeline").is_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Thema's").click()
    page.get_by_role("link", name="Bemoeizorg").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Bemoeizorg"
    assert_accessible(page)

    login(page, live_url, "deelnemer")
    assert page.get_by_text("Daan Mulder").is_visible()
    assert_accessible(page)
    page.get_by_test_id("logout").click()
    page.wait_for_load_state()
    assert page.get_by_test_id("login-link").is_visible()


def test_login_page_is_accessible_and_explains_errors(page, live_url):
    page.goto(live_url + "/account/inloggen/")
    assert_accessible(page)
    page.get_by_label("Gebruikersnaam").fill("deelnemer")
    page.get_by_label("Wachtwoord").fill("verkeerd")
    page.get_by_role("button", name="Inloggen").click()
    assert page.get_by_role("alert").is_visible()
    assert_accessible(page)

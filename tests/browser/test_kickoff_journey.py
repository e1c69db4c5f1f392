"""The kick-off choice round in a real browser, with axe on every page.

A facilitator opens a round of their own (the live server is shared by all
browser tests, so this test never closes the demo round), a team member votes
and changes the ballot, the facilitator closes and publishes, and the
programme page shows the result.
"""

import uuid

import pytest

from tests.browser.conftest import assert_accessible, login

pytestmark = pytest.mark.browser

PROGRAMME = "Samen werken in het sociale domein"
CANDIDATES = ["Bemoeizorg", "Jeugd", "Ouderen", "Schulden"]


def _programme(page, live_url):
    page.goto(live_url + "/")
    page.get_by_role("link", name=PROGRAMME).first.click()
    page.wait_for_load_state()


def test_member_votes_and_facilitator_publishes(browser, context, live_url):
    title = f"Browserronde {uuid.uuid4().hex[:6]}"
    facilitator = context.new_page()
    login(facilitator, live_url, "facilitator")
    _programme(facilitator, live_url)
    facilitator.get_by_role("link", name="Nieuwe keuzeronde openen").click()
    facilitator.wait_for_load_state()
    assert_accessible(facilitator)
    facilitator.get_by_label("Titel").fill(title)
    for name in CANDIDATES:
        facilitator.get_by_role("checkbox", name=name, exact=True).check()
    facilitator.get_by_label("Aantal te kiezen thema's").fill("2")
    facilitator.get_by_label("Grootte van de pilotgroep").fill("2")
    facilitator.get_by_label("Maximaal aantal leden per team").fill("1")
    facilitator.get_by_role("button", name="Keuzeronde openen").click()
    facilitator.wait_for_load_state()
    assert facilitator.get_by_text("De keuzeronde is geopend.").is_visible()
    assert facilitator.get_by_test_id("round-state").inner_text() == "open"

    member_context = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    member = member_context.new_page()
    login(member, live_url, "waldeck-2")
    _programme(member, live_url)
    member.get_by_role("link", name=f"Stem nu: {title}").click()
    member.wait_for_load_state()
    assert_accessible(member)
    # an incomplete ranking is refused in Dutch
    member.get_by_label("Keuze 1", exact=True).select_option(label="Jeugd")
    member.get_by_role("button", name="Stem uitbrengen").click()
    assert "er ontbreken er nog 3" in member.get_by_role("alert").inner_text()
    assert_accessible(member)
    for position, name in enumerate(["Jeugd", "Ouderen", "Schulden", "Bemoeizorg"], start=1):
        member.get_by_label(f"Keuze {position}", exact=True).select_option(label=name)
    member.get_by_role("button", name="Stem uitbrengen").click()
    member.wait_for_load_state()
    assert member.get_by_text("Uw stem is opgeslagen").is_visible()
    # change the ballot: a different order, and volunteer for the pilot group
    for position, name in enumerate(["Bemoeizorg", "Schulden", "Jeugd", "Ouderen"], start=1):
        member.get_by_label(f"Keuze {position}", exact=True).select_option(label=name)
    member.get_by_label("Ik wil in de pilotgroep").check()
    member.get_by_role("group", name="Ik wil werken aan").get_by_label("Bemoeizorg").check()
    member.get_by_role("button", name="Stem wijzigen").click()
    member.wait_for_load_state()
    assert member.get_by_text("Uw stem is gewijzigd").is_visible()
    assert member.get_by_label("Keuze 1", exact=True).input_value() != ""
    assert (
        member.get_by_label("Keuze 1", exact=True).locator("option:checked").inner_text()
        == "Bemoeizorg"
    )
    assert_accessible(member)

    facilitator.reload()
    assert "1 stem uitgebracht" in facilitator.get_by_test_id("turnout-total").inner_text()
    assert "SWT Waldeck" in facilitator.get_by_test_id("turnout").inner_text()
    assert_accessible(facilitator)
    facilitator.get_by_role("button", name="Keuzeronde sluiten en tellen").click()
    facilitator.wait_for_load_state()
    assert facilitator.get_by_test_id("round-state").inner_text().startswith("gesloten")
    chosen = facilitator.get_by_test_id("chosen-themes").inner_text()
    assert "Bemoeizorg" in chosen
    assert_accessible(facilitator)
    facilitator.get_by_role("button", name="Uitslag publiceren").click()
    facilitator.wait_for_load_state()
    assert facilitator.get_by_text("De uitslag is gepubliceerd").first.is_visible()

    # the member can no longer change the ballot
    member.reload()
    assert member.get_by_role("button", name="Stem wijzigen").count() == 0

    anonymous = browser.new_context(locale="nl-NL").new_page()
    _programme(anonymous, live_url)
    result = anonymous.get_by_test_id("round-result")
    assert f"Uitslag: {title}" in result.inner_text()
    assert "Bemoeizorg" in result.get_by_test_id("chosen-themes").inner_text()
    assert result.get_by_test_id("result-chart").is_visible()
    assert "Waldeck" in result.get_by_test_id("pilot-group").inner_text()
    assert_accessible(anonymous)
    result.get_by_role("link", name="Hoe is er geteld?").click()
    anonymous.wait_for_load_state()
    assert anonymous.get_by_role("heading", name="Hoe is er geteld?").is_visible()
    assert_accessible(anonymous)
    member_context.close()

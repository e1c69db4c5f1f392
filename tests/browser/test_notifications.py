"""Notifications in a browser: A mentions B in a thread, B finds it on the
notifications page (accessible), opens it at the message, and it is read."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, login

pytestmark = pytest.mark.browser


def test_mention_shows_up_opens_at_the_message_and_is_read(browser, live_url):
    ctx_a = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    ctx_b = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    ctx_a.set_default_timeout(15_000)
    ctx_b.set_default_timeout(15_000)
    try:
        a, b = ctx_a.new_page(), ctx_b.new_page()
        login(a, live_url, "deelnemer")
        a.goto(live_url + "/")
        a.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Thema's").click()
        a.get_by_role("link", name="Ouderen").first.click()
        tag = "t" + uuid.uuid4().hex[:8]  # glued to a letter: never read as a date or postcode
        text = f"Hoe pak jij dit aan, @deelnemer2? <b>{tag}</b>"
        a.get_by_label("Uw bericht").fill(text)
        a.get_by_role("button", name="Plaatsen").click()
        body = a.locator("[data-messages] .discussion-body").filter(has_text=tag)
        expect(body).to_be_visible()  # live, or after the plain form's reload

        login(b, live_url, "deelnemer2")
        b.goto(live_url + "/discussie/meldingen/")
        expect(b.get_by_role("heading", name="Meldingen", level=1)).to_be_visible()
        item = b.locator(".notification").filter(has_text=tag)
        expect(item).to_have_attribute("data-unread", "1")
        expect(item.locator("blockquote")).to_have_text(text)  # the tag is text, not markup
        expect(item).to_contain_text("noemde u bij thema “Ouderen")
        assert_accessible(b)

        item.get_by_role("button", name=re.compile("Naar het bericht")).click()
        b.wait_for_load_state()
        assert re.search(r"#bericht-\d+$", b.url), b.url
        anchor = b.url.rsplit("#", 1)[1]
        expect(b.locator(f"#{anchor} .discussion-body").first).to_contain_text(tag)

        b.goto(live_url + "/discussie/meldingen/")
        expect(b.locator(".notification").filter(has_text=tag)).to_have_attribute(
            "data-unread", "0"
        )
        b.goto(live_url + "/discussie/meldingen/?page=zomaar")
        expect(b.get_by_role("heading", name="Meldingen", level=1)).to_be_visible()
    finally:
        ctx_a.close()
        ctx_b.close()


def test_anonymous_is_asked_to_log_in(page, live_url):
    page.goto(live_url + "/discussie/meldingen/")
    assert "/account/inloggen/" in page.url

"""Live threads in two browsers: A posts, B sees it without reloading; B goes
offline, A posts twice, B reconnects and sees both exactly once; a `<script>`
payload is inert text; a message with personal data is held with its findings.
"""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, login

pytestmark = pytest.mark.browser


def open_theme(page, live_url, username):
    login(page, live_url, username)
    page.goto(live_url + "/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Thema's").click()
    page.get_by_role("link", name="Ouderen").first.click()
    page.wait_for_load_state()
    expect(page.locator("[data-thread]")).to_have_attribute("data-live", "1")


def post(page, text):
    page.get_by_label("Uw bericht").fill(text)
    page.get_by_role("button", name="Plaatsen").click()
    expect(page.get_by_label("Uw bericht")).to_have_value("")


def test_two_readers_live_offline_and_back(browser, live_url):
    ctx_a = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    ctx_b = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    ctx_a.set_default_timeout(15_000)
    ctx_b.set_default_timeout(15_000)
    try:
        a, b = ctx_a.new_page(), ctx_b.new_page()
        open_theme(a, live_url, "deelnemer")
        open_theme(b, live_url, "deelnemer2")
        tag = "t" + uuid.uuid4().hex[:8]  # glued to a letter: never read as a date or postcode
        messages_b = b.locator("[data-messages]")

        post(a, f"Eerste bericht {tag}")
        expect(messages_b.get_by_text(f"Eerste bericht {tag}")).to_be_visible()
        expect(b.locator("[data-presence]")).to_have_text(re.compile(r"\d+ mensen lezen mee"))

        # B goes offline: its socket drops and cannot come back until online again
        ctx_b.set_offline(True)
        b.evaluate("window.samenwerkenThread.socket().close()")
        expect(b.locator("[data-thread]")).to_have_attribute("data-live", "0")
        post(a, f"Gemist een {tag}")
        post(a, f"Gemist twee {tag}")
        b.wait_for_timeout(1500)
        expect(b.locator("[data-thread]")).to_have_attribute("data-live", "0")
        expect(messages_b.get_by_text(f"Gemist een {tag}")).to_have_count(0)

        ctx_b.set_offline(False)
        expect(b.locator("[data-thread]")).to_have_attribute("data-live", "1")
        expect(messages_b.get_by_text(f"Gemist een {tag}")).to_have_count(1)
        expect(messages_b.get_by_text(f"Gemist twee {tag}")).to_have_count(1)
        expect(messages_b.get_by_text(f"Eerste bericht {tag}")).to_have_count(1)

        # B answers A's first message; A sees the reply nested under it, live
        first_b = b.locator(".discussion-message").filter(has_text=f"Eerste bericht {tag}").first
        first_b.get_by_role("button", name="Reageren").click()
        expect(b.locator("[data-replying]")).to_contain_text("U reageert op")
        post(b, f"Antwoord {tag}")
        first_a = a.locator("[data-messages] > .discussion-message").filter(
            has_text=f"Eerste bericht {tag}"
        )
        expect(
            first_a.locator(".discussion-replies").get_by_text(f"Antwoord {tag}")
        ).to_be_visible()

        # a script payload is shown as text and never runs
        payload = (
            f"<script>window.__pwned = '{tag}'</script><img src=x onerror=\"window.__pwned=1\">"
        )
        post(a, payload)
        expect(messages_b.get_by_text(payload)).to_have_count(1)
        assert b.evaluate("window.__pwned") is None
        assert a.evaluate("window.__pwned") is None
        assert messages_b.locator("script, img").count() == 0
        assert_accessible(b)

        # after a reload the server-rendered thread shows each message once
        b.reload()
        expect(b.locator("[data-thread]")).to_have_attribute("data-live", "1")
        expect(messages_b.get_by_text(f"Gemist twee {tag}")).to_have_count(1)
        expect(messages_b.get_by_text(payload)).to_have_count(1)
    finally:
        ctx_a.close()
        ctx_b.close()


def test_personal_data_is_held_with_findings(page, live_url):
    open_theme(page, live_url, "deelnemer3")
    tag = "t" + uuid.uuid4().hex[:6]  # glued to a letter: never read as a postcode
    page.get_by_label("Uw bericht").fill(f"Bel haar op 06-12345678 ({tag})")
    page.get_by_role("button", name="Plaatsen").click()
    findings = page.locator("[data-findings]")
    expect(findings).to_be_visible()
    expect(findings).to_contain_text("tegengehouden")
    held = page.locator(".discussion-message.state-held").filter(has_text=tag)
    expect(held.locator("mark")).to_have_text("06-12345678")
    held.get_by_role("button", name=re.compile("voorleggen aan de redactie")).click()
    expect(
        page.locator(".discussion-message.state-pending_review").filter(has_text=tag)
    ).to_be_visible()
    assert_accessible(page)


def test_moderator_views_are_accessible(page, live_url):
    open_theme(page, live_url, "redactie")
    assert_accessible(page)
    page.get_by_role("link", name="Naar de moderatie van discussies").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Moderatie discussies")
    assert_accessible(page)

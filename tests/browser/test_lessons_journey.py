"""A participant writes a lesson with a client's name and birth date, sees both findings,
replaces them and submits; an editor approves; a professional reads it live (with axe)."""

import re
import sqlite3

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, login

pytestmark = pytest.mark.browser

TITLE = "Een cliënt die de huisarts meed"
TEXT = "Mevrouw Yilmaz (geboren 3 maart 1950) meed de huisarts."


def _lesson_index_id(server_env) -> int:
    with sqlite3.connect(server_env["SQLITE_PATH"]) as db:
        return db.execute("select page_ptr_id from lessons_lessonindexpage").fetchone()[0]


def test_participant_writes_reviewer_approves_professional_reads(browser, live_url, server_env):
    index_id = _lesson_index_id(server_env)

    # 1. The participant writes the lesson in Wagtail's editor.
    author = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    author.set_default_timeout(20_000)
    page = author.new_page()
    login(page, live_url, "deelnemer")
    page.goto(f"{live_url}/admin/pages/add/lessons/caselessonpage/{index_id}/")
    page.locator("#id_title").fill(TITLE)
    editor = page.locator('[data-contentpath="situation"] [contenteditable="true"]')
    expect(editor).to_be_visible()
    editor.click()
    page.keyboard.type(TEXT)
    expect(editor).to_contain_text("geboren 3 maart 1950")
    page.locator("#id_title").click()  # Draftail writes its hidden input when it loses focus
    expect(page.locator("#id_situation")).to_have_value(re.compile("Yilmaz"))
    page.locator("#id_consent_given").check()
    page.locator("#id_consent_date").fill("2025-11-01")
    page.locator("#id_consent_scope").select_option("platform")
    page.locator("button.action-save").first.click()
    page.wait_for_url("**/edit/")

    # 2. Both findings show in place, with their label; one click replaces each.
    findings = page.get_by_test_id("lesson-finding")
    expect(findings).to_have_count(2, timeout=15_000)
    labels = {findings.nth(i).get_attribute("data-label") for i in range(2)}
    assert labels == {"person", "date"}
    assert page.locator("mark", has_text="Yilmaz").is_visible()
    page.get_by_role("button", name="Vervang Yilmaz door [naam]").click()
    expect(page.get_by_test_id("lesson-finding")).to_have_count(1)
    page.get_by_role("button", name="Vervang 3 maart 1950 door [datum]").click()
    expect(page.get_by_test_id("lesson-finding")).to_have_count(0)
    expect(page.get_by_text("Geen open vondsten")).to_be_visible()
    editor_text = page.locator(
        '[data-contentpath="situation"] [contenteditable="true"]'
    ).inner_text()
    assert "Mevrouw [naam] (geboren [datum])" in editor_text

    # 3. ... and submits it for review.
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Stuur door naar Casusles beoordelen").click()
    page.wait_for_url(lambda url: "/edit/" not in url)
    with sqlite3.connect(server_env["SQLITE_PATH"]) as db:
        lesson_id, live = db.execute(
            "select id, live from wagtailcore_page where title = ?", (TITLE,)
        ).fetchone()
    assert live == 0
    lesson_edit = f"{live_url}/admin/pages/{lesson_id}/edit/"
    author.close()

    # 4. The editor (not an author) approves; the workflow publishes it.
    reviewer = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    reviewer.set_default_timeout(20_000)
    page = reviewer.new_page()
    login(page, live_url, "redactie")
    page.goto(lesson_edit)
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Goedkeuren en publiceren", exact=True).click()
    page.wait_for_url(lambda url: "/edit/" not in url)
    reviewer.close()

    # 5. A professional finds it in the lesson list and reads it.
    reader = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    reader.set_default_timeout(20_000)
    page = reader.new_page()
    login(page, live_url, "professional")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Casuslessen").click()
    page.wait_for_load_state()
    assert_accessible(page)
    page.get_by_test_id("lesson-list").get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    body = page.get_by_test_id("case-lesson").inner_text()
    assert "Mevrouw [naam] (geboren [datum])" in body
    assert "Yilmaz" not in body and "1950" not in body
    assert_accessible(page)
    reader.close()


def test_anonymous_visitor_is_asked_to_log_in(page, live_url):
    page.goto(f"{live_url}/samen-werken-in-het-sociale-domein/casuslessen/")
    assert "/account/inloggen/" in page.url

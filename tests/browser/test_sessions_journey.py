"""A facilitator schedules an expert meeting in the admin; participants register,
download the .ics, find it in "Mijn sessies"; the waiting list promotes on cancel."""

import datetime as dt
import subprocess
import sys
import uuid
from pathlib import Path

import icalendar
import pytest

from tests.browser.conftest import assert_accessible, login

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.browser


def _index_page_id(server_env) -> int:
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "shell",
            "-c",
            "from sessions.models import SessionIndexPage; print(SessionIndexPage.objects.get().pk)",
        ],
        env=server_env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip().splitlines()[-1])


def _create_expert_meeting(page, live_url, server_env, title: str) -> None:
    login(page, live_url, "facilitator")
    page.goto(f"{live_url}/admin/pages/{_index_page_id(server_env)}/add_subpage/")
    page.wait_for_load_state()
    if "add_subpage" in page.url:  # more than one page type: choose the session
        page.get_by_role("link", name="Bijeenkomst").first.click()
    start = (dt.datetime.now() + dt.timedelta(days=30)).replace(hour=13, minute=0)
    page.locator("#id_title").fill(title)
    page.locator("#id_kind").select_option("expert")
    page.locator("#id_start").fill(start.strftime("%Y-%m-%d %H:%M"))
    page.locator("#id_end").fill((start + dt.timedelta(hours=3)).strftime("%Y-%m-%d %H:%M"))
    page.locator("#id_venue_name").fill("Wijkcentrum Browsertest")
    page.locator("#id_capacity").fill("1")
    page.keyboard.press("Escape")
    # the date picker closes on a click outside it, not always on Escape: it would cover
    # the footer's publish menu (seen once in CI under load)
    page.locator("#id_title").click()
    page.locator(".xdsoft_datetimepicker:visible").first.wait_for(state="hidden")
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_load_state()
    assert page.locator(".messages .success, .messages [class*='success']").first.is_visible(), (
        page.locator(".messages, .error-message, .help-critical").all_inner_texts()
    )


def _open_session(page, live_url, title: str) -> None:
    page.goto(f"{live_url}/samen-werken-in-het-sociale-domein/bijeenkomsten/")
    page.get_by_role("link", name=title).click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == title


def test_expert_meeting_registration_waiting_list_and_promotion(
    browser, page, live_url, server_env, tmp_path
):
    title = f"Expertmeeting browsertest {uuid.uuid4().hex[:6]}"
    _create_expert_meeting(page, live_url, server_env, title)

    first = browser.new_context(
        locale="nl-NL", timezone_id="Europe/Amsterdam", accept_downloads=True
    )
    p1 = first.new_page()
    login(p1, live_url, "deelnemer")
    _open_session(p1, live_url, title)
    assert_accessible(p1)
    p1.get_by_test_id("registration").get_by_role("button", name="Aanmelden").click()
    p1.wait_for_load_state()
    assert "U bent aangemeld" in p1.get_by_test_id("registration").inner_text()
    assert_accessible(p1)

    with p1.expect_download() as download_info:
        p1.get_by_test_id("ics-link").click()
    path = tmp_path / "sessie.ics"
    download_info.value.save_as(path)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    event = next(iter(cal.walk("VEVENT")))
    assert str(event["SUMMARY"]) == title
    assert str(cal.walk("VTIMEZONE")[0]["TZID"]) == "Europe/Amsterdam"

    p1.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Mijn sessies").click()
    p1.wait_for_load_state()
    assert title in p1.get_by_test_id("my-upcoming").inner_text()
    assert_accessible(p1)

    second = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    p2 = second.new_page()
    login(p2, live_url, "deelnemer2")
    _open_session(p2, live_url, title)
    p2.get_by_test_id("registration").get_by_role("button", name="Op de wachtlijst").click()
    p2.wait_for_load_state()
    assert "wachtlijst" in p2.get_by_test_id("registration").inner_text()

    p1.get_by_role("button", name=f"Afmelden – {title}").click()
    p1.wait_for_load_state()
    assert title not in p1.get_by_test_id("my-upcoming").inner_text()

    p2.reload()
    assert "U bent aangemeld" in p2.get_by_test_id("registration").inner_text()
    # the facilitator's check-in list shows the promoted participant and is accessible
    _open_session(page, live_url, title)
    page.get_by_role("link", name="Presentielijst").click()
    page.wait_for_load_state()
    assert "Dewi Kartosen" in page.get_by_role("table").inner_text()
    assert_accessible(page)

    mails = [f.read_text(errors="replace") for f in Path(server_env["EMAIL_FILE_PATH"]).glob("*")]
    assert any("deelnemer2@" in m and "Er is plek" in m for m in mails)
    first.close()
    second.close()

"""Browser tests: a real daphne server on a fresh SQLite file with the demo, and
Debian's headless Chromium driven by Playwright. These run the same stack a
person uses (HTTP and websockets), so nothing here is mocked.
"""

import shutil
from pathlib import Path

import pytest

from tests.servers import prepare_server_env, start_daphne

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
DEMO_PASSWORD = "samen-demo-2026"


@pytest.fixture(scope="session")
def server_env(tmp_path_factory):
    """Environment for the server process: its own SQLite file with the demo, mail folder."""
    return prepare_server_env(tmp_path_factory.mktemp("server"))


@pytest.fixture(scope="session")
def live_url(server_env):
    """A daphne server (HTTP + websockets) serving the demo; yields its base URL."""
    server = start_daphne(server_env)
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(
            "Debian's chromium is missing: run scripts/system-packages.sh (apt-get install chromium)"
        )
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    ctx = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    ctx.set_default_timeout(15_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context):
    return context.new_page()


def login(page, live_url: str, username: str, password: str = DEMO_PASSWORD) -> None:
    """Log in through the front-end form, as a person does."""
    page.goto(f"{live_url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()


def assert_accessible(page) -> None:
    """axe-core on the current page: no serious or critical violations."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v.get("impact") in {"serious", "critical"}]
    assert not bad, "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}"
        for v in bad
    )

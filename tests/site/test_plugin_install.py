"""The three apps install into a fresh `wagtail start` project and render their pages.

This runs the real `wagtail start`, edits the new project's settings and URLs
the way the README tells a host to, migrates it and renders a page of each
app, all in a subprocess with the new project's own settings.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WAGTAIL = Path(sys.executable).with_name("wagtail")

pytestmark = pytest.mark.slow

RENDER_SCRIPT = r"""
import datetime as dt
from django.test import Client
from django.utils import timezone
from wagtail.models import Page
from home.models import HomePage
from pilot.programme.models import ProgrammePage
from pilot.lessons.models import LessonIndexPage
from themes.models import ThemeIndexPage, ThemePage
from sessions.models import SessionIndexPage, SessionPage

home = HomePage.objects.first()
programme = ProgrammePage(title="Pilot", slug="pilot", intro="Een pilot")
home.add_child(instance=programme)
themes = ThemeIndexPage(title="Thema's", slug="themas")
programme.add_child(instance=themes)
theme = ThemePage(title="Ouderen", slug="ouderen", summary="Ouderen in de wijk")
themes.add_child(instance=theme)
schedule = SessionIndexPage(title="Bijeenkomsten", slug="bijeenkomsten")
programme.add_child(instance=schedule)
start = timezone.now() + dt.timedelta(days=7)
session = SessionPage(title="Workshop", slug="workshop", kind="workshop", start=start,
                      end=start + dt.timedelta(hours=2))
schedule.add_child(instance=session)
lessons = LessonIndexPage(title="Lessen", slug="lessen")
programme.add_child(instance=lessons)
for page in (programme, themes, theme, schedule, session, lessons):
    page.save_revision().publish()
client = Client()
for page in (programme, themes, theme, schedule, session, lessons):
    page.refresh_from_db()
    response = client.get(page.url)
    print("STATUS", page.title, response.status_code)
"""


def test_apps_install_into_a_fresh_wagtail_project(tmp_path):
    env = {"PATH": str(Path(sys.executable).parent)}  # nothing of this project's settings
    started = subprocess.run(
        [str(WAGTAIL), "start", "hostsite", str(tmp_path)], capture_output=True, text=True, env=env
    )
    assert started.returncode == 0, started.stdout + started.stderr
    settings = tmp_path / "hostsite" / "settings" / "base.py"
    settings.write_text(
        settings.read_text()
        + "\nimport sys\n"
        + f"sys.path.insert(0, {str(ROOT)!r})\n"
        + "from pilot import PLUGIN_APPS\n"
        + "INSTALLED_APPS = PLUGIN_APPS + INSTALLED_APPS + ['channels']\n"
    )
    urls = tmp_path / "hostsite" / "urls.py"
    text = urls.read_text()
    assert "urlpatterns = [" in text
    urls.write_text(
        text.replace(
            "urlpatterns = [",
            'urlpatterns = [\n    path("", include("pilot.urls")),\n'
            '    path("", include("themes.urls")),\n    path("", include("sessions.urls")),',
            1,
        )
    )
    env["DJANGO_SETTINGS_MODULE"] = "hostsite.settings.dev"
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "manage.py", *args], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    migrate = run("migrate", "--noinput")
    assert migrate.returncode == 0, migrate.stderr[-3000:]
    rendered = run("shell", "-c", RENDER_SCRIPT)
    assert rendered.returncode == 0, rendered.stderr[-3000:]
    statuses = [line.split() for line in rendered.stdout.splitlines() if line.startswith("STATUS")]
    assert len(statuses) == 6, rendered.stdout
    by_title = {parts[1]: int(parts[-1]) for parts in statuses}
    assert by_title["Pilot"] == 200
    assert by_title["Ouderen"] == 200
    assert by_title["Workshop"] == 200
    assert by_title["Bijeenkomsten"] == 200
    assert by_title["Thema's"] == 200
    # lessons need a login in any host: anonymous visitors are sent to log in
    assert by_title["Lessen"] in (302, 403)

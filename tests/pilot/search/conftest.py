"""Search test helpers. Until the host wires `pilot.search` (INSTALLED_APPS and
`zoeken/` in its URLs) these fixtures add both for the test, exactly as the
host will."""

import os
import types

import pytest
from django.urls import NoReverseMatch, clear_url_caches, include, path, reverse


@pytest.fixture(autouse=True)
def _search_wired(settings):
    if "pilot.search" not in settings.INSTALLED_APPS:
        # what the app's AppConfig would do: its templates and its signal wiring
        from pathlib import Path

        from pilot.search import signals

        templates = [dict(t) for t in settings.TEMPLATES]
        templates[0]["DIRS"] = [*templates[0]["DIRS"], Path(signals.__file__).parent / "templates"]
        settings.TEMPLATES = templates
        signals.connect()
    try:
        reverse("search:search")
    except NoReverseMatch:
        from samenwerken import urls as host

        module = types.ModuleType("search_test_urls")
        module.urlpatterns = [path("zoeken/", include("pilot.search.urls")), *host.urlpatterns]
        settings.ROOT_URLCONF = module
        clear_url_caches()
    yield
    clear_url_caches()


def publish(page):
    """Publish the latest revision, as the admin's publish button does."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def theme_index(demo):
    from themes.models import ThemeIndexPage

    return ThemeIndexPage.objects.get()


@pytest.fixture
def make_theme(theme_index, django_capture_on_commit_callbacks):
    from themes.models import ThemePage

    def make(title, summary="", body="", tags=(), live=True):
        page = ThemePage(title=title, summary=summary or title, body=body, live=False)
        theme_index.add_child(instance=page)
        for tag in tags:
            page.tags.add(tag)
        page.save()
        if live:
            with django_capture_on_commit_callbacks(execute=True):
                publish(page)
        return page

    return make


def configured_engines() -> list[str]:
    """The database engine always; Elasticsearch only when a cluster is configured."""
    engines = ["database"]
    if os.environ.get("ELASTICSEARCH_URL"):
        engines.append("elasticsearch")
    return engines


_ES_READY = []


@pytest.fixture(params=configured_engines())
def search_engine(request, settings):
    """Run a contract test on each configured engine (the parameter shows in the test id)."""
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
        settings.WAGTAILSEARCH_BACKENDS = {
            "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}
        }
    else:
        from django.core.management import call_command

        settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
        if not _ES_READY:
            call_command("search_rebuild", stdout=open(os.devnull, "w"))  # noqa: SIM115
            _ES_READY.append(True)
    return request.param

"""Search test helpers: pages to find, and the engines to run the contract on."""

import os

import pytest


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

"""Search in a real browser: type with suggestions, refine by a facet, open a
result, come back with the Back button and find query and facets kept in the URL."""

from urllib.parse import parse_qs, urlparse

import pytest

from .conftest import assert_accessible, login

pytestmark = pytest.mark.browser


@pytest.fixture
def search_url(live_url):
    return live_url


def _params(page) -> dict:
    return parse_qs(urlparse(page.url).query)


def test_search_refine_open_and_come_back(page, search_url):
    login(page, search_url, "deelnemer")
    page.goto(f"{search_url}/zoeken/")
    box = page.get_by_label("Zoek in lessen, thema's, bijeenkomsten en discussies")
    box.fill("Schul")
    expect_option = page.get_by_role("option").first
    expect_option.wait_for()
    assert "Schul" in expect_option.inner_text()
    box.fill("schulden")
    with page.expect_navigation():
        box.press("Enter")  # no suggestion chosen: the form submits what was typed
    assert _params(page)["q"] == ["schulden"]
    assert page.locator("[data-testid=search-hit]").count() > 0
    assert page.locator(".search-excerpt mark").count() > 0
    assert_accessible(page)

    page.locator("[data-facet=type]").get_by_role("link", name="Casusles").click()
    page.wait_for_load_state()
    assert _params(page) == {"q": ["schulden"], "type": ["lesson"]}
    hits = page.locator("[data-testid=search-hit]")
    assert hits.count() > 0
    assert all("Casusles" in hits.nth(i).inner_text() for i in range(hits.count()))

    first = hits.first.get_by_role("link")
    title = first.inner_text()
    first.click()
    page.wait_for_load_state()
    assert "/zoeken/" not in page.url
    assert title in page.locator("h1").first.inner_text()

    page.go_back()
    page.wait_for_load_state()
    assert _params(page) == {"q": ["schulden"], "type": ["lesson"]}
    assert box.input_value() == "schulden"
    selected = page.locator("[data-facet=type] a[aria-current=true]")
    assert selected.inner_text() == "Casusles"
    assert_accessible(page)


def test_anonymous_sees_overview_without_lessons(page, search_url):
    page.goto(f"{search_url}/zoeken/?q=schulden&type=lesson")
    assert page.locator("[data-testid=search-hit]").count() == 0
    assert "0 resultaten" in page.locator("[data-testid=result-count]").inner_text()
    page.goto(f"{search_url}/zoeken/")
    assert "Casusles" not in page.locator("[data-facet=type]").inner_text()
    assert_accessible(page)


def test_bad_input_in_the_browser(page, search_url):
    page.goto(f"{search_url}/zoeken/?q=%22%28%28*%20AND%20%F0%9F%99%82&page=abc&theme=x")
    assert page.locator("h1").inner_text() == "Zoeken"
    assert page.locator(".notice").count() >= 1

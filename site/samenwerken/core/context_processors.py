"""Navigation for the base template: the main sections of the site."""

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def navigation(request: HttpRequest) -> dict[str, Any]:
    """Live in-menu pages up to two levels below home (programme, themes, ...).

    Lazy: pages that do not render the site navigation (the Wagtail admin, the
    JSON API) never run the queries.
    """

    def root():
        site = Site.find_for_request(request)
        return site.root_page if site is not None else None

    def items():
        home = root()
        if home is None:
            return []
        pages = home.get_descendants().live().in_menu().filter(depth__lte=home.depth + 2)
        return list(pages.order_by("path"))

    return {"nav_home": SimpleLazyObject(root), "nav_items": SimpleLazyObject(items)}

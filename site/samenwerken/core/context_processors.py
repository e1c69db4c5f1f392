"""Navigation for the base template: the main sections of the site."""

from typing import Any

from django.http import HttpRequest
from wagtail.models import Site


def navigation(request: HttpRequest) -> dict[str, Any]:
    """Live in-menu pages up to two levels below home (programme, themes, ...)."""
    site = Site.find_for_request(request)
    if site is None:
        return {"nav_items": []}
    root = site.root_page
    items = list(
        root.get_descendants().live().in_menu().filter(depth__lte=root.depth + 2).order_by("path")
    )
    return {"nav_home": root, "nav_items": items}

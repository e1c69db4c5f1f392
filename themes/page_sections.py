"""Extra sections on a page, contributed by other apps through one hook.

A page's `get_context` calls `page_sections(page, request)`; any app registers
`@hooks.register("page_sections")` with `fn(page, request) -> dict | None`,
where the dict has at least `title` and `template` (and anything the template
needs). This keeps dependencies pointing one way: the page's app never
imports the app that adds a section (e.g. discussion threads on a theme).
"""

from typing import Any

from wagtail import hooks


def page_sections(page, request) -> list[dict[str, Any]]:
    sections = []
    for fn in hooks.get_hooks("page_sections"):
        section = fn(page, request)
        if section:
            sections.append(section)
    return sorted(sections, key=lambda s: s.get("order", 50))

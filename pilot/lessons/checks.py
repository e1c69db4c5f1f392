"""System checks: the host must let Wagtail serve lesson attachments through its view."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Warning, register


@register()
def check_document_serve_method(app_configs=None, **kwargs) -> list[Warning]:
    """With "direct", document links point at the storage and skip every access check."""
    if getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None) != "direct":
        return []
    return [
        Warning(
            "WAGTAILDOCS_SERVE_METHOD = 'direct' serves documents straight from storage, "
            "past the login and the lesson rights of the 'Casuslessen' collection.",
            hint="Leave WAGTAILDOCS_SERVE_METHOD unset, or use 'serve_view' or 'redirect'.",
            id="lessons.W001",
        )
    ]

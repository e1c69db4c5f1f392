"""Wiring only: keep the index fresh when pages go live or go away."""

from django.db import transaction
from wagtail.signals import page_published, page_unpublished


def _reindex(sender, instance, **kwargs) -> None:
    from .services import page_reindex

    page_reindex(page=instance)


def connect() -> None:
    page_published.connect(_reindex, dispatch_uid="pilot_search_published")
    page_unpublished.connect(_reindex, dispatch_uid="pilot_search_unpublished")


__all__ = ["connect", "transaction"]

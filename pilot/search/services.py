"""Writes to the search index."""

from __future__ import annotations

from django.db import transaction
from wagtail.search import index


def page_reindex(*, page) -> None:
    """Index the page again once the transaction commits.

    Wagtail's own signal indexes a page before its tags and other child rows
    are saved (one save late with the immediate task backend); indexing after
    commit sees them, so a freshly published lesson is findable by its tags.
    Unpublished pages stay in the index but every query filters on `live`.
    """
    specific = page.specific_deferred if hasattr(page, "specific_deferred") else page
    model, pk = type(specific), specific.pk

    def run() -> None:
        obj = model._default_manager.filter(pk=pk).first()
        if obj is None:
            return
        index.insert_or_update_object(obj)
        _lesson_index_sync(obj)

    transaction.on_commit(run)


def _lesson_index_sync(page) -> None:
    """Keep the Elasticsearch lesson index in step (only when Elasticsearch is on)."""
    from .service import get_engine

    engine = get_engine()
    if engine.name != "elasticsearch" or type(page).__name__ != "CaseLessonPage":
        return
    if page.live:
        engine.index_lesson(page)
    else:
        engine.remove_lesson(page.pk)

"""Rebuild the search index (and the Elasticsearch lesson index when it is on), with a progress bar."""

from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand
from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index

CHUNK = 500
WIDTH = 30


class Command(BaseCommand):
    help = "Bouw de zoekindex opnieuw op (met voortgangsbalk)."

    def add_arguments(self, parser):
        parser.add_argument("--chunk-size", type=int, default=CHUNK)

    def bar(self, done: int, total: int, label: str, started: float) -> None:
        share = done / total if total else 1.0
        filled = int(WIDTH * share)
        line = (
            f"\r{label[:28]:<28} [{'#' * filled}{'.' * (WIDTH - filled)}] "
            f"{share:6.1%} {done}/{total} {time.monotonic() - started:5.1f}s"
        )
        self.stdout.write(line, ending="")
        self.stdout.flush()

    def handle(self, *args, chunk_size: int = CHUNK, **options):
        backend = get_search_backend()
        groups = group_models_by_index(backend, get_indexed_models())
        total = sum(m.get_indexed_objects().count() for models in groups.values() for m in models)
        self.stdout.write(
            f"Zoekindex opnieuw opbouwen: {total} objecten ({type(backend).__name__})"
        )
        started, done = time.monotonic(), 0
        for index, models in groups.items():
            rebuilder = backend.rebuilder_class(index) if backend.rebuilder_class else None
            target = rebuilder.start() if rebuilder else index
            for model in models:
                label = f"{model._meta.app_label}.{model.__name__}"
                target.add_model(model)
                objects = model.get_indexed_objects().order_by("pk")
                pks = list(objects.values_list("pk", flat=True))
                for i in range(0, len(pks), chunk_size):
                    chunk = list(objects.filter(pk__in=pks[i : i + chunk_size]))
                    target.add_items(model, chunk)
                    done += len(chunk)
                    self.bar(done, total, label, started)
            if rebuilder:
                rebuilder.finish()
        self.bar(done, total, "klaar", started)
        self.stdout.write("")
        self._lesson_rows()
        self._lessons_to_elasticsearch()
        self.stdout.write(
            self.style.SUCCESS(f"Klaar: {done} objecten in {time.monotonic() - started:.1f}s")
        )

    def _lesson_rows(self) -> None:
        """SQLite: put the triggers of the compact lesson rows back and rebuild the rows."""
        from pilot.search import lessondocs

        if lessondocs.install():
            from pilot.search.models import LessonDoc

            self.stdout.write(
                f"Compacte lesregels (SQLite): {LessonDoc.objects.count()} opnieuw opgebouwd"
            )

    def _lessons_to_elasticsearch(self) -> None:
        from pilot.search.service import get_engine

        engine = get_engine()
        if engine.name != "elasticsearch":
            return
        from django.apps import apps

        from pilot.search.engines.elastic import LessonDocument, index_name

        client = engine.client()
        LessonDocument.init(index=index_name(), using=client)
        lessons = apps.get_model("lessons.CaseLessonPage").objects.live()
        total, started = lessons.count(), time.monotonic()
        for i, lesson in enumerate(lessons.iterator(), 1):
            engine.index_lesson(lesson)
            self.bar(i, total, "Elasticsearch-lessen", started)
        self.stdout.write("")
        sys.stdout.flush()

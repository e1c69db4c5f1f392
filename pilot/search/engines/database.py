# ruff: noqa: S608, S611 - SQL here holds only table names from code; user input goes in params
"""Wagtail's database search index, queried for the whole result set at once.

On SQLite (the embedded default) the FTS5 table Wagtail keeps in sync is matched
directly with our own expression: Dutch stems as prefix queries, phrases and
NOT, each token quoted. Matches land once in a per-connection temporary table
that every facet and page query joins, so a search costs one FTS5 scan.
Elsewhere (PostgreSQL with the 'dutch' configuration) Wagtail's query objects
are used, and the engine stems natively.
"""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import FloatField, Value
from django.db.models.expressions import RawSQL

from ..query import ParsedQuery, fts5_expression, stem_variants

HITS = "pilot_search_matches"
ROWS = "pilot_search_rows"


def sqlite_fts_active() -> bool:
    """True when Wagtail picked the SQLite FTS5 backend (not the substring fallback)."""
    from wagtail.search.backends import get_search_backend

    return type(get_search_backend()).__name__ == "SQLiteSearchBackend"


class Matcher:
    """The matches of one query; filters and scores querysets of each source."""

    def filter(self, source, qs):
        return qs

    def score(self, source):
        return Value(0.0, output_field=FloatField())

    def facets_for(self, source):
        """Facet counts the engine computed itself, or None to count in the database."""
        return None

    def materialize(self, source, qs):
        """Optionally pin the filtered rows once, so facet and page queries stay cheap."""
        return qs

    def lesson_counts(self, source, *, user, filters, limit: int, newest: bool):
        """Lesson total, facet counts and top rows in one go, or None to count with the ORM."""
        return None


class SQLiteMatcher(Matcher):
    """One FTS5 scan per search; lessons counted from the compact `LessonDoc` rows.

    With no words (`browse`) nothing is matched and every readable row counts.
    """

    def __init__(self, parsed: ParsedQuery, page_sources, *, browse: bool = False) -> None:
        from django.contrib.contenttypes.models import ContentType
        from modelsearch.conf import get_app_config

        self.entry = get_app_config().get_model("IndexEntry")._meta.db_table
        self.browse = browse
        self.negated = parsed.is_empty and not browse
        self.cts = {s.kind: ContentType.objects.get_for_model(s.model).pk for s in page_sources}
        if browse:
            return
        if self.negated:  # only exclusions: everything minus what they match
            negative = ParsedQuery(terms=[], phrases=[])
            negative.terms = list(parsed.excluded)
            negative.phrases = list(parsed.excluded_phrases)
            expr = fts5_expression(negative)
        else:
            expr = fts5_expression(parsed)
        fts = f"{self.entry}_fts"
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {HITS} (r INTEGER PRIMARY KEY, s REAL NOT NULL)"
            )
            cursor.execute(f"DELETE FROM {HITS}")
            if expr:
                # bm25 columns: autocomplete, body, title; lower is better, stored negated.
                # The same scan a plain "search these words" costs; no join here.
                cursor.execute(
                    f"INSERT INTO {HITS} (r, s) SELECT rowid, -bm25({fts}, 0.0, 1.0, 10.0) "
                    f"FROM {fts} WHERE {fts} MATCH %s",
                    [expr],
                )

    def lesson_counts(self, source, *, user, filters, limit: int, newest: bool):
        """Total, facet counts and the top rows of readable lessons, or None to use the ORM."""
        from .. import lessondocs
        from ..access import hidden_paths, may_read_lessons

        if source.kind != "lesson" or not lessondocs.active():
            return None
        from pilot.roles import is_participant

        if not may_read_lessons(user):
            return lessondocs.LessonCounts()
        if "type" in filters and "lesson" not in filters["type"]:
            return lessondocs.LessonCounts()
        if any(k not in ("type", "year") and k not in source.fields for k in filters):
            return lessondocs.LessonCounts()
        return lessondocs.lesson_search(
            hits=None if self.browse else HITS,
            negated=self.negated,
            participant=is_participant(user),
            hidden_paths=hidden_paths(user),
            filters={k: v for k, v in filters.items() if k != "type"},
            limit=limit,
            newest=newest,
        )

    def _object_ids(self, source) -> RawSQL:
        return RawSQL(
            f"SELECT CAST(e.object_id AS INTEGER) FROM {self.entry} e "
            f"JOIN {HITS} h ON h.r = e.id WHERE e.content_type_id = %s",
            [self.cts[source.kind]],
        )

    def materialize(self, source, qs):
        """Write the access- and facet-filtered keys to a temp table once.

        Every count, facet and page query then joins a few primary keys
        instead of re-running the match, the rights and the facet filters.
        """
        try:
            sql, params = qs.order_by().values("pk").query.sql_with_params()
        except EmptyResultSet:  # e.g. lessons for an anonymous visitor: nothing to pin
            return qs
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {ROWS} (kind TEXT NOT NULL, pk INTEGER NOT NULL,"
                " PRIMARY KEY (kind, pk)) WITHOUT ROWID"
            )
            cursor.execute(f"DELETE FROM {ROWS} WHERE kind = %s", [source.kind])
            cursor.execute(
                f"INSERT OR IGNORE INTO {ROWS} (kind, pk) SELECT %s, pk FROM ({sql})",
                [source.kind, *params],
            )
        rows = RawSQL(f"SELECT pk FROM {ROWS} WHERE kind = %s", [source.kind])
        return source.model._default_manager.filter(pk__in=rows)

    def _pk(self, source) -> str:
        return f'"{source.model._meta.db_table}"."{source.model._meta.pk.column}"'

    def filter(self, source, qs):
        if self.browse or source.kind not in self.cts:
            return qs
        ids = self._object_ids(source)
        return qs.exclude(pk__in=ids) if self.negated else qs.filter(pk__in=ids)

    def score(self, source):
        if self.browse or self.negated or source.kind not in self.cts:
            return Value(0.0, output_field=FloatField())
        return RawSQL(
            f"SELECT h.s FROM {self.entry} e JOIN {HITS} h ON h.r = e.id "
            f"WHERE e.content_type_id = %s AND e.object_id = CAST({self._pk(source)} AS TEXT)",
            [self.cts[source.kind]],
            output_field=FloatField(),
        )


class WagtailMatcher(Matcher):
    """PostgreSQL (dutch configuration) and other databases through Wagtail's API."""

    def __init__(self, parsed: ParsedQuery, page_sources) -> None:
        from wagtail.search.query import And, Not, Or, Phrase, PlainText

        parts = [PlainText(t) for t in parsed.terms] + [Phrase(" ".join(p)) for p in parsed.phrases]
        nots = [PlainText(t) for t in parsed.excluded] + [
            Phrase(" ".join(p)) for p in parsed.excluded_phrases
        ]
        self.negated = not parts
        if self.negated:
            query = Or(nots) if len(nots) > 1 else nots[0]
        else:
            query = And(parts + [Not(n) for n in nots]) if len(parts) + len(nots) > 1 else parts[0]
        self.scores: dict[str, dict[int, float]] = {}
        for source in page_sources:
            results = source.model._default_manager.all().search(query).annotate_score("_score")
            self.scores[source.kind] = {obj.pk: float(obj._score or 0) for obj in results}

    def filter(self, source, qs):
        if source.kind not in self.scores:
            return qs
        ids = list(self.scores[source.kind])
        return qs.exclude(pk__in=ids) if self.negated else qs.filter(pk__in=ids)

    def score(self, source):
        from django.db.models import Case, When

        scores = self.scores.get(source.kind)
        if self.negated or not scores:
            return Value(0.0, output_field=FloatField())
        return Case(
            *(When(pk=pk, then=Value(s)) for pk, s in scores.items()),
            default=Value(0.0),
            output_field=FloatField(),
        )


class DatabaseEngine:
    name = "database"

    def prepare(self, parsed: ParsedQuery, page_sources, **context) -> Matcher:
        browse = parsed.is_empty and not parsed.excluded and not parsed.excluded_phrases
        if connection.vendor == "sqlite" and sqlite_fts_active():
            return SQLiteMatcher(parsed, page_sources, browse=browse)
        if browse:
            return Matcher()
        return WagtailMatcher(parsed, page_sources)

    def suggest_terms(self, prefix: str) -> list[str]:
        return [prefix, *stem_variants(prefix)]

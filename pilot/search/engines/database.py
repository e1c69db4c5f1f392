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

HITS = "pilot_search_hits"
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


class SQLiteMatcher(Matcher):
    def __init__(self, parsed: ParsedQuery, page_sources) -> None:
        from django.contrib.contenttypes.models import ContentType
        from modelsearch.conf import get_app_config

        entry = get_app_config().get_model("IndexEntry")._meta.db_table
        self.negated = parsed.is_empty
        if self.negated:  # only exclusions: everything minus what they match
            negative = ParsedQuery(terms=[], phrases=[])
            negative.terms = list(parsed.excluded)
            negative.phrases = list(parsed.excluded_phrases)
            expr = fts5_expression(negative)
        else:
            expr = fts5_expression(parsed)
        self.cts = {s.kind: ContentType.objects.get_for_model(s.model).pk for s in page_sources}
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {HITS} (ct INTEGER NOT NULL, oid INTEGER NOT NULL,"
                " score REAL NOT NULL, PRIMARY KEY (ct, oid)) WITHOUT ROWID"
            )
            cursor.execute(f"DELETE FROM {HITS}")
            if self.cts and expr:
                marks = ",".join("%s" for _ in self.cts)
                # bm25 columns: autocomplete, body, title; lower is better, stored negated
                cursor.execute(
                    f"INSERT OR IGNORE INTO {HITS} (ct, oid, score) "
                    f"SELECT e.content_type_id, CAST(e.object_id AS INTEGER), "
                    f"-bm25({entry}_fts, 0.0, 1.0, 10.0) "
                    f"FROM {entry}_fts JOIN {entry} e ON e.id = {entry}_fts.rowid "
                    f"WHERE {entry}_fts MATCH %s AND e.content_type_id IN ({marks})",
                    [expr, *self.cts.values()],
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
        if source.kind not in self.cts:
            return qs
        sql = RawSQL(f"SELECT oid FROM {HITS} WHERE ct = %s", [self.cts[source.kind]])
        return qs.exclude(pk__in=sql) if self.negated else qs.filter(pk__in=sql)

    def score(self, source):
        if self.negated or source.kind not in self.cts:
            return Value(0.0, output_field=FloatField())
        return RawSQL(
            f"SELECT score FROM {HITS} WHERE ct = %s AND oid = {self._pk(source)}",
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
        if parsed.is_empty and not parsed.excluded and not parsed.excluded_phrases:
            return Matcher()
        if connection.vendor == "sqlite" and sqlite_fts_active():
            return SQLiteMatcher(parsed, page_sources)
        return WagtailMatcher(parsed, page_sources)

    def suggest_terms(self, prefix: str) -> list[str]:
        return [prefix, *stem_variants(prefix)]

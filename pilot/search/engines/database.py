# ruff: noqa: S608, S611 - SQL here holds only table names from code; user input goes in params
"""Wagtail's database search index, queried for the whole result set at once.

On SQLite (the embedded default) the FTS5 table Wagtail keeps in sync is matched
directly with our own expression: Dutch stems as prefix queries, phrases and
NOT, each token quoted. One FTS5 scan returns the readable case lessons with
their compact facet rows (`lessondocs.py`); other kinds land in a
per-connection temporary table that their facet and page queries join.
On PostgreSQL one tsquery with the 'dutch' configuration fills a temporary
table the same way (`PostgresMatcher`); other databases use Wagtail's API.
"""

from __future__ import annotations

from collections import Counter

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


def postgres_fts_active() -> bool:
    """True when Wagtail picked the PostgreSQL full-text backend with a Dutch configuration."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    return type(backend).__name__ == "PostgresSearchBackend"


def _readable_lesson_where(user, filters) -> tuple[str, list] | None:
    """SQL on `LessonDoc d` for the lessons this user may read that pass the filters.

    None when there are none (no right to read lessons, or filtered out).
    """
    from pilot.roles import is_participant

    from .. import lessondocs
    from ..access import hidden_paths, may_read_lessons

    if not may_read_lessons(user):
        return None
    if "type" in filters and "lesson" not in filters["type"]:
        return None
    return lessondocs.lesson_where(
        participant=is_participant(user),
        hidden_paths=hidden_paths(user),
        filters={k: v for k, v in filters.items() if k != "type"},
    )


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

    def __init__(
        self, parsed: ParsedQuery, page_sources, *, browse: bool = False, user=None, filters=None
    ) -> None:
        from django.contrib.contenttypes.models import ContentType
        from modelsearch.conf import get_app_config

        from .. import lessondocs

        self.entry = get_app_config().get_model("IndexEntry")._meta.db_table
        self.browse = browse
        self.negated = parsed.is_empty and not browse
        self.cts = {s.kind: ContentType.objects.get_for_model(s.model).pk for s in page_sources}
        lesson = next((s for s in page_sources if s.kind == "lesson"), None)
        self.fast = lesson is not None and lessondocs.active()
        self.lesson_rows: list[tuple] = []
        where = _readable_lesson_where(user, filters or {}) if self.fast else None
        doc = f"{lessondocs.names()['doc']} d" if self.fast else ""
        columns = f"{lessondocs.TS}, d.page_id, d.fkey, d.themes, d.tags"
        if browse:
            if where:
                with connection.cursor() as cursor:
                    cursor.execute(f"SELECT 0.0, {columns} FROM {doc} WHERE {where[0]}", where[1])
                    self.lesson_rows = cursor.fetchall()
            return
        if self.negated:  # only exclusions: everything minus what they match
            negative = ParsedQuery(terms=[], phrases=[])
            negative.terms = list(parsed.excluded)
            negative.phrases = list(parsed.excluded_phrases)
            expr = fts5_expression(negative)
        else:
            expr = fts5_expression(parsed)
        fts = f"{self.entry}_fts"
        # bm25 columns: autocomplete, body, title; lower is better, stored negated
        score = f"-bm25({fts}, 0.0, 1.0, 10.0)"
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {HITS} (r INTEGER PRIMARY KEY, s REAL NOT NULL)"
            )
            cursor.execute(f"DELETE FROM {HITS}")
            if not expr:
                return
            if self.fast and not self.negated:
                # One FTS5 scan: readable lessons come back with their compact row (access
                # and facet filters already applied); other kinds go to the temp table.
                cond, params = where or ("0", [])
                cursor.execute(
                    f"SELECT {score}, {lessondocs.TS}, coalesce(d.page_id, -{fts}.rowid), d.fkey, d.themes,"
                    f" d.tags FROM {fts} LEFT JOIN {doc} ON d.entry_id = {fts}.rowid"
                    f" WHERE {fts} MATCH %s AND (d.entry_id IS NULL OR ({cond}))",
                    [expr, *params],
                )
                rows = cursor.fetchall()
                self.lesson_rows = [r for r in rows if r[3] is not None]
                others = [(-r[2], r[0]) for r in rows if r[3] is None]
                if others:
                    cursor.executemany(f"INSERT INTO {HITS} (r, s) VALUES (%s, %s)", others)
                return
            cursor.execute(
                f"INSERT INTO {HITS} (r, s) SELECT rowid, {score} FROM {fts} WHERE {fts} MATCH %s",
                [expr],
            )
            if self.fast and where:  # negated: every readable lesson the exclusions miss
                cursor.execute(
                    f"SELECT 0.0, {columns} FROM {doc} WHERE {where[0]}"
                    f" AND NOT EXISTS (SELECT 1 FROM {HITS} h WHERE h.r = d.entry_id)",
                    where[1],
                )
                self.lesson_rows = cursor.fetchall()

    def lesson_counts(self, source, *, user, filters, limit: int, newest: bool):
        """Total, exact facet counts and top rows of the readable lessons (already read)."""
        from .. import lessondocs

        if source.kind != "lesson" or not self.fast:
            return None
        return lessondocs.aggregate(self.lesson_rows, limit=limit, newest=newest)

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


class PostgresMatcher(Matcher):
    """PostgreSQL: one full-text query over Wagtail's index with the 'dutch' configuration.

    Matches land once in a temporary table (content type, object id, rank) that
    the access-filtered querysets of every kind join, instead of loading every
    match into Python. Words and phrases are parsed by us (only [0-9a-z] words
    reach the tsquery functions, as parameters); PostgreSQL stems them in Dutch.
    Ranking: ts_rank on the title (weighted 10x, normalised like Wagtail's
    title_norm) plus ts_rank on the body.
    """

    TABLE = "pilot_search_pg_matches"

    def __init__(
        self, parsed: ParsedQuery, page_sources, config: str = "dutch", *, browse: bool = False
    ) -> None:
        from django.contrib.contenttypes.models import ContentType
        from modelsearch.conf import get_app_config

        from .. import lessondocs

        self.negated, self.cts, self.browse = False, {}, browse
        self.docs = any(s.kind == "lesson" for s in page_sources) and lessondocs.active()
        if browse:  # no words: nothing to match, every readable row counts
            return

        entry = get_app_config().get_model("IndexEntry")._meta.db_table
        positive = [("plainto_tsquery", t) for t in parsed.terms]
        positive += [("phraseto_tsquery", " ".join(p)) for p in parsed.phrases]
        negative = [("plainto_tsquery", t) for t in parsed.excluded]
        negative += [("phraseto_tsquery", " ".join(p)) for p in parsed.excluded_phrases]
        self.negated = not positive
        parts, params = [], []
        for fn, text in positive or negative:
            parts.append(f"{fn}(%s::regconfig, %s)")
            params += [config, text]
        query = (" && " if positive else " || ").join(parts)
        if positive and negative:
            nots = " || ".join(f"{fn}(%s::regconfig, %s)" for fn, _ in negative)
            query = f"({query}) && !!({nots})"
            for _fn, text in negative:
                params += [config, text]
        self.cts = {s.kind: ContentType.objects.get_for_model(s.model).pk for s in page_sources}
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {self.TABLE} (ct integer NOT NULL,"
                " oid integer NOT NULL, score double precision NOT NULL, PRIMARY KEY (ct, oid))"
            )
            cursor.execute(f"DELETE FROM {self.TABLE}")
            if self.cts and parts:
                marks = ",".join("%s" for _ in self.cts)
                cursor.execute(
                    f"INSERT INTO {self.TABLE} (ct, oid, score) "
                    f"SELECT e.content_type_id, e.object_id::integer, "
                    f"10 * ts_rank(e.title, q.q) * e.title_norm + ts_rank(e.body, q.q) "
                    f"FROM {entry} e, (SELECT {query} AS q) q "
                    f"WHERE (e.title || e.body) @@ q.q AND e.content_type_id IN ({marks}) "
                    f"ON CONFLICT DO NOTHING",
                    [*params, *self.cts.values()],
                )
                # fresh statistics, so joins against thousands of matches hash instead of loop
                cursor.execute(f"ANALYZE {self.TABLE}")

    def filter(self, source, qs):
        if source.kind not in self.cts:
            return qs
        ids = RawSQL(f"SELECT oid FROM {self.TABLE} WHERE ct = %s", [self.cts[source.kind]])
        return qs.exclude(pk__in=ids) if self.negated else qs.filter(pk__in=ids)

    def score(self, source):
        if self.negated or source.kind not in self.cts:
            return Value(0.0, output_field=FloatField())
        pk = f'"{source.model._meta.db_table}"."{source.model._meta.pk.column}"'
        return RawSQL(
            f"SELECT score FROM {self.TABLE} WHERE ct = %s AND oid = {pk}",
            [self.cts[source.kind]],
            output_field=FloatField(),
        )

    def lesson_counts(self, source, *, user, filters, limit: int, newest: bool):
        """Total, exact facet counts and top rows of readable lessons in one statement.

        The lessons are the same access- and facet-filtered queryset the ORM path
        counts (rights are read from the live tables); the statement scans them
        once into a materialised CTE and counts every facet from it.
        """
        from .. import lessondocs
        from ..service import _apply

        if source.kind != "lesson":
            return None
        if self.docs:
            return self._doc_counts(user=user, filters=filters, limit=limit, newest=newest)
        qs = _apply(source, self.filter(source, source.readable(user)), filters)
        if qs is None:
            return lessondocs.LessonCounts()
        try:
            base, params = qs.order_by().values("pk").query.sql_with_params()
        except EmptyResultSet:
            return lessondocs.LessonCounts()
        model = source.model
        lesson, page = model._meta.db_table, model._meta.get_field("page_ptr").related_model
        themes = model.themes.through._meta.db_table
        tags = model.problem_tags.through._meta.db_table
        from taggit.models import Tag

        score, join = "0.0::float8", ""
        if not self.negated and source.kind in self.cts:
            score = "coalesce(h.score, 0.0)"
            join = f"LEFT JOIN {self.TABLE} h ON h.ct = %s AND h.oid = l.page_ptr_id"
            params = (self.cts[source.kind], *params)
        order = "pub DESC NULLS LAST, pk DESC" if newest else "score DESC, pub DESC, pk DESC"
        sql = (
            "WITH m AS MATERIALIZED (SELECT l.page_ptr_id AS pk, "
            f"{score} AS score, p.first_published_at AS pub, l.target_group AS tg, "
            "l.evidence_level AS ev, l.neighbourhood_type_id AS nb "
            f"FROM {lesson} l JOIN {page._meta.db_table} p ON p.id = l.page_ptr_id {join} "
            f"WHERE l.page_ptr_id IN ({base})) "
            "SELECT 0, NULL::text, count(*), 0.0::float8, 0.0::float8 FROM m "
            "UNION ALL SELECT 1, to_char(pub AT TIME ZONE 'UTC', 'YYYY'), count(*), 0, 0 "
            "FROM m WHERE pub IS NOT NULL GROUP BY 2 "
            "UNION ALL SELECT 2, tg, count(*), 0, 0 FROM m GROUP BY 2 "
            "UNION ALL SELECT 3, ev, count(*), 0, 0 FROM m GROUP BY 2 "
            "UNION ALL SELECT 4, nb::text, count(*), 0, 0 FROM m WHERE nb IS NOT NULL GROUP BY 2 "
            f"UNION ALL SELECT 5, t.themepage_id::text, count(*), 0, 0 FROM m "
            f"JOIN {themes} t ON t.caselessonpage_id = m.pk GROUP BY 2 "
            f"UNION ALL SELECT 6, g.slug, count(*), 0, 0 FROM m JOIN {tags} x "
            f"ON x.content_object_id = m.pk JOIN {Tag._meta.db_table} g ON g.id = x.tag_id "
            "GROUP BY 2 "
            "UNION ALL (SELECT 7, pk::text, 0, score, coalesce(extract(epoch FROM pub), 0) "
            f"FROM m ORDER BY {order} LIMIT %s)"
        )
        keys = {1: "year", 2: "target_group", 3: "evidence", 4: "neighbourhood"}
        keys.update({5: "theme", 6: "tag"})
        out = lessondocs.LessonCounts(facets={k: Counter() for k in keys.values()})
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit])
            for kind, key, num, sc, ts in cursor.fetchall():
                if kind == 0:
                    out.total = num
                elif kind == 7:
                    out.rows.append((int(key), float(sc), float(ts)))
                elif key not in (None, ""):
                    out.facets[keys[kind]][key] += num
        return out

    def _doc_counts(self, *, user, filters, limit: int, newest: bool):
        """The same from the compact `LessonDoc` rows: one join, no per-facet table joins."""
        from .. import lessondocs

        where = _readable_lesson_where(user, filters)
        if where is None:
            return lessondocs.LessonCounts()
        cond, params = where
        doc = lessondocs.names()["doc"]
        if self.browse or self.negated or "lesson" not in self.cts:
            source = f"SELECT d.*, 0.0::float8 AS score FROM {doc} d WHERE {cond}"
            if self.negated and "lesson" in self.cts:
                source += (
                    f" AND NOT EXISTS (SELECT 1 FROM {self.TABLE} h"
                    " WHERE h.ct = %s AND h.oid = d.page_id)"
                )
                params = [*params, self.cts["lesson"]]
        else:
            source = (
                f"SELECT d.*, h.score FROM {self.TABLE} h JOIN {doc} d ON d.page_id = h.oid"
                f" WHERE h.ct = %s AND {cond}"
            )
            params = [self.cts["lesson"], *params]
        ts = "coalesce(ts, -1)"
        order = f"{ts} DESC, pk DESC" if newest else f"score DESC, {ts} DESC, pk DESC"
        sql = (
            "WITH m AS MATERIALIZED (SELECT page_id AS pk, score, ts, fkey, themes, tags"
            f" FROM ({source}) s) "
            "SELECT 0, NULL::text, count(*), 0.0::float8, 0::bigint FROM m "
            "UNION ALL SELECT 1, fkey, count(*), 0, 0 FROM m GROUP BY 2 "
            "UNION ALL SELECT 2, themes, count(*), 0, 0 FROM m GROUP BY 2 "
            "UNION ALL SELECT 3, tags, count(*), 0, 0 FROM m GROUP BY 2 "
            f"UNION ALL (SELECT 4, pk::text, 0, score, {ts} FROM m ORDER BY {order} LIMIT %s)"
        )
        out = lessondocs.LessonCounts()
        keys: list[Counter] = [Counter(), Counter(), Counter()]
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit])
            for kind, key, num, score, ts_value in cursor.fetchall():
                if kind == 0:
                    out.total = num
                elif kind == 4:
                    out.rows.append((int(key), float(score), max(ts_value, 0) / lessondocs.US))
                else:
                    keys[kind - 1][key or ""] += num
        if out.total:
            out.facets = lessondocs.facets_from_keys(*keys)
        return out


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
            return SQLiteMatcher(
                parsed,
                page_sources,
                browse=browse,
                user=context.get("user"),
                filters=context.get("filters"),
            )
        if connection.vendor == "postgresql" and postgres_fts_active():
            from wagtail.search.backends import get_search_backend

            config = getattr(get_search_backend(), "config", None) or "simple"
            return PostgresMatcher(parsed, page_sources, config=config, browse=browse)
        if browse:
            return Matcher()
        return WagtailMatcher(parsed, page_sources)

    def suggest_terms(self, prefix: str) -> list[str]:
        return [prefix, *stem_variants(prefix)]

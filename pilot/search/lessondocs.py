# ruff: noqa: S608 - SQL here holds only table and column names from code; values go in params
"""Keep `LessonDoc`/`LessonValue` in step on SQLite, and count lesson facets from them.

The rows are maintained by SQLite triggers on the real tables (pages, lessons,
theme and tag links, Wagtail's index entries), so no write path can forget them:
publish, unpublish, a bulk `update()`, a delete or raw SQL all keep them right.
Django's SQLite schema editor drops a table's triggers when it rebuilds the
table, so the triggers are (re)installed and the rows rebuilt after every
`migrate` and by `search_rebuild`, and the search checks they are all there
before it trusts the table (otherwise it falls back to the slower joins).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.db import connection

PREFIX = "pilot_search_ld_"


def _names() -> dict[str, str] | None:
    try:
        lesson = apps.get_model("lessons.CaseLessonPage")
        from modelsearch.conf import get_app_config

        entry = get_app_config().get_model("IndexEntry")
    except (LookupError, ImportError):
        return None
    from wagtail.models import Page

    from .models import LessonDoc, LessonValue

    return {
        "doc": LessonDoc._meta.db_table,
        "val": LessonValue._meta.db_table,
        "page": Page._meta.db_table,
        "lesson": lesson._meta.db_table,
        "themes": lesson.themes.through._meta.db_table,
        "tags": lesson.problem_tags.through._meta.db_table,
        "entry": entry._meta.db_table,
    }


# the doc row of lesson page `{pid}` for index entry `{eid}`, when that entry is a lesson's
_DOC_ROW = (
    "INSERT OR REPLACE INTO {doc} (entry_id, page_id, live, platform, published, year,"
    " target_group, evidence, neighbourhood)"
    " SELECT {eid}, l.page_ptr_id, p.live, l.consent_scope = 'platform', p.first_published_at,"
    " CAST(substr(p.first_published_at, 1, 4) AS INTEGER), l.target_group, l.evidence_level,"
    " l.neighbourhood_type_id FROM {lesson} l JOIN {page} p ON p.id = l.page_ptr_id"
    " WHERE l.page_ptr_id = {pid} AND {ct} = (SELECT id FROM django_content_type"
    " WHERE app_label = 'lessons' AND model = 'caselessonpage');"
)


def _triggers(n: dict[str, str]) -> dict[str, str]:
    from_entry = _DOC_ROW.format(**n, eid="NEW.id", pid="CAST(NEW.object_id AS INTEGER)",
                                 ct="NEW.content_type_id")
    from_lesson = (
        "INSERT OR REPLACE INTO {doc} (entry_id, page_id, live, platform, published, year,"
        " target_group, evidence, neighbourhood)"
        " SELECT e.id, NEW.page_ptr_id, p.live, NEW.consent_scope = 'platform',"
        " p.first_published_at, CAST(substr(p.first_published_at, 1, 4) AS INTEGER),"
        " NEW.target_group, NEW.evidence_level, NEW.neighbourhood_type_id"
        " FROM {entry} e JOIN {page} p ON p.id = NEW.page_ptr_id"
        " WHERE e.object_id = CAST(NEW.page_ptr_id AS TEXT) AND e.content_type_id = (SELECT id"
        " FROM django_content_type WHERE app_label = 'lessons' AND model = 'caselessonpage');"
    ).format(**n)
    link = {
        "themes": ("caselessonpage_id", "themepage_id", 1),
        "tags": ("content_object_id", "tag_id", 2),
    }
    out = {
        "entry_ins": f"AFTER INSERT ON {n['entry']} BEGIN {from_entry} END",
        "entry_upd": (
            f"AFTER UPDATE OF content_type_id, object_id ON {n['entry']} BEGIN "
            f"DELETE FROM {n['doc']} WHERE entry_id = OLD.id; {from_entry} END"
        ),
        "entry_del": f"AFTER DELETE ON {n['entry']} BEGIN "
        f"DELETE FROM {n['doc']} WHERE entry_id = OLD.id; END",
        "page_upd": (
            f"AFTER UPDATE OF live, first_published_at ON {n['page']} BEGIN "
            f"UPDATE {n['doc']} SET live = NEW.live, published = NEW.first_published_at, "
            "year = CAST(substr(NEW.first_published_at, 1, 4) AS INTEGER) "
            "WHERE page_id = NEW.id; END"
        ),
        "page_del": f"AFTER DELETE ON {n['page']} BEGIN "
        f"DELETE FROM {n['doc']} WHERE page_id = OLD.id; END",
        "lesson_ins": f"AFTER INSERT ON {n['lesson']} BEGIN {from_lesson} END",
        "lesson_upd": (
            f"AFTER UPDATE ON {n['lesson']} BEGIN "
            f"UPDATE {n['doc']} SET platform = NEW.consent_scope = 'platform', "
            "target_group = NEW.target_group, evidence = NEW.evidence_level, "
            "neighbourhood = NEW.neighbourhood_type_id WHERE page_id = NEW.page_ptr_id; END"
        ),
        "lesson_del": f"AFTER DELETE ON {n['lesson']} BEGIN "
        f"DELETE FROM {n['doc']} WHERE page_id = OLD.page_ptr_id; "
        f"DELETE FROM {n['val']} WHERE page_id = OLD.page_ptr_id; END",
    }
    for key, (owner, target, facet) in link.items():
        table = n[key]
        insert = (
            f"INSERT OR IGNORE INTO {n['val']} (page_id, facet, value) "
            f"VALUES (NEW.{owner}, {facet}, NEW.{target});"
        )
        delete = (
            f"DELETE FROM {n['val']} WHERE page_id = OLD.{owner} AND facet = {facet} "
            f"AND value = OLD.{target} AND NOT EXISTS (SELECT 1 FROM {table} "
            f"WHERE {owner} = OLD.{owner} AND {target} = OLD.{target});"
        )
        out[f"{key}_ins"] = f"AFTER INSERT ON {table} BEGIN {insert} END"
        out[f"{key}_del"] = f"AFTER DELETE ON {table} BEGIN {delete} END"
        out[f"{key}_upd"] = f"AFTER UPDATE ON {table} BEGIN {delete} {insert} END"
    return out


def install(*, rebuild: bool = True) -> bool:
    """(Re)create the triggers and, by default, rebuild every row. SQLite only."""
    n = _names()
    if connection.vendor != "sqlite" or n is None:
        return False
    with connection.cursor() as c:
        c.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = %s", [n["entry"]])
        if not c.fetchone():
            return False
        for name, body in _triggers(n).items():
            c.execute(f"DROP TRIGGER IF EXISTS {PREFIX}{name}")
            c.execute(f"CREATE TRIGGER {PREFIX}{name} {body}")
        if rebuild:
            rebuild_rows(c, n)
    _ready.clear()
    return True


def rebuild_rows(c, n: dict[str, str]) -> None:
    c.execute(f"DELETE FROM {n['doc']}")
    c.execute(
        f"INSERT OR REPLACE INTO {n['doc']} (entry_id, page_id, live, platform, published, year,"
        " target_group, evidence, neighbourhood)"
        " SELECT e.id, l.page_ptr_id, p.live, l.consent_scope = 'platform', p.first_published_at,"
        " CAST(substr(p.first_published_at, 1, 4) AS INTEGER), l.target_group, l.evidence_level,"
        f" l.neighbourhood_type_id FROM {n['entry']} e"
        f" JOIN {n['lesson']} l ON l.page_ptr_id = CAST(e.object_id AS INTEGER)"
        f" JOIN {n['page']} p ON p.id = l.page_ptr_id"
        " WHERE e.content_type_id = (SELECT id FROM django_content_type"
        " WHERE app_label = 'lessons' AND model = 'caselessonpage')"
    )
    c.execute(f"DELETE FROM {n['val']}")
    c.execute(
        f"INSERT OR IGNORE INTO {n['val']} (page_id, facet, value) "
        f"SELECT caselessonpage_id, 1, themepage_id FROM {n['themes']}"
    )
    c.execute(
        f"INSERT OR IGNORE INTO {n['val']} (page_id, facet, value) "
        f"SELECT content_object_id, 2, tag_id FROM {n['tags']}"
    )


_ready: dict[str, bool] = {}


def active() -> bool:
    """True when every trigger is in place, so the rows can be trusted (checked per search)."""
    n = _names()
    if connection.vendor != "sqlite" or n is None:
        return False
    with connection.cursor() as c:
        c.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name GLOB %s",
            [PREFIX + "*"],
        )
        return c.fetchone()[0] == len(_triggers(n))


@dataclass
class LessonCounts:
    total: int = 0
    facets: dict[str, Counter] = field(default_factory=dict)
    rows: list[tuple[int, float, float]] = field(default_factory=list)  # pk, score, epoch


def lesson_search(
    *,
    hits: str | None,
    negated: bool,
    participant: bool,
    hidden_paths: list[str],
    filters: dict[str, list[str]],
    limit: int,
    newest: bool,
) -> LessonCounts:
    """Count, facet and rank the readable lessons among the matches in one statement.

    `hits` is the temp table of FTS5 matches (rowid r, score s), or None to
    browse every lesson. Access (live, consent reach, restricted sections) and
    facet filters are applied before anything is counted.
    """
    n = _names()
    where, params = ["d.live"], []
    if not participant:
        where.append("d.platform")
    if hits and negated:
        where.append(f"NOT EXISTS (SELECT 1 FROM {hits} h WHERE h.r = d.entry_id)")
    if hidden_paths:
        cond = " OR ".join("substr(p.path, 1, %s) = %s" for _ in hidden_paths)
        where.append(f"NOT EXISTS (SELECT 1 FROM {n['page']} p WHERE p.id = d.page_id AND ({cond}))")
        for path in hidden_paths:
            params += [len(path), path]
    scalar = {"target_group": "d.target_group", "evidence": "d.evidence", "year": "d.year"}
    scalar["neighbourhood"] = "d.neighbourhood"
    for key, values in filters.items():
        marks = ",".join("%s" for _ in values)
        if key in scalar:
            where.append(f"{scalar[key]} IN ({marks})")
            params += [int(v) if key in ("year", "neighbourhood") else v for v in values]
        elif key in ("theme", "tag"):
            facet = 1 if key == "theme" else 2
            ids = [int(v) for v in values] if key == "theme" else _tag_ids(values)
            if not ids:
                return LessonCounts()
            marks = ",".join("%s" for _ in ids)
            where.append(
                f"EXISTS (SELECT 1 FROM {n['val']} v WHERE v.page_id = d.page_id AND "
                f"v.facet = {facet} AND v.value IN ({marks}))"
            )
            params += ids
    source = f"{n['doc']} d"
    score = "0.0"
    if hits and not negated:
        source = f"{hits} h JOIN {n['doc']} d ON d.entry_id = h.r"
        score = "h.s"
    order = (
        "d.published IS NULL, d.published DESC, d.page_id DESC"
        if newest
        else "score DESC, d.published DESC, d.page_id DESC"
    )
    sql = (
        f"WITH m AS MATERIALIZED (SELECT d.page_id, {score} AS score, d.published, d.year,"
        f" d.target_group, d.evidence, d.neighbourhood FROM {source} WHERE {' AND '.join(where)})"
        " SELECT 0, NULL, NULL, NULL, NULL, count(*) FROM m"
        " UNION ALL SELECT 1, year, target_group, evidence, neighbourhood, count(*) FROM m"
        " GROUP BY year, target_group, evidence, neighbourhood"
        " UNION ALL SELECT 2, v.facet, v.value, NULL, NULL, count(*) FROM m"
        f" JOIN {n['val']} v ON v.page_id = m.page_id GROUP BY v.facet, v.value"
        " UNION ALL SELECT * FROM (SELECT 3, page_id, score,"
        " CAST(strftime('%%s', published) AS REAL), NULL, NULL FROM m"
        f" ORDER BY {order.replace('d.', '')} LIMIT %s)"
    )
    out = LessonCounts(facets={k: Counter() for k in ("year", *scalar, "theme", "tag")})
    tags: Counter = Counter()
    with connection.cursor() as c:
        c.execute(sql, [*params, limit])
        for kind, a, b, cc, d, num in c.fetchall():
            if kind == 0:
                out.total = num
            elif kind == 1:
                for key, value in (("year", a), ("target_group", b), ("evidence", cc)):
                    if value not in (None, ""):
                        out.facets[key][str(value)] += num
                if d is not None:
                    out.facets["neighbourhood"][str(d)] += num
            elif kind == 2:
                if a == 1:
                    out.facets["theme"][str(b)] += num
                else:
                    tags[b] += num
            else:
                out.rows.append((a, float(b or 0), float(cc or 0)))
    if tags:
        from taggit.models import Tag

        for pk, slug in Tag.objects.filter(pk__in=list(tags)).values_list("pk", "slug"):
            out.facets["tag"][slug] += tags[pk]
    return out


def _tag_ids(slugs: list[str]) -> list[int]:
    from taggit.models import Tag

    return list(Tag.objects.filter(slug__in=slugs).values_list("pk", flat=True))

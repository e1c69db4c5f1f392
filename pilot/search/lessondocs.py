# ruff: noqa: S608 - SQL here holds only table and column names from code; values go in params
"""Keep `LessonDoc` in step on SQLite, and count lesson facets from it.

The rows are maintained by SQLite triggers on the real tables (pages, lessons,
theme and tag links, Wagtail's index entries), so no write path can forget them:
publish, unpublish, a bulk `update()`, a delete or raw SQL all keep them right.
Django's SQLite schema editor drops a table's triggers when it rebuilds the
table, so the triggers are (re)installed and the rows rebuilt after every
`migrate` and by `search_rebuild`, and every search checks that they are all
there before it trusts the rows (otherwise it falls back to the ORM joins).
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from operator import itemgetter

from django.db import connection

PREFIX = "pilot_search_ld_"
#: the publication time as read by searches: never NULL, unpublished-ever lessons sort last
TS = "coalesce(d.ts, -1)"
LESSON_CT = (
    "(SELECT id FROM django_content_type WHERE app_label = 'lessons' AND model = 'caselessonpage')"
)


def names() -> dict[str, str] | None:
    from django.apps import apps

    try:
        from modelsearch.conf import get_app_config

        lesson = apps.get_model("lessons.CaseLessonPage")
        entry = get_app_config().get_model("IndexEntry")
    except (LookupError, ImportError):
        return None
    from wagtail.models import Page

    from .models import LessonDoc

    return {
        "doc": LessonDoc._meta.db_table,
        "page": Page._meta.db_table,
        "lesson": lesson._meta.db_table,
        "themes": lesson.themes.through._meta.db_table,
        "tags": lesson.problem_tags.through._meta.db_table,
        "entry": entry._meta.db_table,
    }


def _keys(n: dict[str, str], pid: str) -> tuple[str, str]:
    themes = (
        f"coalesce((SELECT group_concat(x) FROM (SELECT themepage_id AS x FROM {n['themes']} "
        f"WHERE caselessonpage_id = {pid} ORDER BY x)), '')"
    )
    tags = (
        f"coalesce((SELECT group_concat(x) FROM (SELECT DISTINCT tag_id AS x FROM {n['tags']} "
        f"WHERE content_object_id = {pid} ORDER BY x)), '')"
    )
    return themes, tags


def _doc_select(n: dict[str, str], *, eid: str, pid: str, lesson: str, page: str) -> str:
    """The SELECT list of a doc row, from the lesson row `lesson` and page row `page`."""
    themes, tags = _keys(n, pid)
    year = f"CAST(substr({page}.first_published_at, 1, 4) AS INTEGER)"
    return (
        f"SELECT {eid}, {pid}, {page}.live, {lesson}.consent_scope = 'platform', "
        f"CAST(strftime('%s', {page}.first_published_at) AS INTEGER), {year}, "
        f"{lesson}.target_group, {lesson}.evidence_level, {lesson}.neighbourhood_type_id, "
        f"coalesce({year}, '') || '|' || coalesce({lesson}.neighbourhood_type_id, '') || '|' || "
        f"{lesson}.target_group || '|' || {lesson}.evidence_level, {themes}, {tags}"
    )


COLUMNS = (
    "entry_id, page_id, live, platform, ts, year, target_group, evidence, neighbourhood, "
    "fkey, themes, tags"
)


def _triggers(n: dict[str, str]) -> dict[str, str]:
    insert = f"INSERT OR REPLACE INTO {n['doc']} ({COLUMNS}) "
    from_entry = (
        insert
        + _doc_select(n, eid="NEW.id", pid="CAST(NEW.object_id AS INTEGER)", lesson="l", page="p")
        + f" FROM {n['lesson']} l JOIN {n['page']} p ON p.id = l.page_ptr_id"
        f" WHERE l.page_ptr_id = CAST(NEW.object_id AS INTEGER)"
        f" AND NEW.content_type_id = {LESSON_CT};"
    )
    from_lesson = (
        insert
        + _doc_select(n, eid="e.id", pid="NEW.page_ptr_id", lesson="NEW", page="p")
        + f" FROM {n['entry']} e JOIN {n['page']} p ON p.id = NEW.page_ptr_id"
        f" WHERE e.object_id = CAST(NEW.page_ptr_id AS TEXT) AND e.content_type_id = {LESSON_CT};"
    )
    year = "CAST(substr(NEW.first_published_at, 1, 4) AS INTEGER)"
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
            f"UPDATE {n['doc']} SET live = NEW.live, "
            "ts = CAST(strftime('%s', NEW.first_published_at) AS INTEGER), "
            f"year = {year}, fkey = coalesce({year}, '') || substr(fkey, instr(fkey, '|')) "
            "WHERE page_id = NEW.id; END"
        ),
        "page_del": f"AFTER DELETE ON {n['page']} BEGIN "
        f"DELETE FROM {n['doc']} WHERE page_id = OLD.id; END",
        "lesson_ins": f"AFTER INSERT ON {n['lesson']} BEGIN {from_lesson} END",
        "lesson_upd": f"AFTER UPDATE ON {n['lesson']} BEGIN {from_lesson} END",
        "lesson_del": f"AFTER DELETE ON {n['lesson']} BEGIN "
        f"DELETE FROM {n['doc']} WHERE page_id = OLD.page_ptr_id; END",
    }
    for key, owner in (("themes", "caselessonpage_id"), ("tags", "content_object_id")):
        for event, ref in (("ins", "NEW"), ("del", "OLD"), ("upd", "NEW")):
            keys = _keys(n, f"{ref}.{owner}")[0 if key == "themes" else 1]
            body = f"UPDATE {n['doc']} SET {key} = {keys} WHERE page_id = {ref}.{owner};"
            if event == "upd":  # a link moved to another lesson: both lessons change
                old = _keys(n, f"OLD.{owner}")[0 if key == "themes" else 1]
                body += f" UPDATE {n['doc']} SET {key} = {old} WHERE page_id = OLD.{owner};"
            verb = {"ins": "INSERT", "del": "DELETE", "upd": "UPDATE"}[event]
            out[f"{key}_{event}"] = f"AFTER {verb} ON {n[key]} BEGIN {body} END"
    return out


def install(*, rebuild: bool = True) -> bool:
    """(Re)create the triggers and, by default, rebuild every row. SQLite only."""
    n = names()
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
    return True


def rebuild_rows(c, n: dict[str, str]) -> None:
    c.execute(f"DELETE FROM {n['doc']}")
    select = _doc_select(n, eid="e.id", pid="l.page_ptr_id", lesson="l", page="p")
    c.execute(
        f"INSERT OR REPLACE INTO {n['doc']} ({COLUMNS}) {select} FROM {n['entry']} e"
        f" JOIN {n['lesson']} l ON l.page_ptr_id = CAST(e.object_id AS INTEGER)"
        f" JOIN {n['page']} p ON p.id = l.page_ptr_id"
        f" WHERE e.content_type_id = {LESSON_CT}"
    )


def active() -> bool:
    """True when every trigger is in place, so the rows can be trusted (checked per search)."""
    n = names()
    if connection.vendor != "sqlite" or n is None:
        return False
    with connection.cursor() as c:
        c.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name GLOB %s",
            [PREFIX + "*"],
        )
        return c.fetchone()[0] == len(_triggers(n))


def lesson_where(
    *, participant: bool, hidden_paths: list[str], filters: dict[str, list[str]]
) -> tuple[str, list] | None:
    """SQL on `d` (a LessonDoc row) for the lessons a user may read that pass the filters.

    None when the filters rule every lesson out.
    """
    n = names()
    where, params = ["d.live"], []
    if not participant:
        where.append("d.platform")
    if hidden_paths:
        cond = " OR ".join("substr(p.path, 1, %s) = %s" for _ in hidden_paths)
        where.append(
            f"NOT EXISTS (SELECT 1 FROM {n['page']} p WHERE p.id = d.page_id AND ({cond}))"
        )
        for path in hidden_paths:
            params += [len(path), path]
    columns = {
        "target_group": "d.target_group",
        "evidence": "d.evidence",
        "year": "d.year",
        "neighbourhood": "d.neighbourhood",
    }
    for key, values in filters.items():
        if key in columns:
            where.append(f"{columns[key]} IN ({','.join('%s' for _ in values)})")
            params += [int(v) if key in ("year", "neighbourhood") else v for v in values]
        elif key in ("theme", "tag"):
            ids = [int(v) for v in values] if key == "theme" else _tag_ids(values)
            if not ids:
                return None
            column = "d.themes" if key == "theme" else "d.tags"
            where.append(
                "(" + " OR ".join(f"instr(',' || {column} || ',', %s) > 0" for _ in ids) + ")"
            )
            params += [f",{i}," for i in ids]
        else:
            return None
    return " AND ".join(where), params


@dataclass
class LessonCounts:
    total: int = 0
    facets: dict[str, Counter] = field(default_factory=dict)
    rows: list[tuple[int, float, float]] = field(default_factory=list)  # pk, score, epoch


def aggregate(rows, *, limit: int, newest: bool) -> LessonCounts:
    """Exact counts and the top rows from (score, ts, page_id, fkey, themes, tags) rows."""
    out = LessonCounts(total=len(rows), facets={})
    if not rows:
        return out
    scalar = {"year": Counter(), "neighbourhood": Counter(), "target_group": Counter()}
    scalar["evidence"] = Counter()
    for key, num in Counter(map(itemgetter(3), rows)).items():
        for name, value in zip(scalar, key.split("|"), strict=False):
            if value:
                scalar[name][value] += num
    out.facets.update(scalar)
    for name, col, convert in (("theme", 4, str), ("tag", 5, int)):
        counter: Counter = Counter()
        for key, num in Counter(map(itemgetter(col), rows)).items():
            for value in key.split(",") if key else ():
                counter[convert(value)] += num
        out.facets[name] = counter
    if out.facets["tag"]:
        from taggit.models import Tag

        tags = out.facets["tag"]
        slugs = dict(Tag.objects.filter(pk__in=list(tags)).values_list("pk", "slug"))
        out.facets["tag"] = Counter({slugs[pk]: num for pk, num in tags.items() if pk in slugs})
    # rows are (score, ts, page_id, ...) with ts never NULL (see TS), page_id unique:
    # plain tuple order is score, then newest, then highest id, as the ORM sorts
    top = (
        heapq.nlargest(limit, rows, key=itemgetter(1, 2)) if newest else heapq.nlargest(limit, rows)
    )
    out.rows = [(r[2], float(r[0]), float(max(r[1], 0))) for r in top]
    return out


def _tag_ids(slugs: list[str]) -> list[int]:
    from taggit.models import Tag

    return list(Tag.objects.filter(slug__in=slugs).values_list("pk", flat=True))

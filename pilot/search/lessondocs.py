# ruff: noqa: S608 - SQL here holds only table and column names from code; values go in params
"""Keep `LessonDoc` in step on SQLite and PostgreSQL, and count lesson facets from it.

The rows are maintained by database triggers on the real tables (pages, lessons,
theme and tag links, Wagtail's index entries), so no write path can forget them:
publish, unpublish, a bulk `update()`, a delete or raw SQL all keep them right.
On SQLite they are row triggers; on PostgreSQL mostly statement triggers with
transition tables, so a bulk write refreshes its lessons in one set-based pass
(updates of pages and index entries use row triggers whose WHEN clause skips
the many updates that change nothing copied here).
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
#: `ts` holds microseconds since the epoch, so lessons published within one second
#: sort exactly as the ORM sorts their `first_published_at`
US = 1_000_000


def _sqlite_us(column: str) -> str:
    """Microseconds since the epoch of a datetime Django stored as SQLite text."""
    return (
        f"(CAST(strftime('%s', {column}) AS INTEGER) * {US}"
        f" + coalesce(CAST(substr({column}, 21, 6) AS INTEGER), 0))"
    )


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
        f"{_sqlite_us(f'{page}.first_published_at')}, {year}, "
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
            f"ts = {_sqlite_us('NEW.first_published_at')}, "
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
    """(Re)create the triggers and, by default, rebuild every row (SQLite or PostgreSQL)."""
    n = names()
    if n is None or connection.vendor not in ("sqlite", "postgresql"):
        return False
    if connection.vendor == "postgresql":
        return _pg_install(n, rebuild=rebuild)
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
    if connection.vendor == "postgresql":
        c.execute(f"SELECT {PREFIX}refresh(ARRAY(SELECT page_ptr_id FROM {n['lesson']}))")
        return
    select = _doc_select(n, eid="e.id", pid="l.page_ptr_id", lesson="l", page="p")
    c.execute(
        f"INSERT OR REPLACE INTO {n['doc']} ({COLUMNS}) {select} FROM {n['entry']} e"
        f" JOIN {n['lesson']} l ON l.page_ptr_id = CAST(e.object_id AS INTEGER)"
        f" JOIN {n['page']} p ON p.id = l.page_ptr_id"
        f" WHERE e.content_type_id = {LESSON_CT}"
    )


# PostgreSQL: statement triggers with transition tables call one set-based refresh
# for every lesson a statement touched, so bulk writes stay one pass.
def _pg_refresh_function(n: dict[str, str]) -> str:
    year = "CAST(extract(year FROM p.first_published_at AT TIME ZONE 'UTC') AS integer)"
    themes = (
        f"coalesce((SELECT string_agg(x::text, ',' ORDER BY x) FROM (SELECT themepage_id AS x"
        f" FROM {n['themes']} WHERE caselessonpage_id = l.page_ptr_id) s), '')"
    )
    tags = (
        f"coalesce((SELECT string_agg(x::text, ',' ORDER BY x) FROM (SELECT DISTINCT tag_id AS x"
        f" FROM {n['tags']} WHERE content_object_id = l.page_ptr_id) s), '')"
    )
    update = ", ".join(f"{c} = EXCLUDED.{c}" for c in COLUMNS.split(", ")[1:])
    return (
        f"CREATE OR REPLACE FUNCTION {PREFIX}refresh(pids integer[]) RETURNS void"
        f" LANGUAGE sql AS $$"
        f" DELETE FROM {n['doc']} WHERE page_id = ANY(pids);"
        f" INSERT INTO {n['doc']} ({COLUMNS})"
        f" SELECT e.id, l.page_ptr_id, p.live, l.consent_scope = 'platform',"
        f" CAST(floor(extract(epoch FROM p.first_published_at) * {US}) AS bigint), {year},"
        f" l.target_group, l.evidence_level, l.neighbourhood_type_id,"
        f" coalesce({year}::text, '') || '|' || coalesce(l.neighbourhood_type_id::text, '')"
        f" || '|' || l.target_group || '|' || l.evidence_level, {themes}, {tags}"
        f" FROM {n['lesson']} l JOIN {n['page']} p ON p.id = l.page_ptr_id"
        f" JOIN {n['entry']} e ON e.content_type_id = {LESSON_CT}"
        f" AND e.object_id = l.page_ptr_id::text"
        f" WHERE l.page_ptr_id = ANY(pids)"
        f" ON CONFLICT (entry_id) DO UPDATE SET {update};"
        f" $$"
    )


def _pg_triggers(n: dict[str, str]) -> dict[str, tuple]:
    """name -> (table, event, plpgsql body[, WHEN of a row trigger]) of every trigger.

    Statement triggers read the transition tables `new_rows`/`old_rows`; the two
    row triggers with a WHEN condition fire only when a field they copy changes.
    """
    refresh = PREFIX + "refresh"
    lesson_ids = f"SELECT object_id::integer FROM new_rows WHERE content_type_id = {LESSON_CT}"
    out = {
        "entry_ins": (n["entry"], "INSERT", f"PERFORM {refresh}(ARRAY({lesson_ids}));"),
        # row triggers with WHEN: most updates (new words, title_norm, a page's
        # numchild) change nothing here and cost one comparison, not a refresh
        "entry_upd": (
            n["entry"],
            "UPDATE OF content_type_id, object_id",
            f"DELETE FROM {n['doc']} WHERE entry_id = OLD.id;"
            f" IF NEW.content_type_id = {LESSON_CT} THEN"
            f" PERFORM {refresh}(ARRAY[NEW.object_id::integer]); END IF;",
            "OLD.object_id IS DISTINCT FROM NEW.object_id"
            " OR OLD.content_type_id IS DISTINCT FROM NEW.content_type_id",
        ),
        "entry_del": (
            n["entry"],
            "DELETE",
            f"DELETE FROM {n['doc']} WHERE entry_id IN (SELECT id FROM old_rows);",
        ),
        "page_upd": (
            n["page"],
            "UPDATE OF live, first_published_at",
            f"PERFORM {refresh}(ARRAY[NEW.id]);",
            "OLD.live IS DISTINCT FROM NEW.live"
            " OR OLD.first_published_at IS DISTINCT FROM NEW.first_published_at",
        ),
        "page_del": (
            n["page"],
            "DELETE",
            f"DELETE FROM {n['doc']} WHERE page_id IN (SELECT id FROM old_rows);",
        ),
        "lesson_ins": (
            n["lesson"],
            "INSERT",
            f"PERFORM {refresh}(ARRAY(SELECT page_ptr_id FROM new_rows));",
        ),
        "lesson_upd": (
            n["lesson"],
            "UPDATE",
            f"PERFORM {refresh}(ARRAY(SELECT page_ptr_id FROM new_rows));",
        ),
        "lesson_del": (
            n["lesson"],
            "DELETE",
            f"DELETE FROM {n['doc']} WHERE page_id IN (SELECT page_ptr_id FROM old_rows);",
        ),
    }
    for key, owner in (("themes", "caselessonpage_id"), ("tags", "content_object_id")):
        new = f"SELECT {owner} FROM new_rows"
        old = f"SELECT {owner} FROM old_rows"
        out[f"{key}_ins"] = (n[key], "INSERT", f"PERFORM {refresh}(ARRAY({new}));")
        out[f"{key}_del"] = (n[key], "DELETE", f"PERFORM {refresh}(ARRAY({old}));")
        out[f"{key}_upd"] = (n[key], "UPDATE", f"PERFORM {refresh}(ARRAY({new} UNION {old}));")
    return out


def _pg_install(n: dict[str, str], *, rebuild: bool) -> bool:
    with connection.cursor() as c:
        c.execute("SELECT to_regclass(%s) IS NOT NULL", [n["entry"]])
        if not c.fetchone()[0]:
            return False
        c.execute(_pg_refresh_function(n))
        for name, (table, event, body, *when) in _pg_triggers(n).items():
            c.execute(
                f"CREATE OR REPLACE FUNCTION {PREFIX}{name}() RETURNS trigger LANGUAGE plpgsql"
                f" AS $$ BEGIN {body} RETURN NULL; END $$"
            )
            c.execute(f"DROP TRIGGER IF EXISTS {PREFIX}{name} ON {table}")
            if when:
                level = f"FOR EACH ROW WHEN ({when[0]})"
            else:
                refs = {
                    "INSERT": "NEW TABLE AS new_rows",
                    "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
                    "DELETE": "OLD TABLE AS old_rows",
                }[event]
                level = f"REFERENCING {refs} FOR EACH STATEMENT"
            c.execute(
                f"CREATE TRIGGER {PREFIX}{name} AFTER {event} ON {table} {level}"
                f" EXECUTE FUNCTION {PREFIX}{name}()"
            )
        if rebuild:
            rebuild_rows(c, n)
    return True


def active() -> bool:
    """True when every trigger is in place, so the rows can be trusted (checked per search)."""
    n = names()
    if n is None:
        return False
    with connection.cursor() as c:
        if connection.vendor == "postgresql":
            c.execute(
                "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE %s",
                [PREFIX.replace("_", r"\_") + "%"],
            )
            return c.fetchone()[0] == len(_pg_triggers(n))
        if connection.vendor != "sqlite":
            return False
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
            find = "strpos" if connection.vendor == "postgresql" else "instr"
            where.append(
                "(" + " OR ".join(f"{find}(',' || {column} || ',', %s) > 0" for _ in ids) + ")"
            )
            params += [f",{i}," for i in ids]
        else:
            return None
    return " AND ".join(where), params


@dataclass
class LessonCounts:
    total: int = 0
    facets: dict[str, Counter] = field(default_factory=dict)
    rows: list[tuple[int, float, float]] = field(default_factory=list)  # pk, score, epoch s


def aggregate(rows, *, limit: int, newest: bool) -> LessonCounts:
    """Exact counts and the top rows from (score, ts, page_id, fkey, themes, tags) rows."""
    out = LessonCounts(total=len(rows), facets={})
    if not rows:
        return out
    out.facets = facets_from_keys(
        Counter(map(itemgetter(3), rows)),
        Counter(map(itemgetter(4), rows)),
        Counter(map(itemgetter(5), rows)),
    )
    # rows are (score, ts, page_id, ...) with ts never NULL (see TS), page_id unique:
    # plain tuple order is score, then newest, then highest id, as the ORM sorts
    top = (
        heapq.nlargest(limit, rows, key=itemgetter(1, 2)) if newest else heapq.nlargest(limit, rows)
    )
    out.rows = [(r[2], float(r[0]), max(r[1], 0) / US) for r in top]
    return out


def facets_from_keys(fkeys: Counter, themes: Counter, tags: Counter) -> dict[str, Counter]:
    """Facet counts from counted `fkey`, `themes` and `tags` values of the rows."""
    facets = {"year": Counter(), "neighbourhood": Counter(), "target_group": Counter()}
    facets["evidence"] = Counter()
    for key, num in fkeys.items():
        for name, value in zip(list(facets), key.split("|"), strict=False):
            if value:
                facets[name][value] += num
    for name, keys, convert in (("theme", themes, str), ("tag", tags, int)):
        counter: Counter = Counter()
        for key, num in keys.items():
            for value in key.split(",") if key else ():
                counter[convert(value)] += num
        facets[name] = counter
    if facets["tag"]:
        from taggit.models import Tag

        ids = facets["tag"]
        slugs = dict(Tag.objects.filter(pk__in=list(ids)).values_list("pk", "slug"))
        facets["tag"] = Counter({slugs[pk]: num for pk, num in ids.items() if pk in slugs})
    return facets


def _tag_ids(slugs: list[str]) -> list[int]:
    from taggit.models import Tag

    return list(Tag.objects.filter(slug__in=slugs).values_list("pk", flat=True))

"""Benchmark: faceted search over N generated Dutch case lessons (default 100,000).

    python tests/benchmarks/bench_search.py [--size 100000] [--runs 30]

Builds a fresh embedded SQLite database in a temporary file (or uses
DATABASE_URL when it points at PostgreSQL), bulk-writes pages, tags, themes and
search-index rows the way Wagtail's database backend does, then measures the
real search service (access filters, facets, ranking, one page of results)
against a raw SQLite FTS5 query for the same words in the same run.
Goal: service p95 <= 3x the raw FTS5 query's p95, broad and narrow alike.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]

PROBLEMS = [
    "schulden",
    "eenzaamheid",
    "dementie",
    "verwaarlozing",
    "huiselijk geweld",
    "zorgmijding",
    "verslaving",
    "psychische problemen",
    "dakloosheid",
    "overlast",
    "mantelzorg",
    "armoede",
    "taalachterstand",
    "werkloosheid",
    "opvoedingsproblemen",
    "vervuiling",
]
TAGS = [
    "schulden",
    "eenzaamheid",
    "dementie",
    "zorgmijding",
    "lvb",
    "huisvesting",
    "mantelzorg",
    "verslaving",
    "ggz",
    "huiselijk-geweld",
    "armoede",
    "werk-en-inkomen",
    "dagbesteding",
    "vrijwilligers",
    "bewonersinitiatief",
    "huisarts",
    "wmo",
    "jeugd",
    "ouderen",
    "overlast",
    "statushouders",
    "taal",
    "energiearmoede",
    "woningcorporatie",
    "politie",
    "buurtzorg",
    "schuldhulpverlening",
    "bemoeizorg",
    "casusregie",
    "welzijn",
]
THEMES = [
    "Jeugd",
    "Ouderen",
    "Huiselijk geweld",
    "Bemoeizorg",
    "Schulden",
    "Eenzaamheid",
    "Wonen",
    "Participatie",
]
WHO = [
    "een alleenstaande moeder",
    "een oudere man",
    "een gezin met drie kinderen",
    "een jonge vrouw",
    "een echtpaar op leeftijd",
    "een man met een licht verstandelijke beperking",
    "een statushouder",
    "een mantelzorger",
]
ACTIONS = [
    "de wijkverpleegkundige ging op huisbezoek",
    "de schuldhulpverlener maakte een overzicht",
    "de huisarts schakelde het wijkzorgteam in",
    "het team wees een vaste casusregisseur aan",
    "een vrijwilliger uit de buurt bood hulp",
    "de ouderenconsulent belde wekelijks",
    "de woningcorporatie schortte de ontruiming op",
    "het maatschappelijk werk regelde bewindvoering",
]
RESULTS = [
    "de situatie stabiliseerde binnen drie maanden",
    "de schulden kwamen in een regeling",
    "de cliënt ging weer naar de dagbesteding",
    "het contact met de familie herstelde",
    "de overlast nam duidelijk af",
    "er kwam een passende woning",
]
NEIGHBOURHOODS = [
    "Vooroorlogse stadswijk",
    "Naoorlogse uitbreidingswijk",
    "Vinex-wijk",
    "Dorpskern",
]
TARGETS = [
    "volwassenen_multiproblematiek",
    "ouderen",
    "lvb",
    "zorgmijders",
    "gezinnen",
    "jongeren",
    "mantelzorgers",
    "nieuwkomers",
]
EVIDENCE = ["praktijkervaring", "onderbouwd", "erkend"]


def setup_django(db_file: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenwerken.settings.test")
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        # a fresh database next to the one DATABASE_URL names, dropped at the end
        import psycopg

        base, _sep, _name = url.rpartition("/")
        name = f"bench_search_{os.getpid()}"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = f"{base}/{name}"
        os.environ["BENCH_PG_DROP"] = f"{base}/postgres|{name}"
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["SQLITE_PATH"] = db_file
    os.environ.pop("ELASTICSEARCH_URL", None)
    import django

    django.setup()


def sentence(rng: random.Random, problem: str) -> str:
    return (
        f"{rng.choice(WHO).capitalize()} had te maken met {problem}; {rng.choice(ACTIONS)} en "
        f"{rng.choice(RESULTS)}."
    )


def build(size: int, rng: random.Random) -> dict:
    from django.contrib.auth import get_user_model
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from taggit.models import Tag
    from wagtail.models import Page, PageViewRestriction

    from pilot.lessons.models import CaseLessonPage, LessonIndexPage
    from pilot.programme.models import NeighbourhoodType
    from themes.models import ThemeIndexPage, ThemePage

    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    migrate_s = time.perf_counter() - t0
    root = Page.get_first_root_node()
    home = root.add_child(instance=Page(title="Home", slug="bench-home"))
    theme_index = home.add_child(instance=ThemeIndexPage(title="Thema's", slug="themas"))
    themes = [
        theme_index.add_child(instance=ThemePage(title=t, summary=f"Over {t.lower()}."))
        for t in THEMES
    ]
    index = home.add_child(instance=LessonIndexPage(title="Casuslessen", slug="lessen"))
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    hoods = [NeighbourhoodType.objects.get_or_create(name=n)[0] for n in NEIGHBOURHOODS]
    tags = {name: Tag.objects.get_or_create(name=name, slug=name)[0] for name in TAGS}
    template = CaseLessonPage(
        title="Sjabloon", slug="sjabloon", live=False, situation="x", consent_scope="platform"
    )
    index.add_child(instance=template)
    user = get_user_model().objects.create_superuser("bench", "bench@example.org", "x" * 12)

    page_table, lesson_table = Page._meta.db_table, CaseLessonPage._meta.db_table
    with connection.cursor() as c:
        c.execute(f"SELECT * FROM {page_table} WHERE id = %s", [template.pk])
        page_cols = [d[0] for d in c.description]
        page_row = dict(zip(page_cols, c.fetchone(), strict=True))
        c.execute(f"SELECT * FROM {lesson_table} WHERE page_ptr_id = %s", [template.pk])
        lesson_cols = [d[0] for d in c.description]
        lesson_row = dict(zip(lesson_cols, c.fetchone(), strict=True))
        c.execute(f"SELECT MAX(id) FROM {page_table}")
        next_id = c.fetchone()[0] + 1
    through_theme = CaseLessonPage.themes.through
    through_tag = CaseLessonPage.problem_tags.through
    ct = ContentType.objects.get_for_model(CaseLessonPage).pk
    theme_titles = {t.pk: t.title for t in themes}
    now = timezone.now()

    t0 = time.perf_counter()
    pages, lessons, theme_rows, tag_rows, entries = [], [], [], [], []
    base_path = index.path
    for i in range(size):
        pk = next_id + i
        problem = rng.choice(PROBLEMS)
        chosen_tags = rng.sample(TAGS, rng.randint(1, 3))
        chosen_themes = rng.sample(themes, rng.randint(1, 2))
        title = f"{problem.capitalize()}: {rng.choice(ACTIONS)} ({i})"
        texts = {
            "situation": sentence(rng, problem),
            "approach": sentence(rng, rng.choice(PROBLEMS)),
            "what_worked": f"Wat werkte: {rng.choice(ACTIONS)}.",
            "what_did_not_work": f"Minder goed: {rng.choice(ACTIONS)}.",
            "outcome": rng.choice(RESULTS).capitalize() + ".",
            "lesson_for_others": f"Les: begin bij {rng.choice(PROBLEMS)} en werk samen.",
        }
        p = dict(
            page_row,
            id=pk,
            title=title,
            draft_title=title,
            slug=f"les-{i}",
            url_path=f"{page_row['url_path'].rsplit('/', 2)[0]}/les-{i}/",
            path=base_path + _encode(i + 2),
            live=True,
            has_unpublished_changes=False,
            first_published_at=now - __import__("datetime").timedelta(days=rng.randint(0, 900)),
            last_published_at=now,
            latest_revision_created_at=now,
            numchild=0,
        )
        p["translation_key"] = __import__("uuid").uuid4().hex
        pages.append(tuple(p[c] for c in page_cols))
        ld = dict(
            lesson_row,
            page_ptr_id=pk,
            **texts,
            target_group=rng.choice(TARGETS),
            evidence_level=rng.choice(EVIDENCE),
            neighbourhood_type_id=rng.choice(hoods).pk,
            consent_scope="platform" if rng.random() < 0.8 else "pilot",
        )
        lessons.append(tuple(ld[c] for c in lesson_cols))
        theme_rows += [
            through_theme(caselessonpage_id=pk, themepage_id=t.pk) for t in chosen_themes
        ]
        tag_rows += [through_tag(content_object_id=pk, tag_id=tags[t].pk) for t in chosen_tags]
        body = " ".join(
            [
                *texts.values(),
                *(tags[t].name for t in chosen_tags),
                *(theme_titles[t.pk] for t in chosen_themes),
            ]
        )
        entries.append((ct, str(pk), title, title, body, 1.0))
    gen_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    with transaction.atomic(), connection.cursor() as c:
        marks = ",".join(["%s"] * len(page_cols))
        c.executemany(f"INSERT INTO {page_table} ({','.join(page_cols)}) VALUES ({marks})", pages)
        marks = ",".join(["%s"] * len(lesson_cols))
        c.executemany(
            f"INSERT INTO {lesson_table} ({','.join(lesson_cols)}) VALUES ({marks})", lessons
        )
        through_theme.objects.bulk_create(theme_rows, batch_size=5000)
        through_tag.objects.bulk_create(tag_rows, batch_size=5000)
        c.execute(
            f"UPDATE {page_table} SET numchild = numchild + %s WHERE id = %s", [size, index.pk]
        )
    rows_s = time.perf_counter() - t0

    from modelsearch.conf import get_app_config

    entry_table = get_app_config().get_model("IndexEntry")._meta.db_table
    t0 = time.perf_counter()
    with transaction.atomic(), connection.cursor() as c:
        # the rows Wagtail's backend writes; its triggers fill the FTS5 table, and on
        # SQLite ours fill the compact lesson rows (pilot_search_lessondoc) at the same time
        columns, values = "", "%s, %s, %s, %s, %s, %s"
        if connection.vendor == "postgresql":  # tsvectors plus plain text, as Wagtail writes
            columns, values = (
                ", title_text, body_text",
                "%s, %s, to_tsvector('dutch', %s), to_tsvector('simple', %s), "
                "to_tsvector('dutch', %s), %s, %s, %s",
            )
            entries = [(*e, e[2], e[4]) for e in entries]
        c.executemany(
            f"INSERT INTO {entry_table} (content_type_id, object_id, title, autocomplete, body,"
            f" title_norm{columns}) VALUES ({values})",
            entries,
        )
        c.execute(
            f"UPDATE {entry_table} SET title_norm = (SELECT AVG(LENGTH(title)) FROM {entry_table})"
            f" / LENGTH(title) WHERE LENGTH(title) > 0"
        )
    index_s = time.perf_counter() - t0
    with connection.cursor() as c:
        c.execute("ANALYZE")
    return {
        "user": user,
        "migrate_s": migrate_s,
        "generate_s": gen_s,
        "rows_s": rows_s,
        "index_s": index_s,
        "themes": themes,
        "entry_table": entry_table,
    }


def _encode(n: int) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    for _ in range(4):
        n, r = divmod(n, 36)
        out = alphabet[r] + out
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def measure(fn, runs: int) -> list[float]:
    fn()  # warm
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def measure_pair(a, b, runs: int) -> tuple[list[float], list[float]]:
    a(), b()
    ta, tb = [], []
    for _ in range(runs):
        for fn, out in ((a, ta), (b, tb)):
            t0 = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t0) * 1000)
    return ta, tb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="bench-search-")
    setup_django(os.path.join(tmp, "bench.sqlite3"))
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.http import QueryDict

    from pilot.search.query import fts5_expression, parse_query
    from pilot.search.service import search

    rng = random.Random(args.seed)
    info = build(args.size, rng)
    user = info["user"]
    print(f"database: {connection.vendor}  lessons: {args.size:,}")
    built = (
        "entries + FTS5 + lesson rows"
        if connection.vendor == "sqlite"
        else "entries with Dutch tsvectors + GIN/trigram indexes"
    )
    print(
        f"migrate {info['migrate_s']:.1f}s  generate {info['generate_s']:.1f}s  "
        f"rows {info['rows_s']:.1f}s  index build ({built}) {info['index_s']:.1f}s"
    )

    theme = str(info["themes"][0].pk)
    cases = [
        ("broad", "schulden", {}),
        ("broad+facet", "schulden", {"evidence": "erkend"}),
        ("broad 2 words", "huisarts team", {"sort": "newest"}),
        ("narrow", "dementie ontruiming", {"theme": theme}),
        ("narrow phrase", '"vaste casusregisseur" eenzaamheid', {"target_group": "ouderen"}),
        ("exclusion", "schulden -verslaving", {}),
        ("browse (no words)", "", {}),
        # a Professional: platform-wide lessons only, so the consent reach is filtered too
        ("broad, professional", "schulden", {"as": "professional"}),
        ("narrow, professional", "dementie ontruiming", {"theme": theme, "as": "professional"}),
    ]
    from django.contrib.auth.models import Group

    from pilot.roles import PROFESSIONAL

    professional = get_user_model().objects.create_user("bench-prof", password="x" * 12)
    professional.groups.add(Group.objects.get_or_create(name=PROFESSIONAL)[0])
    users = {"superuser": user, "professional": professional}
    entry = info["entry_table"]
    print(
        "raw = the same FTS5 expression on the same table: top 10 by bm25 + count(*)"
        " (PostgreSQL: websearch_to_tsquery('dutch') on the index: top 10 by ts_rank + count);\n"
        "service = search() for a superuser (or a Professional: only platform-wide lessons):\n"
        "rights, facet filters, exact counts of all 8 facets, "
        "all result kinds, ranking, one page of hits with excerpts (p95 ratio is service/raw)"
    )
    print(
        f"{'query':<20}{'hits':>8}{'p50 ms':>9}{'p95 ms':>9}{'raw p50':>9}{'raw p95':>9}{'p95 ratio':>10}"
    )
    worst = 0.0
    for name, q, extra in cases:
        params = QueryDict(mutable=True)
        params["q"] = q
        who = users[extra.pop("as", "superuser")]
        for k, v in extra.items():
            params[k] = v
        resp = search(user=who, params=params)

        def service_call(p=params, who=who):
            search(user=who, params=p)

        expr = fts5_expression(parse_query(q))
        raw_line = ""
        if expr and connection.vendor == "sqlite":
            # The fair baseline: what "search these words" costs on the same FTS5 table
            # with the same expression and weights: the first page by BM25 plus the
            # total the page shows. No rights, no facets, no rows beyond the ids.
            top = (
                f"SELECT rowid, bm25({entry}_fts, 0.0, 1.0, 10.0) AS s FROM {entry}_fts "
                f"WHERE {entry}_fts MATCH %s ORDER BY s LIMIT 10"
            )
            count = f"SELECT count(*) FROM {entry}_fts WHERE {entry}_fts MATCH %s"

            def raw(top=top, count=count, expr=expr):
                with connection.cursor() as c:
                    c.execute(top, [expr])
                    c.fetchall()
                    c.execute(count, [expr])
                    c.fetchall()

            # interleaved, so load from other processes hits both alike
            service, rawt = measure_pair(service_call, raw, args.runs)
            ratio = pct(service, 95) / pct(rawt, 95)
            worst = max(worst, ratio)
            raw_line = f"{pct(rawt, 50):9.1f}{pct(rawt, 95):9.1f}{ratio:9.1f}x"
        elif q and connection.vendor == "postgresql":
            # PostgreSQL: the same words as websearch_to_tsquery('dutch') (it reads quotes
            # and -word like our syntax) on the GIN-indexed tsvectors: top 10 by ts_rank + count
            vec = f"({entry}.title || {entry}.body)"
            top = (
                f"SELECT {entry}.id, ts_rank({vec}, q) AS r FROM {entry}, "
                f"websearch_to_tsquery('dutch', %s) q WHERE {vec} @@ q ORDER BY r DESC LIMIT 10"
            )
            count = (
                f"SELECT count(*) FROM {entry}, websearch_to_tsquery('dutch', %s) q "
                f"WHERE {vec} @@ q"
            )

            def raw(top=top, count=count, q=q):
                with connection.cursor() as c:
                    c.execute(top, [q])
                    c.fetchall()
                    c.execute(count, [q])
                    c.fetchall()

            service, rawt = measure_pair(service_call, raw, args.runs)
            ratio = pct(service, 95) / pct(rawt, 95)
            worst = max(worst, ratio)
            raw_line = f"{pct(rawt, 50):9.1f}{pct(rawt, 95):9.1f}{ratio:9.1f}x"
        else:
            service = measure(service_call, args.runs)
        print(f"{name:<20}{resp.total:>8,}{pct(service, 50):9.1f}{pct(service, 95):9.1f}{raw_line}")
    baseline = "raw FTS5" if connection.vendor == "sqlite" else "raw tsquery"
    print(f"worst p95 ratio to {baseline}: {worst:.1f}x (goal <= 3x)")
    if args.keep:
        print(f"database kept in {tmp}")
    else:
        import shutil

        connection.close()
        shutil.rmtree(tmp, ignore_errors=True)
    drop = os.environ.get("BENCH_PG_DROP")
    if drop and not args.keep:
        import psycopg

        admin, name = drop.split("|")
        connection.close()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


if __name__ == "__main__":
    main()

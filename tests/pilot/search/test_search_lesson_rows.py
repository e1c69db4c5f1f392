"""Lesson counts stay exact and access-aware however the data changes.

The counts come from compact rows kept by database triggers
(pilot/search/lessondocs.py: row triggers on SQLite, statement triggers with
transition tables on PostgreSQL); these tests change lessons the ways an app can
(publish, bulk `update()`, tag changes, deletes) and compare every count with
what the ORM says each user may read, and compare the fast path with the ORM
joins it replaces (used when a trigger is missing).
"""

import pytest
from django.db import connection
from search_helpers import run

from pilot.lessons.models import CaseLessonPage
from pilot.search import lessondocs

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_engine")]


def facet(resp, key):
    return {v.value: v.count for f in resp.facets if f.key == key for v in f.values}


def expected(user_is_participant: bool) -> dict[str, dict[str, int]]:
    """Facet counts of the browse overview, computed straight from the models."""
    lessons = CaseLessonPage.objects.live()
    if not user_is_participant:
        lessons = lessons.filter(consent_scope="platform")
    out = {"evidence": {}, "target_group": {}, "tag": {}, "theme": {}, "year": {}}
    for lesson in lessons.prefetch_related("problem_tags", "themes"):
        for key, value in (
            ("evidence", lesson.evidence_level),
            ("target_group", lesson.target_group),
            ("year", str(lesson.first_published_at.year) if lesson.first_published_at else ""),
        ):
            if value:
                out[key][value] = out[key].get(value, 0) + 1
        for tag in lesson.problem_tags.all():
            out["tag"][tag.slug] = out["tag"].get(tag.slug, 0) + 1
        for theme in lesson.themes.all():
            out["theme"][str(theme.pk)] = out["theme"].get(str(theme.pk), 0) + 1
    out["lesson"] = lessons.count()
    return out


def assert_counts(user, participant: bool) -> None:
    resp = run(user, "", type="lesson")
    want = expected(participant)
    assert resp.total == want.pop("lesson")
    for key, counts in want.items():
        if key in ("tag", "theme"):  # themes and sessions add their own counts; lessons only here
            got = facet(resp, key)
            assert {k: v for k, v in got.items() if k in counts} == counts, key
        else:
            assert facet(resp, key) == counts, key


def test_counts_per_role_equal_the_models(participant, professional):
    assert_counts(participant, True)
    assert_counts(professional, False)


def test_bulk_updates_change_counts_at_once(participant, professional):
    lesson = CaseLessonPage.objects.live().filter(consent_scope="platform").first()
    before = run(professional, "", type="lesson").total
    # a bulk update passes no signal: rights must still follow at once
    CaseLessonPage.objects.filter(pk=lesson.pk).update(consent_scope="pilot")
    assert run(professional, "", type="lesson").total == before - 1
    assert_counts(professional, False)
    CaseLessonPage.objects.filter(pk=lesson.pk).update(consent_scope="platform")
    CaseLessonPage.objects.filter(pk=lesson.pk).update(live=False)
    assert run(professional, "", type="lesson").total == before - 1
    assert run(participant, lesson.title).total == 0 or all(
        h.pk != lesson.pk for h in run(participant, lesson.title).hits
    )
    assert_counts(participant, True)


def test_tag_and_theme_changes_and_deletes_are_counted(participant, theme_index):
    lesson = CaseLessonPage.objects.live().first()
    lesson.problem_tags.add("qqnieuwetag")
    lesson.save()
    assert facet(run(participant, "", type="lesson"), "tag")["qqnieuwetag"] == 1
    lesson.problem_tags.remove("qqnieuwetag")
    lesson.save()
    assert "qqnieuwetag" not in facet(run(participant, "", type="lesson"), "tag")
    assert_counts(participant, True)
    total = run(participant, "", type="lesson").total
    CaseLessonPage.objects.filter(pk=lesson.pk).delete()
    assert run(participant, "", type="lesson").total == total - 1
    assert_counts(participant, True)


def test_filters_and_ranking_agree_with_the_orm_path(participant, professional):
    """The fast rows and the ORM joins give the same answers (SQLite: both run here)."""
    queries = [("schulden", {}), ("", {"evidence": "onderbouwd"}), ("wijk -schuld", {})]
    queries += [("", {"sort": "newest"}), ("-schulden", {}), ("huisarts", {"type": "lesson"})]
    first = CaseLessonPage.objects.live().first()
    tag = first.problem_tags.first()
    if tag is not None:
        queries.append(("", {"tag": tag.slug}))
    theme = first.themes.first()
    if theme is not None:
        queries.append(("", {"theme": str(theme.pk)}))

    def answers():
        out = []
        for user in (participant, professional):
            for q, params in queries:
                resp = run(user, q, **params)
                out.append(
                    (
                        resp.total,
                        [(h.kind, h.pk) for h in resp.hits],
                        {f.key: {v.value: v.count for v in f.values} for f in resp.facets},
                    )
                )
        return out

    fast = answers()
    assert lessondocs.active()
    with connection.cursor() as c:  # without one trigger the rows are not trusted
        c.execute(f"DROP TRIGGER {lessondocs.PREFIX}lesson_upd{_on('lesson')}")
    try:
        assert not lessondocs.active()
        assert answers() == fast
    finally:
        lessondocs.install()
    assert lessondocs.active()


def _on(table: str) -> str:
    """PostgreSQL names a trigger per table: `DROP TRIGGER name ON table`."""
    if connection.vendor != "postgresql":
        return ""
    return f" ON {lessondocs.names()[table]}"


def test_rows_are_rebuilt_after_migrate(participant):
    from pilot.search.models import LessonDoc

    columns = ("page_id", "live", "platform", "ts", "fkey", "themes", "tags")
    before = sorted(LessonDoc.objects.values_list(*columns))
    assert before
    LessonDoc.objects.all().delete()
    with connection.cursor() as c:
        c.execute(f"DROP TRIGGER {lessondocs.PREFIX}page_upd{_on('page')}")
    from django.core.management import call_command

    call_command("migrate", "pilot_search", verbosity=0)  # post_migrate repairs both
    assert lessondocs.active()
    after = sorted(LessonDoc.objects.values_list(*columns))
    assert after == before


def test_newest_first_keeps_sub_second_order(participant):
    """Lessons and other pages published within one second sort as their timestamps do."""
    import datetime as dt

    from django.utils import timezone
    from wagtail.models import Page

    from themes.models import ThemePage

    older, newer = CaseLessonPage.objects.live().order_by("pk")[:2]
    theme = ThemePage.objects.live().first()
    base = timezone.now().replace(microsecond=0) + dt.timedelta(days=400)
    # the lower pk is the newest, a theme sits between the two lessons
    Page.objects.filter(pk=older.pk).update(
        first_published_at=base + dt.timedelta(microseconds=700)
    )
    Page.objects.filter(pk=theme.pk).update(
        first_published_at=base + dt.timedelta(microseconds=500)
    )
    Page.objects.filter(pk=newer.pk).update(
        first_published_at=base + dt.timedelta(microseconds=300)
    )
    hits = [(h.kind, h.pk) for h in run(participant, "", sort="newest").hits[:3]]
    assert hits == [("lesson", older.pk), ("theme", theme.pk), ("lesson", newer.pk)]

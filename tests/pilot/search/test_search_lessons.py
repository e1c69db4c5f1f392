"""Lessons in search: rights per role, counts that do not leak, freshness."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from search_helpers import run, titles

from pilot.lessons.models import CaseLessonPage, LessonIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_engine")]


def facet(resp, key):
    return {v.value: v.count for f in resp.facets if f.key == key for v in f.values}


def test_anonymous_finds_no_lessons_and_learns_no_counts(demo):
    lessons = CaseLessonPage.objects.live()
    assert lessons.exists()
    anon = AnonymousUser()
    resp = run(anon, "schulden")
    assert all(h.kind != "lesson" for h in resp.hits)
    assert "lesson" not in facet(resp, "type")
    assert facet(resp, "evidence") == {} and facet(resp, "tag") == {}
    overview = run(anon, "")
    assert "lesson" not in facet(overview, "type")
    assert overview.total == sum(facet(overview, "type").values())


def test_counts_per_role_match_what_each_may_read(participant, professional, outsider):
    live = CaseLessonPage.objects.live()
    platform = live.filter(consent_scope="platform").count()
    assert facet(run(participant, ""), "type")["lesson"] == live.count()
    assert facet(run(professional, ""), "type").get("lesson", 0) == platform
    assert "lesson" not in facet(run(outsider, ""), "type")


def test_evidence_facet_counts_and_filter(participant):
    resp = run(participant, "")
    counts = facet(resp, "evidence")
    assert counts
    value, n = next(iter(counts.items()))
    refined = run(participant, "", evidence=value)
    assert refined.total == n
    assert {h.kind for h in refined.hits} == {"lesson"}
    assert CaseLessonPage.objects.live().filter(evidence_level=value).count() == n


def test_stemming_finds_demo_lesson(participant):
    assert "Schulden in beeld via de huisarts" in titles(run(participant, "schuld"))
    assert "Schulden in beeld via de huisarts" in titles(run(participant, "schuldeisers"))


def _publish_lesson(author, editor, title, tag, word, capture):
    from pilot.lessons import services

    index = LessonIndexPage.objects.get()
    with capture(execute=True):
        lesson = services.lesson_create(
            index=index,
            author=author,
            title=title,
            fields={
                "target_group": "ouderen",
                "evidence_level": "praktijkervaring",
                "situation": f"<p>Een oudere bewoner met {word} in de wijk.</p>",
                "approach": "<p>Samen met de buren een plan gemaakt.</p>",
                "consent_given": True,
                "consent_date": dt.date(2026, 11, 8),
                "consent_scope": "platform",
            },
            tags=[tag],
        )
        services.lesson_submit(lesson=lesson, user=author)
        services.lesson_approve(lesson=lesson, user=editor, comment="ok")
    lesson.refresh_from_db()
    assert lesson.live
    return lesson


def test_fresh_lesson_findable_by_tag_and_words_then_gone(
    participant, editor, professional, django_capture_on_commit_callbacks
):
    lesson = _publish_lesson(
        participant,
        editor,
        "Buurtnetwerk rond vereenzaming",
        "qqburenhulp",
        "zzvereenzaming",
        django_capture_on_commit_callbacks,
    )
    assert titles(run(professional, "qqburenhulp")) == ["Buurtnetwerk rond vereenzaming"]
    assert titles(run(professional, "zzvereenzaming")) == ["Buurtnetwerk rond vereenzaming"]
    assert facet(run(professional, "qqburenhulp"), "tag") == {"qqburenhulp": 1}
    with django_capture_on_commit_callbacks(execute=True):
        lesson.unpublish()
    assert run(professional, "qqburenhulp").total == 0
    assert run(professional, "zzvereenzaming").total == 0


def test_query_count_is_flat(participant, django_assert_max_num_queries):
    with django_assert_max_num_queries(40):
        run(participant, "schulden")
    with django_assert_max_num_queries(40):
        run(participant, "")

"""The demo lessons: published through the gate, a draft with findings, rights and workflow."""

import pytest
from wagtail.models import GroupPagePermission, PageLogEntry

from pilot.lessons.demo import DEMO_LESSONS, WORKFLOW_NAME
from pilot.lessons.findings import open_findings
from pilot.lessons.models import CaseLessonPage


@pytest.mark.django_db
def test_demo_lessons_are_published_through_the_workflow(lesson_index):
    live = CaseLessonPage.objects.child_of(lesson_index).live()
    assert {lesson.title for lesson in live} == {item["title"] for item in DEMO_LESSONS}
    for lesson in live:
        assert lesson.consent_given and lesson.consent_recorded_by_id
        assert open_findings(lesson) == []
        actions = set(PageLogEntry.objects.filter(page=lesson).values_list("action", flat=True))
        assert {"wagtail.workflow.approve", "wagtail.publish"} <= actions
        assert lesson.get_workflow().name == WORKFLOW_NAME


@pytest.mark.django_db
def test_demo_draft_has_findings(lesson_index):
    draft = CaseLessonPage.objects.child_of(lesson_index).filter(live=False).get()
    labels = {f.label for f in open_findings(draft.get_latest_revision_as_object())}
    assert {"person", "date", "phone"} <= labels


@pytest.mark.django_db
def test_participants_may_add_but_not_publish_lessons(lesson_index, participant):
    perms = set(
        GroupPagePermission.objects.filter(page=lesson_index, group__name="Deelnemer").values_list(
            "permission__codename", flat=True
        )
    )
    assert perms == {"add_page"}
    tester = lesson_index.permissions_for_user(participant)
    assert tester.can_add_subpage() and not tester.can_publish()


@pytest.mark.django_db
def test_loading_the_demo_twice_changes_nothing(lesson_index):
    from pilot.demo.loader import load_demo

    before = CaseLessonPage.objects.count()
    load_demo()
    assert CaseLessonPage.objects.count() == before

"""The publish gate, on every path a page can go live.

Each test makes a lesson that must NOT go live, tries one path, and checks the
lesson stayed offline; the workflow test shows the one way it does go live.
"""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.models import PageLogEntry, Revision

from pilot.lessons import services
from pilot.lessons.gate import LessonPublishBlocked
from pilot.lessons.models import CaseLessonPage

PII = "<p>Mevrouw Yilmaz (geboren 3 maart 1950) belde het team.</p>"


def _fresh(lesson):
    return CaseLessonPage.objects.get(pk=lesson.pk)


@pytest.mark.django_db
def test_workflow_approval_by_non_author_publishes_and_is_logged(make_lesson, participant, editor):
    lesson = make_lesson()
    services.lesson_submit(lesson=lesson, user=participant)
    services.lesson_approve(lesson=lesson, user=editor)
    lesson = _fresh(lesson)
    assert lesson.live
    actions = set(PageLogEntry.objects.filter(page=lesson).values_list("action", flat=True))
    assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= actions


@pytest.mark.django_db
def test_revision_publish_from_code_is_refused_without_review(make_lesson, editor):
    lesson = make_lesson()
    with pytest.raises(LessonPublishBlocked) as info:
        lesson.get_latest_revision().publish(user=editor)
    assert "goedgekeurd" in " ".join(info.value.messages)
    assert not _fresh(lesson).live


@pytest.mark.django_db
def test_publish_action_api_is_refused(make_lesson, editor):
    lesson = make_lesson()
    action = PublishPageRevisionAction(lesson.get_latest_revision(), user=editor)
    with pytest.raises(LessonPublishBlocked):
        action.execute()
    with pytest.raises(LessonPublishBlocked):
        lesson.publish(lesson.get_latest_revision(), skip_permission_checks=True)
    assert not _fresh(lesson).live


@pytest.mark.django_db
def test_saving_a_live_lesson_directly_is_checked(make_lesson, lesson_index, participant):
    lesson = make_lesson()
    lesson.live = True
    with pytest.raises(LessonPublishBlocked):
        lesson.save()
    assert not _fresh(lesson).live
    # A new lesson added live (Page.live defaults to True) is refused as well.
    with pytest.raises(LessonPublishBlocked):
        lesson_index.add_child(instance=CaseLessonPage(title="Direct live", owner=participant))
    assert not CaseLessonPage.objects.filter(title="Direct live").exists()


@pytest.mark.django_db
def test_consent_is_required(make_lesson, participant, editor):
    lesson = make_lesson(consent=False)
    services.lesson_submit(lesson=lesson, user=participant)
    with pytest.raises(LessonPublishBlocked) as info:
        services.lesson_approve(lesson=lesson, user=editor)
    assert "toestemming" in " ".join(info.value.messages)
    assert not _fresh(lesson).live
    # The task was not approved: it still waits for review.
    assert _fresh(lesson).current_workflow_task_state.status == "in_progress"


@pytest.mark.django_db
def test_open_findings_block_approval_until_replaced(make_lesson, participant, editor):
    lesson = make_lesson(situation=PII)
    services.lesson_submit(lesson=lesson, user=participant)
    with pytest.raises(LessonPublishBlocked) as info:
        services.lesson_approve(lesson=lesson, user=editor)
    assert "persoonsgegeven" in " ".join(info.value.messages)
    # The reviewer (who may edit during review) replaces both findings, then approves.
    from pilot.lessons.findings import open_findings

    draft = lesson.get_latest_revision_as_object()
    labels = {f.label for f in open_findings(draft)}
    assert {"person", "date"} <= labels
    while found := open_findings(_fresh(lesson).get_latest_revision_as_object()):
        services.finding_replace(lesson=_fresh(lesson), key=found[0].key, user=editor)
    services.lesson_approve(lesson=lesson, user=editor)
    live = _fresh(lesson)
    assert live.live
    assert "Yilmaz" not in live.situation and "[naam]" in live.situation
    assert "[datum]" in live.situation


@pytest.mark.django_db
def test_author_can_never_approve(make_lesson, editor, participant):
    lesson = make_lesson(author=editor)  # an editor writing a lesson is its author
    services.lesson_submit(lesson=lesson, user=editor)
    lesson = _fresh(lesson)
    task_state = lesson.current_workflow_task_state
    task = task_state.task.specific
    assert [a for a in task.get_actions(lesson, editor) if a[0] == "approve"] == []
    with pytest.raises((PermissionDenied, LessonPublishBlocked)):
        services.lesson_approve(lesson=lesson, user=editor)
    # Going around the task's own checks: the workflow still cannot publish it.
    redirect_url = task.on_action(task_state.specific, editor, "approve")
    assert redirect_url == reverse("lessons_admin:gate", args=[lesson.pk])
    with pytest.raises(LessonPublishBlocked):
        task_state.specific.approve(user=editor)
    assert not _fresh(lesson).live


@pytest.mark.django_db
def test_co_author_cannot_approve(make_lesson, editor, participant):
    from pilot.lessons.models import LessonAuthor

    lesson = make_lesson()
    LessonAuthor.objects.create(page=lesson, user=editor)
    services.lesson_submit(lesson=lesson, user=participant)
    with pytest.raises((PermissionDenied, LessonPublishBlocked)):
        services.lesson_approve(lesson=lesson, user=editor)
    assert not _fresh(lesson).live


@pytest.mark.django_db
def test_only_the_reviewed_revision_goes_live(make_lesson, participant, editor):
    lesson = make_lesson()
    services.lesson_submit(lesson=lesson, user=participant)
    services.lesson_approve(lesson=lesson, user=editor)
    lesson = _fresh(lesson)
    # The author edits after approval; that new revision has not been reviewed.
    lesson.outcome = "<p>Nog beter resultaat.</p>"
    revision = lesson.save_revision(user=participant)
    with pytest.raises(LessonPublishBlocked):
        revision.publish(user=editor)
    assert "Nog beter" not in _fresh(lesson).outcome


@pytest.mark.django_db
def test_publish_button_in_the_editor_is_refused(client, make_lesson, editor):
    lesson = make_lesson()
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    response = client.get(url)
    assert response.status_code == 200
    # Submit the form as-is through the admin's publish button.
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "situation": rich_text(CLEAN_TEXT),
            "approach": rich_text(CLEAN_TEXT),
            "what_worked": rich_text(""),
            "what_did_not_work": rich_text(""),
            "outcome": rich_text(""),
            "lesson_for_others": rich_text(""),
            "transferability": streamfield([]),
            "evidence_level": "praktijkervaring",
            "consent_given": "on",
            "consent_date": "2025-11-01",
            "consent_scope": "platform",
            "authors": inline_formset([{"user": str(lesson.owner_id)}]),
            "documents": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    assert not _fresh(lesson).live
    shown = " ".join(str(m) for m in response.context["messages"])
    assert "niet gepubliceerd" in shown


CLEAN_TEXT = "Een man van middelbare leeftijd kwam steeds vaker bij de huisarts."


@pytest.mark.django_db
def test_bulk_publish_is_refused(client, make_lesson, editor, lesson_index):
    lesson = make_lesson()
    client.force_login(editor)
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        + f"?id={lesson.pk}&next=/admin/pages/{lesson_index.pk}/"
    )
    response = client.post(url, {"include_descendants": ""}, follow=True)
    assert response.status_code == 200
    assert not _fresh(lesson).live
    assert "niet gepubliceerd" in " ".join(str(m) for m in response.context["messages"])
    # Without the friendly hook, the model still refuses what the bulk action does.
    from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction

    with pytest.raises(LessonPublishBlocked):
        PublishBulkAction.execute_action([lesson], user=editor)
    assert not _fresh(lesson).live


@pytest.mark.django_db
def test_scheduled_publishing_is_refused(make_lesson, editor):
    lesson = make_lesson()
    revision = lesson.get_latest_revision()
    # Scheduling through Wagtail is refused at once ...
    draft = revision.as_object()
    draft.go_live_at = timezone.now() + dt.timedelta(days=1)
    scheduled = draft.save_revision(user=editor)
    with pytest.raises(LessonPublishBlocked):
        scheduled.publish(user=editor)
    # ... and a schedule forced into the database is refused when it comes due.
    Revision.objects.filter(pk=scheduled.pk).update(
        approved_go_live_at=timezone.now() - dt.timedelta(minutes=1)
    )
    with pytest.raises(LessonPublishBlocked):
        call_command("publish_scheduled")
    assert not _fresh(lesson).live


@pytest.mark.django_db
def test_copy_of_a_live_lesson_starts_as_draft(make_lesson, participant, editor, lesson_index):
    lesson = make_lesson()
    services.lesson_submit(lesson=lesson, user=participant)
    services.lesson_approve(lesson=lesson, user=editor)
    copy = _fresh(lesson).copy(
        update_attrs={"slug": "kopie-van-les", "title": "Kopie"}, keep_live=True, user=editor
    )
    assert not copy.live

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


def _ready_unpublished(make_lesson, participant, editor, **kwargs):
    """A lesson approved by a non-author, then taken offline: ready to publish again."""
    lesson = make_lesson(**kwargs)
    services.lesson_submit(lesson=lesson, user=participant)
    services.lesson_approve(lesson=lesson, user=editor)
    _fresh(lesson).unpublish(user=editor)
    assert not _fresh(lesson).live
    return _fresh(lesson)


def _draft_page(parent, title):
    from wagtail.models import Page

    page = parent.add_child(instance=Page(title=title, slug=title.lower().replace(" ", "-")))
    Page.objects.filter(pk=page.pk).update(live=False)
    page = Page.objects.get(pk=page.pk)
    page.save_revision()
    return page


def _bulk_publish(client, ids, next_page, include_descendants=False):
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        + "?"
        + "&".join(f"id={pk}" for pk in ids)
        + f"&next=/admin/pages/{next_page.pk}/"
    )
    data = {"include_descendants": "on" if include_descendants else ""}
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    return [str(m) for m in response.context["messages"]]


@pytest.mark.django_db
def test_bulk_publish_publishes_the_ready_and_lists_the_unready(
    client, make_lesson, participant, editor, lesson_index, demo
):
    from wagtail.models import Page

    ready = _ready_unpublished(make_lesson, participant, editor, title="Klaar voor publicatie")
    unready = make_lesson(title="Nog niet klaar", situation=PII, consent=False)
    ordinary = _draft_page(demo, "Gewone pagina")
    client.force_login(editor)
    shown = _bulk_publish(client, [unready.pk, ready.pk, ordinary.pk], lesson_index)
    assert _fresh(ready).live
    assert Page.objects.get(pk=ordinary.pk).live
    assert not _fresh(unready).live
    refusals = [m for m in shown if m.startswith("Niet gepubliceerd:")]
    assert refusals == [
        "Niet gepubliceerd: ‘Nog niet klaar’ – nog 2 open bevindingen (datum, naam); "
        "toestemming ontbreekt; niet goedgekeurd door iemand die geen auteur is"
    ]
    # Wagtail's own success message (escaped by Wagtail's admin messages).
    assert any(m.startswith("2 pagina&#x27;s zijn gepubliceerd") for m in shown)


@pytest.mark.django_db
def test_bulk_publish_with_descendants_skips_unready_lessons(
    client, make_lesson, participant, editor, lesson_index
):
    ready = _ready_unpublished(make_lesson, participant, editor, title="Klaar onder index")
    unready = make_lesson(title="Niet goedgekeurd")
    client.force_login(editor)
    shown = _bulk_publish(client, [lesson_index.pk], lesson_index, include_descendants=True)
    assert _fresh(ready).live
    assert not _fresh(unready).live
    assert (
        "Niet gepubliceerd: ‘Niet goedgekeurd’ – niet goedgekeurd door iemand die geen "
        "auteur is" in shown
    )
    # The demo's draft with personal data stays offline as well, with its reasons.
    assert any("open bevindingen" in m for m in shown)


@pytest.mark.django_db
def test_bulk_publish_of_only_unready_lessons_publishes_nothing(
    client, make_lesson, editor, lesson_index
):
    lesson = make_lesson()
    client.force_login(editor)
    shown = _bulk_publish(client, [lesson.pk], lesson_index)
    assert not _fresh(lesson).live
    assert shown == [
        f"Niet gepubliceerd: ‘{lesson.title}’ – niet goedgekeurd door iemand die geen auteur is"
    ]


@pytest.mark.django_db
def test_bulk_publish_action_is_ours_and_the_model_still_refuses(make_lesson, editor):
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry
    from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction

    from pilot.lessons.bulk_actions import LessonAwarePublishBulkAction

    registered = bulk_action_registry.get_bulk_action_class("wagtailcore", "page", "publish")
    assert registered is LessonAwarePublishBulkAction
    lesson = make_lesson()
    # Without our action (Wagtail's own class), the model refuses what the bulk action does.
    with pytest.raises(LessonPublishBlocked):
        PublishBulkAction.execute_action([lesson], user=editor)
    assert not _fresh(lesson).live


@pytest.mark.django_db
def test_other_publish_action_falls_back_to_refusing_the_batch(rf, make_lesson, editor):
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.contrib.sessions.backends.db import SessionStore

    from pilot.lessons.wagtail_hooks import refuse_bulk_publish_of_unready_lessons

    lesson = make_lesson()
    request = rf.post("/")
    request.user = editor
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    response = refuse_bulk_publish_of_unready_lessons(request, "publish", [lesson], object())
    assert response.status_code == 302
    assert "niet gepubliceerd" in " ".join(str(m) for m in request._messages)


def _schedule_due(revision, minutes_ago):
    """Let time pass: the revision's schedule (and its go-live date) lies in the past."""
    due = timezone.now() - dt.timedelta(minutes=minutes_ago)
    revision = Revision.objects.get(pk=revision.pk)
    revision.content = {**revision.content, "go_live_at": due.isoformat()}
    revision.save(update_fields=["content"])
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=due)


@pytest.mark.django_db
def test_scheduled_publishing_is_refused(
    make_lesson, editor, participant, demo, mailoutbox, django_capture_on_commit_callbacks
):
    lesson = make_lesson(title="Gepland maar niet klaar")
    revision = lesson.get_latest_revision()
    # Scheduling through Wagtail is refused at once ...
    draft = revision.as_object()
    draft.go_live_at = timezone.now() + dt.timedelta(days=1)
    scheduled = draft.save_revision(user=editor)
    with pytest.raises(LessonPublishBlocked):
        scheduled.publish(user=editor)
    # ... a schedule forced into the database is refused when it comes due, and the
    # page due after it is published all the same.
    _schedule_due(scheduled, minutes_ago=10)
    other = _draft_page(demo, "Later gepland")
    _schedule_due(other.get_latest_revision(), minutes_ago=1)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    from wagtail.models import Page

    assert Page.objects.get(pk=other.pk).live
    assert not _fresh(lesson).live
    assert not Revision.objects.filter(
        object_id=str(lesson.pk), approved_go_live_at__isnull=False
    ).exists()
    entry = PageLogEntry.objects.get(page=lesson, action="lessons.scheduled_publish_refused")
    assert "goedgekeurd" in " ".join(entry.data["reasons"])
    assert entry.message.startswith("Geplande publicatie geweigerd")
    assert [m.to for m in mailoutbox] == [[participant.email]]
    assert "Gepland maar niet klaar" in mailoutbox[0].subject
    assert "goedgekeurd" in mailoutbox[0].body
    # Run again: nothing is due any more, nothing fails.
    call_command("publish_scheduled")
    assert len(mailoutbox) == 1
    # A direct publish of the revision still raises.
    with pytest.raises(LessonPublishBlocked):
        scheduled.publish(user=editor)


@pytest.mark.django_db
def test_scheduled_publishing_of_a_reviewed_lesson_goes_live(make_lesson, participant, editor):
    lesson = make_lesson(go_live_at=timezone.now() + dt.timedelta(days=1))
    services.lesson_submit(lesson=lesson, user=participant)
    services.lesson_approve(lesson=lesson, user=editor)
    lesson = _fresh(lesson)
    assert not lesson.live
    scheduled = Revision.objects.get(object_id=str(lesson.pk), approved_go_live_at__isnull=False)
    _schedule_due(scheduled, minutes_ago=1)
    call_command("publish_scheduled")
    assert not PageLogEntry.objects.filter(
        page=lesson, action="lessons.scheduled_publish_refused"
    ).exists()
    assert _fresh(lesson).live
    assert PageLogEntry.objects.filter(page=lesson, action="wagtail.publish.scheduled").exists()


@pytest.mark.django_db
def test_copy_of_a_live_lesson_starts_as_draft(make_lesson, participant, editor, lesson_index):
    lesson = make_lesson()
    services.lesson_submit(lesson=lesson, user=participant)
    services.lesson_approve(lesson=lesson, user=editor)
    copy = _fresh(lesson).copy(
        update_attrs={"slug": "kopie-van-les", "title": "Kopie"}, keep_live=True, user=editor
    )
    assert not copy.live

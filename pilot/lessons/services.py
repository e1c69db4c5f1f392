"""Writes on case lessons: create, replace or dismiss findings, submit, approve, and the
gate's refusals on the paths that publish many pages at once (bulk and scheduled)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Revision, WorkflowState

from pilot.lessons.findings import LessonFinding, forget_scan, scan_lesson
from pilot.lessons.gate import (
    SCHEDULE_REFUSED_ACTION,
    LessonPublishBlocked,
    approval_problems,
    lesson_authors,
    refusal_reasons,
)
from pilot.lessons.models import (
    CaseLessonPage,
    LessonAuthor,
    LessonFindingDismissal,
    LessonIndexPage,
)
from pilot.lessons.texts import apply_unit_value, lesson_texts
from pilot.lessons.validation import validate_lesson_texts

DISMISS_ACTION = "lessons.dismiss_finding"
REPLACE_ACTION = "lessons.replace_finding"


@transaction.atomic
def lesson_create(
    *,
    index: LessonIndexPage,
    author,
    title: str,
    fields: dict[str, Any] | None = None,
    tags: Iterable[str] = (),
    themes: Iterable = (),
    related_sessions: Iterable = (),
    co_authors: Iterable = (),
) -> CaseLessonPage:
    """A new lesson as a draft of `author` (its owner and first author)."""
    lesson = CaseLessonPage(title=title, live=False, owner=author, **(fields or {}))
    if lesson.consent_given and lesson.consent_recorded_by_id is None:
        lesson.consent_recorded_by = author
    lesson.problem_tags.set(list(tags))
    lesson.themes.set(list(themes))
    lesson.related_sessions.set(list(related_sessions))
    lesson.authors = [LessonAuthor(user=u) for u in [author, *co_authors]]
    validate_lesson_texts(lesson)
    index.add_child(instance=lesson)
    lesson.save_revision(user=author, log_action=True)
    return lesson


def _latest(lesson: CaseLessonPage) -> CaseLessonPage:
    """The latest draft, read afresh (the caller's object may predate newer revisions)."""
    return CaseLessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()


def _find(draft: CaseLessonPage, key: str) -> LessonFinding:
    for finding in scan_lesson(draft):
        if finding.key == key:
            return finding
    raise ValidationError(
        _(
            "Deze vondst staat niet (meer) in de laatst opgeslagen versie. Sla de les op en "
            "probeer het opnieuw."
        )
    )


def _check_can_edit(lesson: CaseLessonPage, user) -> None:
    perms = lesson.permissions_for_user(user)
    if not perms.can_edit() or perms.page_locked():
        raise PermissionDenied


@transaction.atomic
def finding_replace(*, lesson: CaseLessonPage, key: str, user) -> Revision:
    """Replace one finding by its placeholder in the latest draft, as a new revision."""
    _check_can_edit(lesson, user)
    draft = _latest(lesson)
    finding = _find(draft, key)
    new_value = finding.unit.replaced([(finding.start, finding.end, finding.placeholder)])
    apply_unit_value(draft, finding.unit, new_value)
    forget_scan(draft)
    revision = draft.save_revision(user=user, log_action=True)
    log(
        instance=draft,
        action=REPLACE_ACTION,
        user=user,
        revision=revision,
        data={"field": finding.path, "label": finding.label, "placeholder": finding.placeholder},
    )
    return revision


@transaction.atomic
def finding_dismiss(
    *, lesson: CaseLessonPage, key: str, reason: str, user
) -> LessonFindingDismissal:
    """Record that a finding is not personal data, with the reason, in the audit log."""
    from pilot.privacy import find_personal_data

    _check_can_edit(lesson, user)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(_("Geef een reden waarom dit geen persoonsgegeven is."))
    if len(reason) > 500:
        raise ValidationError(_("De reden is te lang (hoogstens 500 tekens)."))
    if find_personal_data(reason):
        raise ValidationError(
            _("De reden lijkt zelf persoonsgegevens te bevatten. Beschrijf het zonder.")
        )
    draft = _latest(lesson)
    finding = _find(draft, key)
    dismissal, _created = LessonFindingDismissal.objects.get_or_create(
        page_id=lesson.pk,
        field=finding.path,
        text_hash=finding.text_hash,
        label=finding.label,
        defaults={"reason": reason, "user": user},
    )
    log(
        instance=lesson,
        action=DISMISS_ACTION,
        user=user,
        data={
            "field": finding.path,
            "label": finding.label,
            "text_hash": finding.text_hash,
            "reason": reason,
        },
    )
    return dismissal


@transaction.atomic
def lesson_submit(*, lesson: CaseLessonPage, user) -> WorkflowState:
    """Submit the latest draft to the lesson workflow ("Casusles beoordelen")."""
    workflow = lesson.get_workflow()
    if workflow is None:
        raise ValidationError(_("Er is geen beoordelingsworkflow ingesteld voor casuslessen."))
    if lesson.workflow_in_progress:
        raise ValidationError(_("Deze les wordt al beoordeeld."))
    return workflow.start(lesson, user)


@transaction.atomic
def lesson_approve(*, lesson: CaseLessonPage, user, comment: str = "") -> None:
    """Approve the current review task; when it is the last, the workflow publishes."""
    lesson = CaseLessonPage.objects.get(pk=lesson.pk)
    task_state = lesson.current_workflow_task_state
    if task_state is None:
        raise ValidationError(_("Deze les wacht niet op beoordeling."))
    task = task_state.task.specific
    if not any(a[0] == "approve" for a in task.get_actions(lesson, user)):
        raise PermissionDenied
    problems = approval_problems(_latest(lesson), approver=user)
    if problems:
        raise LessonPublishBlocked(problems)
    task.on_action(task_state.specific, user, "approve", comment=comment)


def lesson_text_count(lesson: CaseLessonPage) -> int:
    """How many texts the finder checks in this lesson (shown in the gate view)."""
    return sum(1 for unit in lesson_texts(lesson) if unit.text.strip())


def consent_record(
    *, lesson: CaseLessonPage, user, date: dt.date, scope: str, note: str = ""
) -> Revision:
    """Record the client's consent on the latest draft, as a new revision."""
    _check_can_edit(lesson, user)
    draft = _latest(lesson)
    draft.consent_given = True
    draft.consent_date = date
    draft.consent_scope = scope
    draft.consent_note = note
    draft.consent_recorded_by = user
    validate_lesson_texts(draft)
    return draft.save_revision(user=user, log_action=True)


def page_publish_unless_refused(*, page, user) -> list[str]:
    """Publish a page's latest revision, unless it is a lesson the gate refuses.

    For bulk publish: one unready lesson must not stop the rest of the batch.
    Returns the short reasons when the lesson was left unpublished (nothing of it
    was written), an empty list when the page was published. Other pages are
    published as Wagtail's own bulk action does.
    """
    revision = page.get_latest_revision() or page.specific.save_revision(user=user)
    if not isinstance(page.specific_deferred, CaseLessonPage):
        revision.publish(user=user)
        return []
    reasons = refusal_reasons(revision.as_object(), revision)
    if reasons:
        return reasons
    try:
        with transaction.atomic():
            revision.publish(user=user)
    except LessonPublishBlocked as refusal:  # the model's last line of defence
        return [str(m) for m in refusal.messages]
    return []


@transaction.atomic
def lesson_scheduled_publish_refuse(
    *, lesson: CaseLessonPage, revision: Revision, problems: list[str]
) -> None:
    """A scheduled publish the gate refused: clear the schedule, log it, mail the authors.

    Clearing every pending schedule of the lesson keeps `publish_scheduled` from
    failing on it every minute; the authors hear why, and what to do.
    """
    go_live_at = revision.approved_go_live_at
    lesson.revisions.filter(approved_go_live_at__isnull=False).update(approved_go_live_at=None)
    log(
        instance=lesson,
        action=SCHEDULE_REFUSED_ACTION,
        revision=revision,
        data={
            "revision": {"id": revision.pk},
            "go_live_at": go_live_at.isoformat() if go_live_at else None,
            "reasons": [str(p) for p in problems],
        },
    )
    draft = revision.as_object()
    recipients = sorted(
        {
            email
            for email in get_user_model()
            .objects.filter(pk__in=lesson_authors(draft), is_active=True)
            .values_list("email", flat=True)
            if email
        }
    )
    if not recipients:
        return
    title = draft.title
    when = timezone.localtime(go_live_at).strftime("%d-%m-%Y %H:%M") if go_live_at else ""
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    url = base + reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    subject = _("Geplande publicatie van ‘%(title)s’ gaat niet door") % {"title": title}
    body = "\n\n".join(
        [
            _(
                "De casusles ‘%(title)s’ zou op %(when)s gepubliceerd worden, maar de "
                "publicatiecontrole weigerde de les:"
            )
            % {"title": title, "when": when},
            "\n".join(f"- {p}" for p in problems),
            _(
                "De planning is geschrapt. Los dit op in de les en bied haar opnieuw ter "
                "beoordeling aan:"
            ),
            url,
        ]
    )

    def mail() -> None:
        for address in recipients:  # one mail each: co-authors need not see each other's address
            send_mail(subject, body, None, [address], fail_silently=True)

    transaction.on_commit(mail)

"""The publish gate: no lesson goes live with personal data, without consent, or unreviewed.

Where it sits, and why there: every way Wagtail makes a page live - the
publish button, workflow approval (`publish_workflow_state`), scheduled
publishing (`publish_scheduled` -> `Revision.publish`), bulk publish, and
`revision.publish()` / `PublishPageRevisionAction` from code - ends in
`PublishRevisionAction._publish_revision`, which sets `live=True` and
`live_revision` on the revision's page object and calls `object.save()`.
`CaseLessonPage.save` therefore checks the content it is about to write live
(`is_publishing_save`), so the check runs on exactly the revision being
published. A plain `page.save()` of a live lesson (or `add_child` of a live
one) is checked the same way. Saves that only touch bookkeeping fields
(`save_revision`, locking, moving in the tree) are not. That refusal (an
exception) is the last line of defence and stays on every path.

Around it, each path turns the refusal into something a person can act on:

- the edit view's publish button: `before_publish_page` shows the reasons;
- workflow approval: `LessonReviewTask.on_action` refuses to approve;
- scheduling an unready revision is refused when it is scheduled (signals.py);
- bulk publish: `LessonAwarePublishBulkAction` (bulk_actions.py) replaces
  Wagtail's page publish action (registered with a later hook order; Wagtail's
  registry keeps the last class per model and action type). It publishes every
  ready page of the batch and leaves each unready lesson (also among included
  descendants) unpublished, with one message per lesson and its reasons. Should
  another app replace the action again, the `before_bulk_action` hook falls back
  to refusing the whole batch with a message, so it is never a 500;
- scheduled publishing: Wagtail's `publish_scheduled` loops over due revisions
  without error handling, so one refused lesson would stop every later page.
  A command of our own would only win while `pilot.lessons` is listed before
  `wagtail` in INSTALLED_APPS (Django's first-listed app wins), which a host may
  not do. Instead `CaseLessonPage.publish` - which `Revision.publish` calls on
  every path - recognises the scheduled path by its log action
  (`wagtail.publish.scheduled`, which only `publish_scheduled` passes), lets the
  publish run in a savepoint, and when the model refuses it rolls back, clears the
  lesson's schedule (so it does not fail every minute), writes
  `lessons.scheduled_publish_refused` to the audit log and mails the authors
  why (`services.lesson_scheduled_publish_refuse`). It returns without raising,
  so the command goes on with the next page, whichever command runs. Every other
  caller still gets `LessonPublishBlocked`.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

#: The log action Wagtail's `publish_scheduled` command passes to `Revision.publish`.
SCHEDULED_PUBLISH_ACTION = "wagtail.publish.scheduled"
#: Our audit log action for a scheduled publish the gate refused.
SCHEDULE_REFUSED_ACTION = "lessons.scheduled_publish_refused"

#: Fields a save may touch without putting content live (bookkeeping only).
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
        "path",
        "depth",
        "url_path",
        "expired",
        "go_live_at",
        "expire_at",
        "comments",
        "wagtail_admin_comments",
        "alias_of",
        "owner",
        "content_type",
        "locale",
        "translation_key",
        "last_published_at",
        "first_published_at",
        "show_in_menus",
    }
)


class LessonPublishBlocked(ValidationError):
    """Raised when a lesson would go live without passing the gate."""


def is_publishing_save(page, update_fields) -> bool:
    """Does this save write content to a live lesson?"""
    if not page.live:
        return False
    if update_fields is None:
        return True
    return not set(update_fields) <= BOOKKEEPING_FIELDS


def lesson_authors(page) -> set[int]:
    """User ids of the lesson's authors: its owner and everyone listed as author.

    Both the authors in this version (a revision's object) and those saved on
    the page count: adding or removing an author never opens a way around review.
    """
    from pilot.lessons.models import LessonAuthor

    ids = {a.user_id for a in page.authors.all()}
    if page.pk:
        ids |= set(LessonAuthor.objects.filter(page_id=page.pk).values_list("user_id", flat=True))
    if page.owner_id:
        ids.add(page.owner_id)
    return ids


def _consent_problems(page) -> list[str]:
    if page.consent_given and page.consent_date and page.consent_scope:
        return []
    return [
        _(
            "De toestemming van de cliënt is niet vastgelegd: vink aan dat de "
            "toestemmingsverklaring er is en vul de datum en de reikwijdte in."
        )
    ]


def _finding_problems(page) -> list[str]:
    from pilot.lessons.findings import open_findings

    found = open_findings(page)
    if not found:
        return []
    labels = sorted({f.label_name for f in found})
    return [
        ngettext(
            "Er staat nog %(count)d mogelijk persoonsgegeven open (%(labels)s): "
            "vervang het of wijs het af met een reden.",
            "Er staan nog %(count)d mogelijke persoonsgegevens open (%(labels)s): "
            "vervang ze of wijs ze af met een reden.",
            len(found),
        )
        % {"count": len(found), "labels": ", ".join(labels)}
    ]


def approval_for(page, revision):
    """The review approval that covers this revision, if any.

    An approval covers the revision it was given on, and revisions that
    non-authors (the reviewers; authors are locked out during review) saved
    during the review, up to the moment of approval: the approver saw those.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import TaskState

    from pilot.lessons.models import LessonReviewTask

    if revision is None or revision.pk is None or str(revision.object_id) != str(page.pk):
        return None
    authors = lesson_authors(page)
    states = (
        TaskState.objects.filter(
            workflow_state__base_content_type=page.get_base_content_type(),
            workflow_state__object_id=str(page.pk),
            status=TaskState.STATUS_APPROVED,
            task__content_type=ContentType.objects.get_for_model(LessonReviewTask),
            finished_by__isnull=False,
        )
        .exclude(finished_by__in=authors)
        .select_related("revision")
        .order_by("-finished_at")
    )
    for state in states:
        if state.revision_id == revision.pk:
            return state
        if (
            state.revision.created_at <= revision.created_at <= state.finished_at
            and revision.user_id not in authors
        ):
            return state
    return None


def publish_problems(page, revision=None) -> list[str]:
    """Why this lesson content may not go live (empty when it may)."""
    revision = revision if revision is not None else page.live_revision
    problems = _finding_problems(page) + _consent_problems(page)
    if approval_for(page, revision) is None:
        problems.append(
            _("Deze versie is nog niet goedgekeurd in de workflow door iemand die geen auteur is.")
        )
    return problems


def refusal_reasons(page, revision=None) -> list[str]:
    """Short reasons why this lesson content may not go live, for lists of refused lessons."""
    from pilot.lessons.findings import open_findings

    revision = revision if revision is not None else page.live_revision
    reasons = []
    found = open_findings(page)
    if found:
        reasons.append(
            ngettext(
                "nog %(count)d open bevinding (%(labels)s)",
                "nog %(count)d open bevindingen (%(labels)s)",
                len(found),
            )
            % {"count": len(found), "labels": ", ".join(sorted({f.label_name for f in found}))}
        )
    if _consent_problems(page):
        reasons.append(_("toestemming ontbreekt"))
    if approval_for(page, revision) is None:
        reasons.append(_("niet goedgekeurd door iemand die geen auteur is"))
    return reasons


def refusal_message(title: str, reasons: list[str]) -> str:
    """One line saying a lesson was not published, and why (bulk publish, schedules)."""
    return _("Niet gepubliceerd: ‘%(title)s’ – %(reasons)s") % {
        "title": title,
        "reasons": "; ".join(reasons) or _("de publicatiecontrole weigerde de les"),
    }


def approval_problems(page, *, approver) -> list[str]:
    """Why `approver` may not approve this lesson content now (empty when they may)."""
    problems = _finding_problems(page) + _consent_problems(page)
    if approver is None or approver.pk in lesson_authors(page):
        problems.append(_("Een auteur kan de eigen casusles niet goedkeuren."))
    return problems


def assert_publishable(page, revision=None) -> None:
    problems = publish_problems(page, revision)
    if problems:
        raise LessonPublishBlocked(problems)

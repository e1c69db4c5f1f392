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
(`save_revision`, locking, moving in the tree) are not. Two wrappers give
clear messages before the model refuses: `before_publish_page` (the edit
view's publish button), `before_bulk_action` (bulk publish), and the review
task refuses to approve (see `LessonReviewTask.on_action`). Scheduling an
unapproved revision is refused when it is scheduled (signals.py).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

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

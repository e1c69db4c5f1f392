"""Reads on case lessons, with their relations fetched in a fixed number of queries."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from pilot import roles
from pilot.lessons.choices import ConsentScope
from pilot.lessons.models import CaseLessonPage, LessonAuthor, LessonDocument

#: The collection for lesson attachments (made by migration 0003): participants may
#: upload and choose documents there, and only platform roles may download them.
LESSON_COLLECTION = "Casuslessen"


def lessons_visible_to(user) -> QuerySet[CaseLessonPage]:
    """Live lessons this user may read (search and lists use this)."""
    if not roles.is_professional(user):
        return CaseLessonPage.objects.none()
    qs = CaseLessonPage.objects.live()
    if not roles.is_participant(user):
        qs = qs.filter(consent_scope=ConsentScope.PLATFORM)
    return qs


def lesson_list(*, user, index=None) -> list[CaseLessonPage]:
    """Cards for the lesson index: themes, tags, neighbourhood type and team in 5 queries."""
    qs = lessons_visible_to(user)
    if index is not None:
        qs = qs.child_of(index)
    return list(
        qs.select_related("neighbourhood_type", "team")
        .prefetch_related("themes", "tagged_problems__tag")
        .order_by("-first_published_at", "title")
    )


def lesson_detail(*, lesson: CaseLessonPage) -> dict:
    """What the lesson page shows besides its own fields."""
    authors = []
    if lesson.show_authors:
        authors = (
            [a.user for a in LessonAuthor.objects.filter(page_id=lesson.pk).select_related("user")]
            if lesson.pk
            else []
        )
        if not authors:  # previews: authors live in the revision, not yet in the table
            authors = [a.user for a in lesson.authors.all()]
    sessions = [s for s in lesson.related_sessions.all() if s.live]
    documents = [d.document for d in lesson.documents.select_related("document") if d.document_id]
    return {
        "lesson_documents": documents,
        "lesson_themes": list(lesson.themes.all()),
        "lesson_tags": [t.name for t in lesson.problem_tags.all()],
        "lesson_authors": authors,
        "lesson_sessions": sessions,
        "lesson_team": lesson.team if lesson.show_team else None,
    }


def lessons_for_theme(*, theme, user, limit: int = 6) -> list[CaseLessonPage]:
    return list(
        lessons_visible_to(user)
        .filter(themes=theme)
        .select_related("neighbourhood_type")
        .order_by("-first_published_at")[:limit]
    )


def lesson_drafts_filter(user) -> Q:
    """Which lessons a user sees in the admin explorer: live ones and their own drafts."""
    authored = LessonAuthor.objects.filter(user_id=user.pk).values("page_id")
    return Q(live=True) | Q(owner_id=user.pk) | Q(pk__in=authored)


def lesson_collection():
    """The "Casuslessen" collection, or None in a database without it."""
    from wagtail.models import Collection

    return Collection.objects.filter(depth=2, name=LESSON_COLLECTION).first()


def _document_policy():
    from wagtail.documents import get_document_model
    from wagtail.permissions import policy_registry

    return policy_registry.get_by_type(get_document_model())


def _may_manage_document(user, document) -> bool:
    """Uploaders and roles that may change documents (reviewers) see every attachment."""
    return _document_policy().user_has_permission_for_instance(user, "change", document)


def document_readable_by(user, document) -> bool:
    """May this user download a document from the lesson collection?

    Only the content of a live lesson has passed the publish gate (its attachments'
    titles and file names scanned, the lesson reviewed): readers of such a lesson
    may download its attachments; drafts' attachments stay with their uploader and
    the reviewers. The attachment rows of a page hold its published state.
    """
    if not getattr(user, "is_authenticated", False):
        return False
    if _may_manage_document(user, document):
        return True
    attached = LessonDocument.objects.filter(document_id=document.pk).values("page_id")
    return lessons_visible_to(user).filter(pk__in=attached).exists()


def chooser_documents(documents, user):
    """The document chooser: in the lesson collection, only the attachments this user may
    change (own uploads; every one for reviewers) or read in a published lesson."""
    collection = lesson_collection()
    if collection is None:
        return documents
    changeable = _document_policy().instances_user_has_any_permission_for(user, ["change"])
    readable = LessonDocument.objects.filter(page__in=lessons_visible_to(user).values("pk")).values(
        "document_id"
    )
    return documents.filter(
        ~Q(collection__path__startswith=collection.path)
        | Q(pk__in=changeable.values("pk"))
        | Q(pk__in=readable)
    )

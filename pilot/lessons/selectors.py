"""Reads on case lessons, with their relations fetched in a fixed number of queries."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from pilot import roles
from pilot.lessons.choices import ConsentScope
from pilot.lessons.models import CaseLessonPage, LessonAuthor


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
    return {
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

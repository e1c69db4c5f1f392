"""Who may read and edit case lessons.

Published lessons: logged-in users in a platform role; a lesson whose consent
reaches only the pilot is for pilot members (participants, facilitators,
editors). Drafts: their authors and the reviewers (Wagtail's edit rights).
"""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from wagtail.models import PagePermissionTester

from pilot import roles
from pilot.lessons.choices import ConsentScope


def lesson_readable_by(user, lesson) -> bool:
    if not lesson.live or not roles.is_professional(user):
        return False
    if lesson.consent_scope == ConsentScope.PLATFORM:
        return True
    return roles.is_participant(user)


def guard_lesson_request(lesson, request):
    """None when the request may see the lesson; a redirect to log in otherwise, or 403."""
    if getattr(request, "is_preview", False):
        return None  # previews come from the admin, which checked edit rights
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not lesson_readable_by(user, lesson):
        raise PermissionDenied
    return None


def guard_document_request(document, request):
    """Attachments in the lesson collection: None when the request may download the file;
    a redirect to log in for visitors, 403 for others (see `document_readable_by`)."""
    from pilot.lessons.selectors import document_readable_by, lesson_collection

    collection = lesson_collection()
    if collection is None or not document.collection.path.startswith(collection.path):
        return None  # not an attachment (sub-collections of the lesson collection count)
    if not request.user.is_authenticated:
        from wagtail.wagtail_hooks import require_wagtail_login

        return require_wagtail_login(next=request.get_full_path())
    if not document_readable_by(request.user, document):
        raise PermissionDenied
    return None


def guard_index_request(request):
    """The lesson list needs a login in a platform role, in any host (not only where a
    view restriction was set): None, or a redirect to log in, or 403."""
    if getattr(request, "is_preview", False):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not roles.is_professional(request.user):
        raise PermissionDenied
    return None


class LessonPermissionTester(PagePermissionTester):
    """Wagtail's page rights, plus: co-authors with the add right may edit their lesson."""

    def can_edit(self):
        if super().can_edit():
            return True
        if not self.user.is_active or "add" not in self.permissions:
            return False
        return self.page.authors.filter(user_id=self.user.pk).exists()

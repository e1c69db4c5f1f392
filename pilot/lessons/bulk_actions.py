"""Bulk publish that leaves unready lessons out instead of refusing the whole batch.

Registered in wagtail_hooks.py for `Page` with action type "publish", after
Wagtail's own class, so Wagtail's registry (last one per model and action type
wins) uses this one. See gate.py for why the model still refuses on its own.
"""

from __future__ import annotations

from django.contrib import messages
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction


class LessonAwarePublishBulkAction(PublishBulkAction):
    """Wagtail's page publish action: ready pages go live, unready lessons are listed."""

    def __init__(self, request, model):
        super().__init__(request, model)
        self.refused: list[tuple[str, list[str]]] = []

    def get_execution_context(self):
        return {**super().get_execution_context(), "refused": self.refused}

    @classmethod
    def execute_action(cls, objects, include_descendants=False, user=None, refused=None, **kwargs):
        """Publish each page (and its draft descendants when asked) unless the gate refuses."""
        from pilot.lessons.services import page_publish_unless_refused

        refused = refused if refused is not None else []
        num_parent_objects, num_child_objects = 0, 0

        def publish(page) -> bool:
            reasons = page_publish_unless_refused(page=page, user=user)
            if reasons:
                refused.append((page.specific_deferred.get_admin_display_title(), reasons))
            return not reasons

        for page in objects:
            num_parent_objects += publish(page)
            if include_descendants:
                descendants = (
                    page.get_descendants().not_live().defer_streamfields().specific().iterator()
                )
                for descendant in descendants:
                    if user is None or descendant.permissions_for_user(user).can_publish():
                        num_child_objects += publish(descendant)
        return num_parent_objects, num_child_objects

    def get_success_message(self, num_parent_objects, num_child_objects):
        from pilot.lessons.gate import refusal_message

        for title, reasons in self.refused:
            messages.error(self.request, refusal_message(title, reasons))
        if self.refused and not num_parent_objects and not num_child_objects:
            return None  # nothing was published: "0 pages have been published" says nothing
        return super().get_success_message(num_parent_objects, num_child_objects)

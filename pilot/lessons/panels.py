"""Editor panels that show the finder's findings in place, under each field."""

from __future__ import annotations

from django.urls import reverse
from wagtail.admin.panels import FieldPanel, Panel, TitleFieldPanel


def _findings_context(instance, field_names: set[str] | None) -> dict:
    from pilot.lessons.findings import scan_lesson

    if instance is None or not instance.pk:
        return {"lesson_findings": [], "lesson_dismissed": [], "lesson_action_url": ""}
    try:
        findings = scan_lesson(instance)
    except Exception:  # noqa: BLE001 - the editor must open even if a text cannot be read
        findings = []
    if field_names is not None:
        findings = [f for f in findings if f.field in field_names]
    return {
        "lesson_findings": [f for f in findings if not f.dismissed],
        "lesson_dismissed": [f for f in findings if f.dismissed],
        "lesson_action_url": reverse("lessons_admin:finding_action", args=[instance.pk]),
    }


class _FindingsMixin:
    template_name = "lessons/admin/field_panel_with_findings.html"

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        context.update(_findings_context(self.instance, {self.field_name}))
        return context


class FindingsFieldPanel(FieldPanel):
    """A field with the personal data found in its saved text listed right under it."""

    class BoundPanel(_FindingsMixin, FieldPanel.BoundPanel):
        pass


class FindingsTitlePanel(TitleFieldPanel):
    class BoundPanel(_FindingsMixin, TitleFieldPanel.BoundPanel):
        pass


class FindingsSummaryPanel(Panel):
    """At the top of the editor: how many findings are open, and findings in attachments."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", "")
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "lessons/admin/findings_summary.html"

        def get_context_data(self, parent_context=None):
            from pilot.lessons.findings import scan_lesson

            context = super().get_context_data(parent_context)
            context.update(_findings_context(self.instance, {"documents"}))
            instance = self.instance
            all_open = (
                [f for f in scan_lesson(instance) if not f.dismissed]
                if instance is not None and instance.pk
                else []
            )
            context["lesson_open_total"] = len(all_open)
            context["lesson_saved"] = bool(instance is not None and instance.pk)
            if instance is not None and instance.pk:
                context["lesson_gate_url"] = reverse("lessons_admin:gate", args=[instance.pk])
            return context

"""Anonymised case lessons."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class LessonIndexPage(Page):
    """Where case lessons live. Lessons need a login to read."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "lessons/lesson_index_page.html"

    class Meta:
        verbose_name = _("casuslessen-overzicht")

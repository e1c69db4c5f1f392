"""The home page of the site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """Welcome: what the platform is, the programme, themes and next sessions."""

    intro = models.TextField(_("inleiding"), blank=True)
    body = RichTextField(_("tekst"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    max_count = 1
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        from samenwerken.home.selectors import home_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(home_overview(home=self, user=request.user))
        return context

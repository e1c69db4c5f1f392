"""Themes: the cross-team subjects of the pilot, as pages anyone can read."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index


class ThemeIndexPage(Page):
    """The list of themes, as cards."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["themes.ThemePage"]
    max_count_per_parent = 1
    template = "themes/theme_index_page.html"

    class Meta:
        verbose_name = _("thema-overzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = ThemePage.objects.child_of(self).live().order_by("title")
        return context


class ThemePageTag(TaggedItemBase):
    content_object = ParentalKey("themes.ThemePage", on_delete=models.CASCADE, related_name="tagged_items")


class ThemePage(Page):
    """One theme: what it is, why it matters, who works on it."""

    summary = models.TextField(_("samenvatting"), max_length=500)
    why_it_matters = RichTextField(_("waarom dit thema ertoe doet"), blank=True)
    body = RichTextField(_("toelichting"), blank=True)
    tags = ClusterTaggableManager(through=ThemePageTag, blank=True, verbose_name=_("trefwoorden"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("why_it_matters"),
        FieldPanel("body"),
        FieldPanel("tags"),
        InlinePanel("leads", label=_("Trekkers (facilitatoren)")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("why_it_matters"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.AutocompleteField("title"),
    ]
    parent_page_types = ["themes.ThemeIndexPage"]
    subpage_types: list[str] = []
    template = "themes/theme_page.html"

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def get_context(self, request, *args, **kwargs):
        from themes.selectors import theme_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(theme_detail(theme=self, request=request))
        return context


class ThemeLead(Orderable):
    """A facilitator who leads a theme."""

    theme = ParentalKey(ThemePage, on_delete=models.CASCADE, related_name="leads")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("facilitator"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("trekker")
        verbose_name_plural = _("trekkers")


class PilotGroupMember(models.Model):
    """A member of a programme's pilot group, working on one theme."""

    programme = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("programma"), on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("deelnemer"),
        on_delete=models.CASCADE,
        related_name="pilot_group_memberships",
    )
    theme = models.ForeignKey(
        ThemePage,
        verbose_name=_("thema"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pilot_group_members",
    )
    created_at = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("lid van de pilotgroep")
        verbose_name_plural = _("pilotgroep")
        constraints = [
            models.UniqueConstraint(fields=["programme", "user"], name="themes_pilotgroup_unique_user")
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.theme or '-'})"

"""Meetings of the programme: kick-off, start, workshops, brainstorms, expert meeting, closing."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class SessionKind(models.TextChoices):
    KICKOFF = "kickoff", _("Kick-off")
    START = "start", _("Startbijeenkomst")
    WORKSHOP = "workshop", _("Workshop")
    BRAINSTORM = "brainstorm", _("Brainstorm")
    EXPERT = "expert", _("Expertmeeting")
    CLOSING = "closing", _("Afronding")
    OTHER = "other", _("Overig")


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Iedereen")
    PILOT_GROUP = "pilot_group", _("De pilotgroep")
    THEME_GROUP = "theme_group", _("De themagroep(en)")


class SessionIndexPage(Page):
    """The schedule: every session of a programme."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["meetings.SessionPage"]
    max_count_per_parent = 1
    template = "meetings/session_index_page.html"

    class Meta:
        verbose_name = _("bijeenkomsten-overzicht")

    def get_context(self, request, *args, **kwargs):
        from sessions.selectors import session_schedule

        context = super().get_context(request, *args, **kwargs)
        context.update(session_schedule(index_page=self, user=request.user))
        return context


class SessionPage(Page):
    """One meeting, with its time, place, audience and registration."""

    kind = models.CharField(_("soort"), max_length=20, choices=SessionKind.choices)
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    venue_name = models.CharField(_("locatie"), max_length=200, blank=True)
    venue_address = models.CharField(_("adres van de locatie"), max_length=250, blank=True)
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Alleen zichtbaar voor aangemelde deelnemers.")
    )
    capacity = models.PositiveIntegerField(_("capaciteit"), null=True, blank=True)
    registration_opens = models.DateTimeField(_("aanmelden vanaf"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("aanmelden tot"), null=True, blank=True)
    audience = models.CharField(
        _("doelgroep"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE
    )
    themes = ParentalManyToManyField("themes.ThemePage", blank=True, verbose_name=_("thema's"))
    description = RichTextField(_("omschrijving"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Tijd")),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("venue_address"), FieldPanel("online_url")],
            heading=_("Plaats"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("registration_opens"),
                FieldPanel("registration_closes"),
                FieldPanel("audience"),
                FieldPanel("themes"),
            ],
            heading=_("Aanmelden"),
        ),
        FieldPanel("description"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("venue_name"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.AutocompleteField("title"),
    ]
    parent_page_types = ["meetings.SessionIndexPage"]
    subpage_types: list[str] = []
    template = "meetings/session_page.html"

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("Het einde moet na het begin liggen.")
        if self.capacity is not None and self.capacity <= 0:
            errors["capacity"] = _("De capaciteit moet minstens 1 zijn (leeg = onbeperkt).")
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes <= self.registration_opens
        ):
            errors["registration_closes"] = _("Aanmelden moet sluiten nadat het opent.")
        if errors:
            raise ValidationError(errors)

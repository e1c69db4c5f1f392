"""Meetings of the programme: kick-off, start, workshops, brainstorms, expert meeting, closing."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
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


class DocumentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"))
    document = DocumentChooserBlock(label=_("document"))

    class Meta:
        icon = "doc-full"
        template = "meetings/blocks/document.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"))
    url = blocks.URLBlock(label=_("link"))

    class Meta:
        icon = "link"
        template = "meetings/blocks/link.html"


MATERIAL_BLOCKS = [
    ("document", DocumentBlock(label=_("Document"))),
    ("slides", DocumentBlock(label=_("Presentatie (slides)"), icon="media")),
    ("link", LinkBlock(label=_("Link"))),
]


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
    facilitators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="facilitated_sessions",
        verbose_name=_("facilitatoren"),
    )
    material = StreamField(MATERIAL_BLOCKS, blank=True, verbose_name=_("materiaal"))
    cancelled = models.BooleanField(_("geannuleerd"), default=False)
    cancel_reason = models.CharField(_("reden van annulering"), max_length=250, blank=True)
    minutes = RichTextField(_("verslag"), blank=True)
    attendance_count = models.PositiveIntegerField(_("aantal aanwezigen"), null=True, blank=True)
    outcomes = RichTextField(_("opbrengsten"), blank=True)
    follow_up = RichTextField(_("vervolgacties"), blank=True)

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
        FieldPanel("facilitators"),
        InlinePanel("agenda_items", heading=_("Agenda"), label=_("agendapunt")),
        FieldPanel("material"),
        MultiFieldPanel(
            [FieldPanel("cancelled"), FieldPanel("cancel_reason")], heading=_("Annulering")
        ),
        MultiFieldPanel(
            [
                FieldPanel("minutes"),
                FieldPanel("attendance_count"),
                FieldPanel("outcomes"),
                FieldPanel("follow_up"),
            ],
            heading=_("Verslag (na afloop)"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("venue_name"),
        index.SearchField("minutes"),
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
        if self.cancelled and not self.cancel_reason:
            errors["cancel_reason"] = _("Geef een reden voor de annulering.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from django.conf import settings
        from django.shortcuts import resolve_url

        from sessions.selectors import session_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(session_detail(session=self, user=request.user, request=request))
        context["login_url"] = resolve_url(settings.LOGIN_URL)  # the host's login, whatever it is
        return context

    @property
    def programme(self):
        """The programme page this session belongs to (the schedule's parent)."""
        return self.get_parent().get_parent()


class AgendaItem(Orderable):
    """One item of a session's agenda, with its time."""

    session = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="agenda_items")
    start_time = models.TimeField(_("tijd"))
    end_time = models.TimeField(_("tot"), null=True, blank=True)
    title = models.CharField(_("onderdeel"), max_length=200)
    description = models.TextField(_("toelichting"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("title"),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("agendapunt")
        verbose_name_plural = _("agendapunten")


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", _("Aangemeld")
    WAITLISTED = "waitlisted", _("Wachtlijst")
    CANCELLED = "cancelled", _("Afgemeld")
    ATTENDED = "attended", _("Aanwezig")


ACTIVE_STATUSES = (
    RegistrationStatus.REGISTERED,
    RegistrationStatus.WAITLISTED,
    RegistrationStatus.ATTENDED,
)
SEATED_STATUSES = (RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED)


class Registration(models.Model):
    """A person's place (or place in line) for a session. Written only by services."""

    session = models.ForeignKey(SessionPage, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_registrations"
    )
    status = models.CharField(_("status"), max_length=20, choices=RegistrationStatus.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=~Q(status="cancelled"),
                name="meetings_one_active_registration",
            )
        ]
        indexes = [models.Index(fields=["session", "status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.user} – {self.session} ({self.status})"


class CalendarState(models.Model):
    """iCalendar bookkeeping kept out of page revisions (which would roll it back)."""

    session = models.OneToOneField(
        SessionPage, on_delete=models.CASCADE, related_name="calendar_state"
    )
    sequence = models.PositiveIntegerField(default=0)
    fingerprint = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"{self.session_id}: {self.sequence}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeedToken(models.Model):
    """The secret in a person's calendar subscription URL; replacing it revokes the old URL."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_feed_token"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return str(self.user)


class SentMail(models.Model):
    """A mail that went out; its unique key makes every notice go out at most once."""

    key = models.CharField(max_length=200, unique=True)
    recipient = models.EmailField()
    subject = models.CharField(max_length=250)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("verzonden mail")
        verbose_name_plural = _("verzonden mails")

    def __str__(self) -> str:
        return self.key

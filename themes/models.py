"""Themes: the cross-team subjects of the pilot, as pages anyone can read."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
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
    content_object = ParentalKey(
        "themes.ThemePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


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
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitator"),
        on_delete=models.CASCADE,
        related_name="+",
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
    round = models.ForeignKey(
        "themes.ChoiceRound",
        verbose_name=_("keuzeronde"),
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
            models.UniqueConstraint(
                fields=["programme", "user"], name="themes_pilotgroup_unique_user"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.theme or '-'})"


class RoundState(models.TextChoices):
    DRAFT = "draft", _("concept")
    OPEN = "open", _("open")
    CLOSED = "closed", _("gesloten, wacht op publicatie")
    PUBLISHED = "published", _("uitslag gepubliceerd")


class ChoiceRound(models.Model):
    """The kick-off vote of a programme: which themes, and who forms the pilot group."""

    programme = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("programma"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("titel"), max_length=150, default="Keuzeronde kick-off")
    candidates = models.ManyToManyField(
        ThemePage, verbose_name=_("kandidaat-thema's"), related_name="choice_rounds"
    )
    seats = models.PositiveSmallIntegerField(
        _("aantal te kiezen thema's"), default=4, validators=[MinValueValidator(1)]
    )
    group_size = models.PositiveSmallIntegerField(
        _("grootte van de pilotgroep"), default=20, validators=[MinValueValidator(1)]
    )
    max_per_team = models.PositiveSmallIntegerField(
        _("maximaal aantal leden per team"),
        null=True,
        blank=True,
        default=2,
        validators=[MinValueValidator(1)],
        help_text=_("Leeg laten voor geen maximum."),
    )
    one_per_district = models.BooleanField(
        _("minstens één lid per stadsdeel (waar mogelijk)"), default=True
    )
    opens_at = models.DateTimeField(_("opent op"))
    closes_at = models.DateTimeField(_("sluit op"))
    state = models.CharField(
        _("status"), max_length=12, choices=RoundState.choices, default=RoundState.DRAFT
    )
    result = models.JSONField(_("uitslag"), null=True, blank=True, editable=False)
    counted_at = models.DateTimeField(_("geteld op"), null=True, blank=True, editable=False)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    panels = [
        FieldPanel("programme"),
        FieldPanel("title"),
        FieldPanel("candidates", widget=forms.CheckboxSelectMultiple),
        FieldPanel("seats"),
        FieldPanel("group_size"),
        FieldPanel("max_per_team"),
        FieldPanel("one_per_district"),
        FieldPanel("opens_at"),
        FieldPanel("closes_at"),
        FieldPanel("state"),
    ]

    class Meta:
        ordering = ["-opens_at", "-pk"]
        verbose_name = _("keuzeronde")
        verbose_name_plural = _("keuzerondes")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("De sluitingstijd moet na de openingstijd liggen.")
        if self.state in (RoundState.CLOSED, RoundState.PUBLISHED) and self.result is None:
            errors["state"] = _(
                "Sluit en publiceer een keuzeronde via de facilitatorpagina: dan wordt er geteld."
            )
        if errors:
            raise ValidationError(errors)

    def is_accepting_ballots(self, now=None) -> bool:
        now = now or timezone.now()
        return self.state == RoundState.OPEN and self.opens_at <= now < self.closes_at


class Ballot(models.Model):
    """One voter's secret ballot in a round; replaced, never duplicated, until it closes.

    Team and district are copied at vote time so the count and the spread rules
    do not depend on later changes to the teams (and themes need not know them).
    """

    round = models.ForeignKey(ChoiceRound, on_delete=models.CASCADE, related_name="ballots")
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="theme_ballots"
    )
    ranking = models.JSONField(_("rangorde (thema-ids, eerste keuze eerst)"))
    volunteer = models.BooleanField(_("wil in de pilotgroep"), default=False)
    volunteer_themes = models.JSONField(_("wil werken aan (thema-ids)"), default=list, blank=True)
    team_key = models.CharField(max_length=64)
    team_name = models.CharField(max_length=150)
    district_key = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("stembiljet")
        verbose_name_plural = _("stembiljetten")
        constraints = [
            models.UniqueConstraint(fields=["round", "voter"], name="themes_ballot_one_per_voter")
        ]
        indexes = [models.Index(fields=["round", "team_key"], name="themes_ballot_team_idx")]

    def __str__(self) -> str:
        return _("stembiljet in %(round)s") % {"round": self.round_id}


class ResultMailStatus(models.TextChoices):
    SENDING = "sending", _("wordt verstuurd")
    SENT = "sent", _("verstuurd")
    FAILED = "failed", _("mislukt")


class ResultMail(models.Model):
    """The result mail of a round to one voter, claimed before it is sent.

    The unique (round, voter) row is what makes the mail go out once: a run
    claims its batch by inserting these rows, sends, then marks them sent or
    failed. Only failed ones are tried again; a row left 'sending' by a run that
    crashed is never resent (the voter may already have it).
    """

    round = models.ForeignKey(ChoiceRound, on_delete=models.CASCADE, related_name="result_mails")
    voter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(
        _("status"),
        max_length=8,
        choices=ResultMailStatus.choices,
        default=ResultMailStatus.SENDING,
    )
    claim = models.CharField(max_length=32, editable=False)
    attempts = models.PositiveSmallIntegerField(default=1, editable=False)
    error = models.CharField(max_length=255, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("uitslagbericht")
        verbose_name_plural = _("uitslagberichten")
        constraints = [
            models.UniqueConstraint(fields=["round", "voter"], name="themes_resultmail_once")
        ]

    def __str__(self) -> str:
        return f"{self.round_id}/{self.voter_id}: {self.status}"

"""The programme, its phases, and who takes part: teams, neighbourhoods, roles.

Teams, neighbourhoods and roles are data (snippets), so any municipality can
describe its own teams; nothing about The Hague is in code.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index


class District(models.Model):
    """A city district (stadsdeel): the unit for spreading the pilot group."""

    name = models.CharField(_("naam"), max_length=100, unique=True)

    panels = [FieldPanel("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("stadsdeel")
        verbose_name_plural = _("stadsdelen")

    def __str__(self) -> str:
        return self.name


class NeighbourhoodType(models.Model):
    """A kind of neighbourhood, used to describe a lesson without naming a place."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    description = models.TextField(_("omschrijving"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("wijktype")
        verbose_name_plural = _("wijktypen")

    def __str__(self) -> str:
        return self.name


class Neighbourhood(models.Model):
    """A wijk with its profile ("DNA van de wijk")."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    district = models.ForeignKey(
        District,
        verbose_name=_("stadsdeel"),
        on_delete=models.PROTECT,
        related_name="neighbourhoods",
    )
    kind = models.ForeignKey(
        NeighbourhoodType,
        verbose_name=_("wijktype"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="neighbourhoods",
    )
    profile = models.TextField(
        _("DNA van de wijk"),
        blank=True,
        help_text=_("Wat kenmerkt deze wijk: bewoners, vraagstukken, voorzieningen."),
    )

    panels = [FieldPanel("name"), FieldPanel("district"), FieldPanel("kind"), FieldPanel("profile")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")

    def __str__(self) -> str:
        return self.name


class Role(models.Model):
    """A professional role in a team (wijkverpleegkundige, casusregisseur, ...)."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    description = models.TextField(_("omschrijving"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("rol")
        verbose_name_plural = _("rollen")

    def __str__(self) -> str:
        return self.name


class Team(index.Indexed, ClusterableModel):
    """A sociaal wijkzorgteam, whose roles follow its neighbourhood."""

    name = models.CharField(_("naam"), max_length=150, unique=True)
    neighbourhood = models.ForeignKey(
        Neighbourhood, verbose_name=_("wijk"), on_delete=models.PROTECT, related_name="teams"
    )
    description = models.TextField(_("omschrijving"), blank=True)
    is_active = models.BooleanField(_("actief"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("neighbourhood"),
        FieldPanel("description"),
        FieldPanel("is_active"),
        InlinePanel("roles", label=_("Samenstelling")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def __str__(self) -> str:
        return self.name


class TeamRole(Orderable):
    """How many people of one role a team has."""

    team = ParentalKey(Team, on_delete=models.CASCADE, related_name="roles")
    role = models.ForeignKey(
        Role, verbose_name=_("rol"), on_delete=models.PROTECT, related_name="+"
    )
    count = models.PositiveSmallIntegerField(_("aantal"), default=1)

    panels = [FieldPanel("role"), FieldPanel("count")]

    class Meta(Orderable.Meta):
        verbose_name = _("rol in team")
        verbose_name_plural = _("samenstelling")
        constraints = [
            models.UniqueConstraint(fields=["team", "role"], name="pilot_teamrole_unique_role")
        ]


class Participant(models.Model):
    """A user's place in the teams: the team and role they work in."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participant"
    )
    team = models.ForeignKey(
        Team,
        verbose_name=_("team"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
    )
    role = models.ForeignKey(
        Role,
        verbose_name=_("rol"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    organisation = models.CharField(_("organisatie (werkgever)"), max_length=150, blank=True)

    panels = [
        FieldPanel("user"),
        FieldPanel("team"),
        FieldPanel("role"),
        FieldPanel("organisation"),
    ]

    class Meta:
        ordering = ["user__last_name", "user__first_name"]
        verbose_name = _("deelnemer")
        verbose_name_plural = _("deelnemers")

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()


class ProgrammePage(Page):
    """A programme such as the pilot "Samen werken in het sociale domein"."""

    intro = models.TextField(_("inleiding"), blank=True)
    body = RichTextField(_("toelichting"), blank=True)
    start_date = models.DateField(_("begindatum"), null=True, blank=True)
    end_date = models.DateField(_("einddatum"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Looptijd")),
        InlinePanel("phases", label=_("Fasen")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    subpage_types = [
        "meetings.SessionIndexPage",
        "themes.ThemeIndexPage",
        "lessons.LessonIndexPage",
    ]
    template = "pilot/programme_page.html"

    class Meta:
        verbose_name = _("programma")
        verbose_name_plural = _("programma's")

    def get_context(self, request, *args, **kwargs):
        from pilot.programme.selectors import programme_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(programme_overview(programme=self, request=request))
        return context


class ProgrammePhase(Orderable):
    """A phase of the programme, as planned (kick-off, start, expert meeting, closing)."""

    programme = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="phases")
    title = models.CharField(_("titel"), max_length=150)
    planned = models.CharField(
        _("gepland"), max_length=80, help_text=_("Bijvoorbeeld '22 november' of 'begin februari'.")
    )
    planned_date = models.DateField(_("datum (ongeveer)"), null=True, blank=True)
    description = models.TextField(_("omschrijving"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("planned"),
        FieldPanel("planned_date"),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("fase")
        verbose_name_plural = _("fasen")

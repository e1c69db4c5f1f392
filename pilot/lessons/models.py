"""Anonymised case lessons: declarative models only.

Writes live in `services.py`, reads in `selectors.py`, the publish gate in
`gate.py` (called from `CaseLessonPage.save`, where every publish passes).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import AbstractGroupApprovalTask, Orderable, Page
from wagtail.search import index

from pilot.lessons.choices import ConsentScope, EvidenceLevel, TargetGroup
from pilot.lessons.forms import CaseLessonForm
from pilot.lessons.panels import FindingsFieldPanel, FindingsSummaryPanel, FindingsTitlePanel

#: Rich text in lessons: structure only. No links or images, whose hidden
#: attributes (href, alt) readers would get but the finder cannot show in place.
LESSON_FEATURES = ["h3", "bold", "italic", "ol", "ul"]


class LessonIndexPage(Page):
    """Where case lessons live. Lessons need a login to read."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["lessons.CaseLessonPage"]
    max_count_per_parent = 1
    template = "lessons/lesson_index_page.html"

    class Meta:
        verbose_name = _("casuslessen-overzicht")

    def serve(self, request, *args, **kwargs):
        from pilot.lessons.access import guard_index_request

        return guard_index_request(request) or super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from pilot.lessons.selectors import lesson_list

        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = lesson_list(user=request.user, index=self)
        return context


class LessonProblemTag(TaggedItemBase):
    content_object = ParentalKey(
        "lessons.CaseLessonPage", on_delete=models.CASCADE, related_name="tagged_problems"
    )


class TransferabilityBlock(blocks.StreamBlock):
    """Overdraagbaarheid: what another team needs to repeat the approach."""

    paragraph = blocks.RichTextBlock(features=LESSON_FEATURES, label=_("Tekst"))
    condition = blocks.StructBlock(
        [
            ("title", blocks.CharBlock(label=_("Voorwaarde"), max_length=200)),
            ("text", blocks.TextBlock(label=_("Toelichting"), required=False)),
        ],
        label=_("Voorwaarde voor succes"),
        icon="tick",
    )


class CaseLessonPage(Page):
    """A case lesson, structured after Movisie's way of describing a practice."""

    themes = ParentalManyToManyField("themes.ThemePage", blank=True, verbose_name=_("thema's"))
    team = models.ForeignKey(
        "pilot.Team",
        verbose_name=_("team"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="lessons",
    )
    show_team = models.BooleanField(
        _("team tonen"), default=False, help_text=_("Uit: de les verschijnt zonder teamnaam.")
    )
    neighbourhood_type = models.ForeignKey(
        "pilot.NeighbourhoodType",
        verbose_name=_("type wijk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="lessons",
    )
    problem_tags = ClusterTaggableManager(
        through=LessonProblemTag,
        blank=True,
        verbose_name=_("problematiek"),
        help_text=_("Bijvoorbeeld schulden, eenzaamheid, LVB, zorgmijding, GGZ, huisvesting."),
    )
    target_group = models.CharField(
        _("doelgroep"), max_length=40, choices=TargetGroup.choices, blank=True
    )
    situation = RichTextField(_("aanleiding"), features=LESSON_FEATURES, blank=True)
    approach = RichTextField(_("aanpak"), features=LESSON_FEATURES, blank=True)
    what_worked = RichTextField(_("werkzame elementen"), features=LESSON_FEATURES, blank=True)
    what_did_not_work = RichTextField(_("wat werkte niet"), features=LESSON_FEATURES, blank=True)
    outcome = RichTextField(_("resultaat"), features=LESSON_FEATURES, blank=True)
    lesson_for_others = RichTextField(
        _("les voor andere teams"), features=LESSON_FEATURES, blank=True
    )
    transferability = StreamField(
        TransferabilityBlock(), verbose_name=_("overdraagbaarheid"), blank=True
    )
    evidence_level = models.CharField(
        _("onderbouwing"),
        max_length=20,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.PRACTICE,
    )
    intervention_url = models.URLField(
        _("link naar erkende interventie"),
        blank=True,
        help_text=_("Bijvoorbeeld de beschrijving in de databank Effectieve sociale interventies."),
    )
    related_sessions = ParentalManyToManyField(
        "meetings.SessionPage", blank=True, verbose_name=_("bijbehorende bijeenkomsten")
    )
    show_authors = models.BooleanField(
        _("auteurs tonen"), default=False, help_text=_("Uit: lezers zien geen auteursnamen.")
    )
    # Consent: that the client's declaration exists, never who the client is.
    consent_given = models.BooleanField(
        _("toestemmingsverklaring aanwezig"),
        default=False,
        help_text=_("De cliënt heeft een toestemmingsverklaring getekend die dit delen toestaat."),
    )
    consent_date = models.DateField(_("datum van de verklaring"), null=True, blank=True)
    consent_scope = models.CharField(
        _("reikwijdte"), max_length=20, choices=ConsentScope.choices, blank=True
    )
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vastgelegd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consent_note = models.CharField(
        _("opmerking bij de toestemming"),
        max_length=500,
        blank=True,
        help_text=_("Nooit de naam van de cliënt: alleen bijvoorbeeld waar de verklaring ligt."),
    )

    content_panels = [
        FindingsSummaryPanel(),
        FindingsTitlePanel("title"),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FindingsFieldPanel("problem_tags"),
                FieldPanel("target_group"),
                FieldPanel("neighbourhood_type"),
                FieldPanel("team"),
                FieldPanel("show_team"),
            ],
            heading=_("Over de casus"),
        ),
        FindingsFieldPanel("situation"),
        FindingsFieldPanel("approach"),
        FindingsFieldPanel("what_worked"),
        FindingsFieldPanel("what_did_not_work"),
        FindingsFieldPanel("outcome"),
        FindingsFieldPanel("lesson_for_others"),
        FindingsFieldPanel("transferability"),
        MultiFieldPanel(
            [FieldPanel("evidence_level"), FindingsFieldPanel("intervention_url")],
            heading=_("Onderbouwing"),
        ),
        FieldPanel("related_sessions"),
        MultiFieldPanel(
            [FieldPanel("show_authors"), InlinePanel("authors", label=_("Auteurs"))],
            heading=_("Auteurs"),
        ),
        InlinePanel("documents", label=_("Bijlagen")),
        MultiFieldPanel(
            [
                FieldPanel("consent_given"),
                FieldPanel("consent_date"),
                FieldPanel("consent_scope"),
                FindingsFieldPanel("consent_note"),
            ],
            heading=_("Toestemming van de cliënt"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("situation"),
        index.SearchField("approach", boost=2),
        index.SearchField("what_worked", boost=2),
        index.SearchField("what_did_not_work"),
        index.SearchField("outcome"),
        index.SearchField("lesson_for_others", boost=2),
        index.SearchField("transferability"),
        index.AutocompleteField("title"),
        index.RelatedFields(
            "problem_tags", [index.SearchField("name", boost=2), index.FilterField("slug")]
        ),
        index.RelatedFields("themes", [index.SearchField("title")]),
        index.FilterField("themes"),
        index.FilterField("evidence_level"),
        index.FilterField("target_group"),
        index.FilterField("neighbourhood_type"),
        index.FilterField("consent_scope"),
    ]
    parent_page_types = ["lessons.LessonIndexPage"]
    subpage_types: list[str] = []
    template = "lessons/case_lesson_page.html"
    base_form_class = CaseLessonForm

    class Meta:
        verbose_name = _("casusles")
        verbose_name_plural = _("casuslessen")

    def get_context(self, request, *args, **kwargs):
        from pilot.lessons.selectors import lesson_detail
        from themes.page_sections import page_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_detail(lesson=self))
        context["sections"] = page_sections(self, request)  # e.g. the lesson's live thread
        return context

    def serve(self, request, *args, **kwargs):
        from pilot.lessons.access import guard_lesson_request

        denied = guard_lesson_request(self, request)
        return denied or super().serve(request, *args, **kwargs)

    def save(self, *args, **kwargs):
        """Every publish ends here (see gate.py): live content must pass the gate."""
        from pilot.lessons.gate import assert_publishable, is_publishing_save

        if is_publishing_save(self, kwargs.get("update_fields")):
            assert_publishable(self)
        return super().save(*args, **kwargs)

    def publish(
        self,
        revision,
        user=None,
        changed=True,
        log_action=True,
        previous_revision=None,
        skip_permission_checks=False,
    ):
        """`Revision.publish` ends here. A due scheduled revision the gate refuses is set
        aside (schedule cleared, logged, authors told) instead of raised, so
        `publish_scheduled` goes on with the other pages; every other path raises."""
        from django.db import transaction

        from pilot.lessons.gate import SCHEDULED_PUBLISH_ACTION, LessonPublishBlocked

        kwargs = {
            "user": user,
            "changed": changed,
            "log_action": log_action,
            "previous_revision": previous_revision,
            "skip_permission_checks": skip_permission_checks,
        }
        if log_action != SCHEDULED_PUBLISH_ACTION:
            return super().publish(revision, **kwargs)
        try:
            with transaction.atomic():
                return super().publish(revision, **kwargs)
        except LessonPublishBlocked as refusal:
            from pilot.lessons.services import lesson_scheduled_publish_refuse

            lesson_scheduled_publish_refuse(
                lesson=self, revision=revision, problems=list(refusal.messages)
            )
            return None

    def copy(self, *args, **kwargs):
        """A copy is a new lesson: it starts as a draft and goes through review itself."""
        kwargs["keep_live"] = False
        return super().copy(*args, **kwargs)

    def permissions_for_user(self, user):
        from pilot.lessons.access import LessonPermissionTester

        return LessonPermissionTester(user, self)


class LessonAuthor(Orderable):
    """Who wrote the lesson: never the lesson's approver."""

    page = ParentalKey(CaseLessonPage, on_delete=models.CASCADE, related_name="authors")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        on_delete=models.CASCADE,
        related_name="lesson_authorships",
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")


class LessonDocument(Orderable):
    """A document attached to a lesson; its title is scanned like any text."""

    page = ParentalKey(CaseLessonPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")


class LessonFindingDismissal(models.Model):
    """A finding judged "not personal data", with a reason; also in the audit log.

    Keyed by a hash of the found text, so this table never holds the text itself.
    """

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("casusles"),
        on_delete=models.CASCADE,
        related_name="lesson_finding_dismissals",
    )
    field = models.CharField(_("veld"), max_length=255)
    text_hash = models.CharField(_("hash van de tekst"), max_length=64)
    label = models.CharField(_("soort"), max_length=32)
    reason = models.CharField(_("reden"), max_length=500)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("afgewezen vondst")
        verbose_name_plural = _("afgewezen vondsten")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "field", "text_hash", "label"], name="lessons_dismissal_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.field} ({self.label})"


class LessonReviewTask(AbstractGroupApprovalTask):
    """Group approval that never lets an author approve, nor a lesson the gate refuses."""

    class Meta:
        verbose_name = _("beoordeling van een casusles")
        verbose_name_plural = _("beoordelingen van casuslessen")

    def get_actions(self, obj, user):
        from pilot.lessons.gate import lesson_authors

        actions = super().get_actions(obj, user)
        if isinstance(obj, CaseLessonPage) and user.pk in lesson_authors(obj):
            return [a for a in actions if a[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            from django.urls import reverse

            from pilot.lessons.gate import approval_problems

            lesson = task_state.revision.content_object.specific
            if isinstance(lesson, CaseLessonPage):
                latest = lesson.get_latest_revision_as_object()
                if approval_problems(latest, approver=user):
                    return reverse("lessons_admin:gate", args=[lesson.pk])
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Leden van de gekozen groepen keuren casuslessen goed; auteurs kunnen hun eigen "
            "les niet goedkeuren."
        )

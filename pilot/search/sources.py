"""The kinds of things search finds, each with its own rights, filters and facets.

Models are looked up lazily: a kind whose app or fields are missing simply
drops out, so search keeps working while other parts are being built.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .access import may_read_lessons, readable_pages_q

# facet key -> label; order is the order on the page
FACETS = {
    "type": _("Soort"),
    "theme": _("Thema"),
    "tag": _("Probleem"),
    "target_group": _("Doelgroep"),
    "neighbourhood": _("Type wijk"),
    "evidence": _("Onderbouwing"),
    "kind": _("Soort bijeenkomst"),
    "year": _("Jaar"),
}


def _model(label: str):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _has(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


@dataclass
class Source:
    """One kind of result. `fields` maps a facet key to a model lookup."""

    kind: str
    label: str
    model: type
    date_field: str
    text_fields: list[str]
    fields: dict[str, str] = field(default_factory=dict)
    is_page: bool = True

    def readable(self, user):
        qs = self.model._default_manager.all()
        if self.is_page:
            return qs.filter(readable_pages_q(user))
        return qs

    def choices(self, key: str) -> dict[str, str] | None:
        lookup = self.fields.get(key)
        if not lookup or "__" in lookup:
            return None
        f = self.model._meta.get_field(lookup)
        if f.choices:
            return {str(k): str(v) for k, v in f.choices}
        return None


def _lesson_source():
    model = _model("lessons.CaseLessonPage")
    if model is None:
        return None
    fields = {}
    if _has(model, "themes"):
        fields["theme"] = "themes"
    if _has(model, "problem_tags"):
        fields["tag"] = "problem_tags__slug"
    for key, name in (("target_group", "target_group"), ("evidence", "evidence_level")):
        if _has(model, name):
            fields[key] = name
    if _has(model, "neighbourhood_type"):
        fields["neighbourhood"] = "neighbourhood_type"
    texts = [
        n
        for n in (
            "situation",
            "approach",
            "what_worked",
            "what_did_not_work",
            "outcome",
            "lesson_for_others",
            "transferability",
        )
        if _has(model, n)
        and model._meta.get_field(n).get_internal_type() in ("TextField", "CharField")
    ]
    return Source("lesson", str(_("Casusles")), model, "first_published_at", texts, fields)


class LessonSource(Source):
    def readable(self, user):
        """Platform roles only; lessons whose consent reaches only the pilot need a pilot role."""
        from pilot.roles import is_participant

        if not may_read_lessons(user):
            return self.model._default_manager.none()
        qs = super().readable(user)
        if _has(self.model, "consent_scope") and not is_participant(user):
            qs = qs.filter(consent_scope="platform")
        return qs


class ThemeSource(Source):
    def filter_theme(self, qs, values):
        return qs.filter(pk__in=values)


class MessageSource(Source):
    def readable(self, user):
        from django.db.models import Exists, OuterRef
        from wagtail.models import Page

        if not may_read_lessons(user):
            # threads are for people in a platform role, like lessons
            return self.model._default_manager.none()
        pages = Page.objects.filter(readable_pages_q(user), pk=OuterRef("thread__page_id"))
        qs = self.model._default_manager.filter(status="visible")
        if _has(self.model, "deleted"):
            qs = qs.filter(deleted__isnull=True)
        if _has(self.model, "hidden"):
            qs = qs.filter(hidden=False)
        qs = qs.filter(Exists(pages))
        lessons = _model("lessons.CaseLessonPage")
        if lessons is not None and _has(lessons, "consent_scope"):
            from pilot.roles import is_participant

            if not is_participant(user):  # threads follow their lesson's rights
                pilot_only = lessons._default_manager.exclude(consent_scope="platform").values("pk")
                qs = qs.exclude(thread__page_id__in=pilot_only)
        return qs.select_related("thread__page", "author")


def sources() -> list[Source]:
    """Every kind available in this installation, in display order."""
    out: list[Source] = []
    lesson = _lesson_source()
    if lesson:
        out.append(LessonSource(**lesson.__dict__))
    theme = _model("themes.ThemePage")
    if theme:
        out.append(
            ThemeSource(
                "theme",
                str(_("Thema")),
                theme,
                "first_published_at",
                ["summary", "body"],
                {"theme": "pk"},
            )
        )
    session = _model("meetings.SessionPage")
    if session:
        fields = {"kind": "kind"}
        if _has(session, "themes"):
            fields["theme"] = "themes"
        out.append(
            Source(
                "session",
                str(_("Bijeenkomst")),
                session,
                "start",
                ["description", "venue_name"],
                fields,
            )
        )
    message = _model("discussion.Message")
    if message and _has(message, "thread") and _has(message, "body"):
        out.append(
            MessageSource(
                "message",
                str(_("Discussiebericht")),
                message,
                "created",
                ["body"],
                {},
                is_page=False,
            )
        )
    return out


def message_match_q(parsed) -> Q:
    """Messages are few and not in the page index: match stems with LIKE."""
    from .query import stem_variants

    q = Q()
    for term in parsed.terms:
        alt = Q()
        for v in stem_variants(term):
            alt |= Q(body__icontains=v)
        q &= alt
    for phrase in parsed.phrases:
        q &= Q(body__icontains=" ".join(phrase))
    for term in parsed.excluded:
        q &= ~Q(body__icontains=term)
    for phrase in parsed.excluded_phrases:
        q &= ~Q(body__icontains=" ".join(phrase))
    return q

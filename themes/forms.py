"""Front-end forms of the choice round; every refusal in plain Dutch."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from themes.models import ChoiceRound, ThemeIndexPage, ThemePage
from themes.services import validate_ranking


def rank_label(position: int) -> str:
    return _("Keuze %(n)d") % {"n": position}


class BallotForm(forms.Form):
    """A full ranking with one select per place (works without JavaScript)."""

    volunteer = forms.BooleanField(
        label=_("Ik wil in de pilotgroep (vier maanden, ongeveer een dagdeel per week)"),
        required=False,
    )
    volunteer_themes = forms.MultipleChoiceField(
        label=_("Ik wil werken aan"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Niets aangevinkt betekent: elk gekozen thema is goed."),
    )

    def __init__(self, *args, candidates: list[ThemePage], **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates = candidates
        choices = [("", _("— kies een thema —"))] + [(str(t.pk), t.title) for t in candidates]
        self.rank_fields = []
        for position in range(1, len(candidates) + 1):
            name = f"rank_{position}"
            self.fields[name] = forms.ChoiceField(
                label=rank_label(position), choices=choices, required=False
            )
            self.rank_fields.append(name)
        self.fields["volunteer_themes"].choices = [(str(t.pk), t.title) for t in candidates]
        # the rank fields first, then volunteering
        self.order_fields([*self.rank_fields, "volunteer", "volunteer_themes"])

    def clean(self):
        cleaned = super().clean()
        ranking = [cleaned.get(name) for name in self.rank_fields]
        filled = [int(value) for value in ranking if value]
        try:
            cleaned["ranking"] = validate_ranking(filled, [t.pk for t in self.candidates])
        except ValidationError as error:
            raise ValidationError(error.messages)
        cleaned["volunteer_themes"] = [int(x) for x in cleaned.get("volunteer_themes") or []]
        if cleaned["volunteer_themes"] and not cleaned.get("volunteer"):
            self.add_error(
                "volunteer",
                _("U koos thema's om aan te werken: vink dan ook aan dat u in de pilotgroep wilt."),
            )
        return cleaned

    @staticmethod
    def initial_for(ballot) -> dict:
        if ballot is None:
            return {}
        initial = {f"rank_{i}": str(pk) for i, pk in enumerate(ballot.ranking, start=1)}
        initial["volunteer"] = ballot.volunteer
        initial["volunteer_themes"] = [str(pk) for pk in ballot.volunteer_themes]
        return initial


def programme_choices() -> list[Page]:
    """Pages that hold a theme index: the programmes a round can be for."""
    parents = []
    for index in ThemeIndexPage.objects.all():
        parent = index.get_parent()
        if parent and parent not in parents:
            parents.append(parent)
    return parents


class RoundCreateForm(forms.Form):
    """What a facilitator sets when opening a round."""

    programme = forms.TypedChoiceField(label=_("Programma"), coerce=int)
    title = forms.CharField(label=_("Titel"), max_length=150, initial=_("Keuzeronde kick-off"))
    candidates = forms.ModelMultipleChoiceField(
        label=_("Kandidaat-thema's"),
        queryset=ThemePage.objects.live().order_by("title"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Kies minstens twee kandidaat-thema's."),
            "invalid_choice": _("Een van de gekozen thema's bestaat niet (meer)."),
            "invalid_pk_value": _("Een van de gekozen thema's bestaat niet (meer)."),
        },
    )
    seats = forms.IntegerField(label=_("Aantal te kiezen thema's"), min_value=1, initial=4)
    group_size = forms.IntegerField(
        label=_("Grootte van de pilotgroep"), min_value=1, max_value=1000, initial=20
    )
    max_per_team = forms.IntegerField(
        label=_("Maximaal aantal leden per team"),
        min_value=1,
        required=False,
        initial=2,
        help_text=_("Leeg laten voor geen maximum."),
    )
    one_per_district = forms.BooleanField(
        label=_("Minstens één lid per stadsdeel (waar mogelijk)"), required=False, initial=True
    )
    opens_at = forms.DateTimeField(
        label=_("Opent op"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    closes_at = forms.DateTimeField(
        label=_("Sluit op"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.programmes = {p.pk: p for p in programme_choices()}
        self.fields["programme"].choices = [(p.pk, p.title) for p in self.programmes.values()]
        now = timezone.localtime().replace(second=0, microsecond=0)
        self.fields["opens_at"].initial = now.strftime("%Y-%m-%dT%H:%M")
        self.fields["closes_at"].initial = (now + dt.timedelta(days=14)).strftime("%Y-%m-%dT%H:%M")

    def clean(self):
        cleaned = super().clean()
        programme = self.programmes.get(cleaned.get("programme"))
        cleaned["programme_page"] = programme
        candidates = cleaned.get("candidates")
        if candidates is not None and len(candidates) < 2:
            self.add_error("candidates", _("Kies minstens twee kandidaat-thema's."))
        elif candidates is not None and programme is not None:
            outside = [t.title for t in candidates if not t.is_descendant_of(programme)]
            if outside:
                self.add_error(
                    "candidates",
                    _("Deze thema's horen niet bij het gekozen programma: %(titles)s.")
                    % {"titles": ", ".join(outside)},
                )
        seats = cleaned.get("seats")
        if seats and candidates is not None and seats > len(candidates):
            self.add_error(
                "seats", _("Er kunnen niet meer thema's gekozen worden dan er kandidaten zijn.")
            )
        opens, closes = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", _("De sluitingstijd moet na de openingstijd liggen."))
        return cleaned


class AdjustForm(forms.Form):
    """Per volunteer: which chosen theme, or not in the group."""

    def __init__(self, *args, round_: ChoiceRound, volunteers: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        result = round_.result
        titles = result["titles"]
        choices = [("", _("niet in de pilotgroep"))] + [
            (str(t), titles[str(t)]) for t in result["chosen"]
        ]
        current = {m["voter"]: m["theme"] for m in result["group"]["members"]}
        self.volunteers = volunteers
        for v in volunteers:
            self.fields[f"v_{v['voter']}"] = forms.ChoiceField(
                label=f"{v['name']} ({v['team']}, {v['district']})",
                choices=choices,
                required=False,
                initial=str(current.get(v["voter"], "")),
            )

    def assignments(self) -> dict[int, int | None]:
        out: dict[int, int | None] = {}
        for v in self.volunteers:
            value = self.cleaned_data.get(f"v_{v['voter']}")
            out[v["voter"]] = int(value) if value else None
        return out

"""Plain forms for the thread without JavaScript; the services do the real checks."""

from django import forms
from django.utils.translation import gettext_lazy as _


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Uw bericht"), widget=forms.Textarea(attrs={"rows": 3}))
    parent_id = forms.IntegerField(required=False, widget=forms.HiddenInput)


class ReportForm(forms.Form):
    reason = forms.CharField(label=_("Reden van uw melding"), max_length=500)


class ModerateForm(forms.Form):
    action = forms.ChoiceField(
        choices=[(a, a) for a in ("approve", "reject", "hide", "restore")],
        error_messages={"invalid_choice": _("Onbekende moderatie-actie.")},
    )
    reason = forms.CharField(required=False, max_length=200)

"""The editor form of a case lesson: size and consent checks, who recorded the consent."""

from __future__ import annotations

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from pilot.lessons.texts import PLAIN_FIELDS, RICH_FIELDS, HtmlText
from pilot.lessons.validation import MAX_RAW_CHARS, MAX_TEXT_CHARS, consent_errors

CONSENT_FIELDS = ("consent_given", "consent_date", "consent_scope", "consent_note")


def _too_long(value: str, is_html: bool) -> int | None:
    if not value:
        return None
    length = len(HtmlText(value).text) if is_html else len(value)
    if len(value) > MAX_RAW_CHARS or length > MAX_TEXT_CHARS:
        return length
    return None


class CaseLessonForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        for name in (*PLAIN_FIELDS, *RICH_FIELDS):
            if name in cleaned and self.fields.get(name) is not None:
                length = _too_long(str(cleaned[name] or ""), name in RICH_FIELDS)
                if length is not None:
                    self.add_error(name, self._long_message(length))
        stream = cleaned.get("transferability")
        for child in stream or []:
            value = child.value
            texts = (
                [(getattr(value, "source", str(value)), True)]
                if child.block_type == "paragraph"
                else [(str(value.get(k) or ""), False) for k in ("title", "text")]
            )
            for text, is_html in texts:
                length = _too_long(text, is_html)
                if length is not None:
                    self.add_error("transferability", self._long_message(length))
                    break

        class _Consent:
            consent_given = cleaned.get("consent_given")
            consent_date = cleaned.get("consent_date")
            consent_scope = cleaned.get("consent_scope")

        for name, messages in consent_errors(_Consent).items():
            if name in self.fields:
                for message in messages:
                    self.add_error(name, message)
        return cleaned

    @staticmethod
    def _long_message(length: int) -> str:
        return _(
            "Deze tekst is te lang (%(count)s tekens; hoogstens %(max)s). Kort hem in of "
            "verdeel hem over de andere velden."
        ) % {
            "count": f"{length:,}".replace(",", "."),
            "max": f"{MAX_TEXT_CHARS:,}".replace(",", "."),
        }

    def save(self, commit=True):
        instance = self.instance
        if instance.consent_given and (
            instance.consent_recorded_by_id is None
            or any(name in self.changed_data for name in CONSENT_FIELDS)
        ):
            instance.consent_recorded_by = self.for_user
        return super().save(commit=commit)

"""Input checks shared by the editor form and the services: clear Dutch messages."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from pilot.lessons.texts import lesson_texts

#: Longest text the finder checks per field: a lesson is a few pages, not a book.
MAX_TEXT_CHARS = 50_000
#: Stored HTML may be larger than its text (Word markup), but not without limit.
MAX_RAW_CHARS = 200_000


def text_errors(page) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for unit in lesson_texts(page):
        if len(unit.value) > MAX_RAW_CHARS or len(unit.text) > MAX_TEXT_CHARS:
            errors.setdefault(unit.field, []).append(
                _(
                    "Deze tekst is te lang (%(count)s tekens; hoogstens %(max)s). Kort hem in "
                    "of verdeel hem over de andere velden."
                )
                % {"count": f"{len(unit.text):,}".replace(",", "."), "max": "50.000"}
            )
        if "\x00" in unit.value:
            errors.setdefault(unit.field, []).append(
                _("Deze tekst bevat een ongeldig teken (nul-byte); plak hem opnieuw als tekst.")
            )
    return errors


def consent_errors(page) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if page.consent_date and page.consent_date > timezone.localdate():
        errors["consent_date"] = [_("De datum van de verklaring kan niet in de toekomst liggen.")]
    if page.consent_given and not page.consent_date:
        errors["consent_date"] = [_("Vul de datum van de toestemmingsverklaring in.")]
    if page.consent_given and not page.consent_scope:
        errors["consent_scope"] = [_("Kies de reikwijdte van de toestemming.")]
    return errors


def validate_lesson_texts(page) -> None:
    errors = {**text_errors(page), **consent_errors(page)}
    if errors:
        # Field names that are not model fields (documents) go under the whole form.
        names = {f.name for f in page._meta.get_fields()}
        raise ValidationError(
            {(k if k in names and k != "documents" else "__all__"): v for k, v in errors.items()}
        )

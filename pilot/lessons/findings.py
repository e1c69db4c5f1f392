"""Findings of the personal-data finder on a lesson, with dismissals taken into account."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from pilot.lessons.texts import TextUnit, lesson_texts

#: The finder's labels (see the anonymisation README), as editors read them.
LABEL_NAMES = {
    "person": _("naam"),
    "bsn": _("BSN"),
    "phone": _("telefoonnummer"),
    "email": _("e-mailadres"),
    "iban": _("rekeningnummer"),
    "postcode": _("postcode"),
    "address": _("adres"),
    "date": _("datum"),
    "dossier": _("dossiernummer"),
}
CONTEXT_CHARS = 40


def text_hash(text: str) -> str:
    """A stable hash of a found text, so dismissals never store the text itself."""
    normal = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class LessonFinding:
    unit: TextUnit
    start: int
    end: int
    label: str
    text: str
    dismissed: bool = False

    @property
    def path(self) -> str:
        return self.unit.path

    @property
    def field(self) -> str:
        return self.unit.field

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)

    @property
    def key(self) -> str:
        """Identifies this finding in this version of the text (for one-click actions)."""
        raw = f"{self.path}|{self.start}|{self.end}|{self.label}|{self.text}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    @property
    def label_name(self) -> str:
        return str(LABEL_NAMES.get(self.label, self.label))

    @property
    def placeholder(self) -> str:
        from pilot.privacy import PLACEHOLDERS

        return PLACEHOLDERS.get(self.label, "[persoonsgegeven]")

    @property
    def before(self) -> str:
        text = self.unit.text
        lo = max(0, self.start - CONTEXT_CHARS)
        return ("…" if lo else "") + text[lo : self.start].replace("\n", " ")

    @property
    def after(self) -> str:
        text = self.unit.text
        hi = min(len(text), self.end + CONTEXT_CHARS)
        return text[self.end : hi].replace("\n", " ") + ("…" if hi < len(text) else "")


def _dismissed_keys(page) -> set[tuple[str, str, str]]:
    from pilot.lessons.models import LessonFindingDismissal

    if not page.pk:
        return set()
    return set(
        LessonFindingDismissal.objects.filter(page_id=page.pk).values_list(
            "field", "text_hash", "label"
        )
    )


def scan_lesson(page) -> list[LessonFinding]:
    """Every finding in every text of the lesson, dismissed ones marked (cached per object)."""
    cached = getattr(page, "_lesson_findings", None)
    if cached is not None:
        return cached
    from pilot.privacy import find_personal_data

    dismissed = _dismissed_keys(page)
    findings: list[LessonFinding] = []
    for unit in lesson_texts(page):
        text = unit.text
        if not text.strip():
            continue
        for f in find_personal_data(text):
            found = text[f.start : f.end]
            findings.append(
                LessonFinding(
                    unit=unit,
                    start=f.start,
                    end=f.end,
                    label=f.label,
                    text=found,
                    dismissed=(unit.path, text_hash(found), f.label) in dismissed,
                )
            )
    page._lesson_findings = findings
    return findings


def forget_scan(page) -> None:
    page.__dict__.pop("_lesson_findings", None)


def open_findings(page) -> list[LessonFinding]:
    return [f for f in scan_lesson(page) if not f.dismissed]

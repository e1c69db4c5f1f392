"""Every text of a lesson as the finder sees it, and the way back to the stored value.

Rich text is stored as HTML; the finder must see what readers see (text, not
tags), and a replacement must land in the HTML without breaking it. `HtmlText`
keeps a map from each piece of visible text to its place in the HTML, so a
finding's character offsets can be turned back into HTML ranges.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass
from functools import cached_property

from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

# Comments (also Word's conditional comments), script/style bodies, tags, entities.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|xml)\b.*?(?:</\1\s*>|\Z)"
    r"|</?[A-Za-z!?][^>]*>"
    r"|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?",
    re.S | re.I,
)
_BLOCK_TAG = re.compile(
    r"</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|hr)\b", re.I
)


@dataclass(frozen=True)
class _Segment:
    text_start: int
    text_end: int
    raw_start: int
    raw_end: int
    linear: bool  # one text character per raw character


class HtmlText:
    """Visible text of an HTML fragment with a map back into the HTML."""

    def __init__(self, raw: str):
        self.raw = raw
        parts: list[str] = []
        segments: list[_Segment] = []
        pos = 0
        length = 0

        def add(text: str, raw_start: int, raw_end: int, linear: bool) -> None:
            nonlocal length
            if not text:
                return
            parts.append(text)
            segments.append(_Segment(length, length + len(text), raw_start, raw_end, linear))
            length += len(text)

        for match in _TOKEN.finditer(raw):
            if match.start() > pos:
                add(raw[pos : match.start()], pos, match.start(), True)
            token = match.group(0)
            if token.startswith("&"):
                decoded = html.unescape(token)
                add(decoded, match.start(), match.end(), decoded == token)
            elif _BLOCK_TAG.match(token) and parts and not parts[-1].endswith("\n"):
                # A separator readers see as a line break; it maps to no HTML text.
                add("\n", match.start(), match.start(), False)
            pos = match.end()
        if pos < len(raw):
            add(raw[pos:], pos, len(raw), True)
        self.text = "".join(parts)
        self._segments = segments
        self._starts = [s.text_start for s in segments]

    def raw_ranges(self, start: int, end: int) -> list[tuple[int, int]]:
        """HTML ranges holding the visible text [start, end), merged where adjacent."""
        ranges: list[tuple[int, int]] = []
        index = max(bisect.bisect_right(self._starts, start) - 1, 0)
        for seg in self._segments[index:]:
            if seg.text_start >= end:
                break
            lo, hi = max(start, seg.text_start), min(end, seg.text_end)
            if lo >= hi or seg.raw_start == seg.raw_end:
                continue
            if seg.linear:
                r = (seg.raw_start + lo - seg.text_start, seg.raw_start + hi - seg.text_start)
            else:
                r = (seg.raw_start, seg.raw_end)
            if ranges and ranges[-1][1] >= r[0]:
                ranges[-1] = (ranges[-1][0], max(ranges[-1][1], r[1]))
            else:
                ranges.append(r)
        return ranges

    def replace(self, spans: list[tuple[int, int, str]]) -> str:
        """The HTML with each visible span replaced by its (escaped) placeholder.

        Tags inside a span stay where they are, so the HTML stays well formed.
        """
        edits: list[tuple[int, int, str]] = []
        for start, end, placeholder in spans:
            ranges = self.raw_ranges(start, end)
            for i, (lo, hi) in enumerate(ranges):
                edits.append((lo, hi, escape(placeholder) if i == 0 else ""))
        out = self.raw
        for lo, hi, new in sorted(edits, reverse=True):
            out = out[:lo] + new + out[hi:]
        return out


def replace_plain(value: str, spans: list[tuple[int, int, str]]) -> str:
    for start, end, placeholder in sorted(spans, reverse=True):
        value = value[:start] + placeholder + value[end:]
    return value


@dataclass
class TextUnit:
    """One scannable text of a lesson: where it lives and its stored value."""

    path: str  # "situation", "transferability/<block id>/text", "tags", "documents/<pk>"
    field: str  # the page field (or relation) it belongs to, for showing findings in place
    field_label: str
    value: str
    is_html: bool = False

    @cached_property
    def html_text(self) -> HtmlText | None:
        return HtmlText(self.value) if self.is_html else None

    @property
    def text(self) -> str:
        return self.html_text.text if self.is_html else self.value

    def replaced(self, spans: list[tuple[int, int, str]]) -> str:
        if self.is_html:
            return self.html_text.replace(spans)
        return replace_plain(self.value, spans)


#: "_" plus the 7 random letters/digits Django's storage appends before the extension
_STORAGE_SUFFIX = re.compile(r"_[A-Za-z0-9]{7}(?=\.[A-Za-z0-9]{1,8}$)")


def _blank_gibberish(match: re.Match) -> str:
    word = match.group()[1:]
    if word.isalpha() and (word.islower() or word[1:].islower()):
        return match.group()  # could be a name or a word the user typed: keep it
    return " " * len(match.group())


@dataclass
class FileNameUnit(TextUnit):
    """A document's file name: readers see it in the download link and the saved file.

    The finder reads underscores as spaces ("bsn_123456782.pdf"); the mapping is one
    character for one, so a finding's offsets hold in the stored name as well. The
    random suffix Django's storage adds to a taken name ("werkplan_aB3xYz9.pdf") is
    not the user's text and reads as blanks, so gibberish is never a finding; a
    suffix that reads as a word ("verslag_Jansens.pdf") is still scanned.
    """

    @property
    def text(self) -> str:
        name = _STORAGE_SUFFIX.sub(_blank_gibberish, self.value)
        return name.replace("_", " ")


PLAIN_FIELDS = ("title", "seo_title", "search_description", "intervention_url", "consent_note")
RICH_FIELDS = (
    "situation",
    "approach",
    "what_worked",
    "what_did_not_work",
    "outcome",
    "lesson_for_others",
)
TAG_SEPARATOR = "\n"
FILE_NAME = "bestandsnaam"


def _label(page, name: str) -> str:
    return str(page._meta.get_field(name).verbose_name)


def lesson_texts(page) -> list[TextUnit]:
    """Every text of a lesson (a page or a revision's page object)."""
    units: list[TextUnit] = []
    for name in PLAIN_FIELDS:
        units.append(TextUnit(name, name, _label(page, name), getattr(page, name) or ""))
    for name in RICH_FIELDS:
        value = getattr(page, name) or ""
        units.append(TextUnit(name, name, _label(page, name), str(value), is_html=True))
    stream_label = _label(page, "transferability")
    for child in page.transferability or []:
        if child.block_type == "paragraph":
            units.append(
                TextUnit(
                    f"transferability/{child.id}/paragraph",
                    "transferability",
                    stream_label,
                    child.value.source if hasattr(child.value, "source") else str(child.value),
                    is_html=True,
                )
            )
        elif child.block_type == "condition":
            for key in ("title", "text"):
                units.append(
                    TextUnit(
                        f"transferability/{child.id}/{key}",
                        "transferability",
                        stream_label,
                        child.value.get(key) or "",
                    )
                )
    tag_names = sorted(tag.name for tag in page.problem_tags.all())
    units.append(
        TextUnit(
            "tags", "problem_tags", _label(page, "problem_tags"), TAG_SEPARATOR.join(tag_names)
        )
    )
    for item in page.documents.all():
        if item.document_id:
            document = item.document
            units.append(
                TextUnit(
                    f"documents/{item.document_id}", "documents", str(_("bijlage")), document.title
                )
            )
            units.append(
                FileNameUnit(
                    f"documents/{item.document_id}/{FILE_NAME}",
                    "documents",
                    str(_("bestandsnaam van de bijlage")),
                    document.filename,
                )
            )
    return units


def apply_unit_value(page, unit: TextUnit, new_value: str) -> None:
    """Write a changed text back into the page object (not saved)."""
    if unit.path in PLAIN_FIELDS or unit.path in RICH_FIELDS:
        setattr(page, unit.path, new_value)
    elif unit.path.startswith("transferability/"):
        _prefix, block_id, key = unit.path.split("/", 2)
        raw = [dict(item) for item in page.transferability.raw_data]
        for item in raw:
            if item.get("id") == block_id:
                if key == "paragraph":
                    item["value"] = new_value
                else:
                    item["value"] = {**item["value"], key: new_value}
        page.transferability = raw
    elif unit.path == "tags":
        names = [n.strip() for n in new_value.split(TAG_SEPARATOR) if n.strip()]
        page.problem_tags.set(list(dict.fromkeys(names)))
    elif unit.path.startswith("documents/"):
        from wagtail.documents import get_document_model

        document_id, _sep, part = unit.path.split("/", 1)[1].partition("/")
        document = get_document_model().objects.get(pk=int(document_id))
        if part == FILE_NAME:
            rename_document_file(document, new_value)
        else:
            document.title = new_value[:255]
            document.save(update_fields=["title"])
    else:  # pragma: no cover - paths come from lesson_texts
        raise ValueError(unit.path)


def rename_document_file(document, new_name: str) -> None:
    """Store the document's file under a new name (placeholders lose their brackets).

    The old file is deleted once the transaction commits, so a rollback keeps it.
    """
    from django.core.files.base import ContentFile
    from django.db import transaction

    new_name = new_name.replace("[", "").replace("]", "").strip() or "bijlage"
    storage = document.file.storage
    old_name = document.file.name
    with storage.open(old_name, "rb") as handle:
        content = handle.read()
    document.file.save(new_name, ContentFile(content), save=False)
    document.save(update_fields=["file"])
    transaction.on_commit(lambda: storage.delete(old_name))

"""Structured data of debt files: creditor tables, payment references, insolvency numbers.

Why apart from patterns: these rules read a line as a row of cells ("creditor | number |
amount | status") instead of matching one shape; the client's reference number in such a
row has no cue word of its own, only its place between an organisation and an amount.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Final

from . import regexes
from .lexicons import HAGUE_AREAS, PLACES_EXTRA, lexicons

# The separator of a row's cells: a pipe or a tab with the spaces around it.
_CELL_SEP: Final = regexes.compile(r"[ \t]*[|\t][ \t]*")
# An amount cell: "€ 3.210,00", "1.090,00", "2100,-", "466,20", "ca 800", "211".
_AMOUNT_CELL: Final = regexes.compile(
    r"(?:€|EUR)?[ ]*(?:ca\.?[ ]|±[ ]?)?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,(?:[0-9]{1,2}|-{1,2}))?"
)
# The client's number in its cell: lower-case labels first ("huurcontr. 40022871",
# "klantnr 3030198842") belong to the cell, not to the number; a code in capitals does
# ("VGZ 4412200", "EN 2280 1144 09").
_REF_CELL: Final = regexes.compile(
    r"(?:[a-zà-ÿ][a-zà-ÿ.]*:?[ ]+)*"
    r"([A-Z0-9][A-Z0-9./-]*(?:[ ][A-Z0-9][A-Z0-9./-]*)*)"
)
# No reference number: an amount with thousands ("12.500"), a date, a period of years.
_NOT_REF: Final = regexes.compile(
    r"[0-9]{1,3}(?:\.[0-9]{3})+|(?:[0-9]{1,2}[-/.]){2}[0-9]{2,4}|(?:19|20)[0-9]{2}[ ]?[-/][ ]?(?:19|20)[0-9]{2}"
)
# A header cell over a column of amounts: its numbers are sums, not references.
_AMOUNT_HEADER: Final = regexes.compile(
    r"(?i)bedrag|hoofdsom|som\b|schuld\b|totaal|rente|kosten|saldo|openstaand|aantal|€"
)


def _cells(
    text: str, start: int, end: int, sep: re.Pattern[str] = _CELL_SEP
) -> list[tuple[int, int]]:
    """(start, end) of the cells of the line text[start:end], without the outer empties."""
    cells: list[tuple[int, int]] = []
    pos = start
    for m in sep.finditer(text, start, end):
        cells.append((pos, m.start()))
        pos = m.end()
    cells.append((pos, end))
    while cells and cells[0][0] == cells[0][1]:
        cells.pop(0)
    while cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    out = []
    for s, e in cells:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def _is_creditor(cell: str) -> bool:
    """Whether a cell names a creditor: words, no number ("CJIB", "Gemeente Westland"),
    perhaps after the day it became known ("17/3 Energiedirect")."""
    cell = _DAY_FIRST.sub("", cell)
    return any(c.isalpha() for c in cell) and not any(c.isdigit() for c in cell)


_DAY_FIRST: Final = regexes.compile(r"^[0-9]{1,2}[-/][0-9]{1,2}[ ]+")
# What makes a number an amount of money, not a count or part of a phone number.
_MONEY: Final = regexes.compile(r"€|EUR|[0-9],(?:[0-9]{2}|-)(?![0-9])|[0-9]\.[0-9]{3}(?![0-9])")


def _amount_column(header: list[str]) -> bool:
    """Whether the second column of a table is headed as amounts."""
    return len(header) > 1 and _AMOUNT_HEADER.search(header[1]) is not None


def table_references(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the client's reference numbers in the rows of creditor tables.

    Why next to an organisation and an amount: in "CJIB | 7001 2288 4419 3310 | € 412,50"
    the number identifies the client's file at that creditor; amounts, dates, counts and
    "-" or "?" in the same column hold no number of five digits that is none of these.
    Rows are cells between pipes or tabs, columns aligned by runs of spaces, or cells
    between spaced dashes ("DUO (reisproduct) – DUO 8811 2023 – € 1.980,00").
    """
    piped = "|" in text or "\t" in text
    if not piped and "  " not in text and " – " not in text and " - " not in text:
        return
    header: list[str] = []
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        cells = _row_cells(text, start, end)
        if cells is not None:
            words = [text[s:e] for s, e in cells]
            if len(cells) >= 3 and not any(c.isdigit() for c in text[start:end]):
                if any(any(ch.isalpha() for ch in w) for w in words):
                    header = words
            elif len(cells) >= 3 and _is_creditor(words[0]) and not _amount_column(header):
                yield from _row_reference(text, cells, words)
        else:
            header = []
        start = end + 1


# Columns aligned by spaces ("VGZ 4021887013         € 1.377,60") and cells between
# spaced dashes: the separators of a table typed without pipes or tabs.
_ALIGNED_SEP: Final = regexes.compile(r"[ ]{2,}")
_DASH_SEP: Final = regexes.compile(r"[ ]+[–-][ ]+")
_SEMICOLON_SEP: Final = regexes.compile(r"[ \t]*;[ \t]*")
# A row's leading number or "#" cell: "| 7 | Santander | ...", "2  | Liander | ...".
_ROW_NUMBER: Final = regexes.compile(r"#?[0-9]{1,3}[.)]?")


def _row_cells(
    text: str, start: int, end: int, keep_numbers: bool = False
) -> list[tuple[int, int]] | None:
    """The cells of a table row on text[start:end], or None for a line that is no row.

    Why the merges: a lone "€" cell belongs to the amount after it ("€   690"), and a
    row number before the creditor says nothing about the row.
    """
    line = text[start:end]
    if "|" in line or "\t" in line:
        cells = _cells(text, start, end)
    elif line.count(";") >= 2:  # a list exported as CSV: "Vattenfall;9912345;734,12;..."
        cells = _split_cells(text, start, end, _SEMICOLON_SEP)
    else:
        sep = _ALIGNED_SEP if line.strip().count("  ") else None
        if sep is None and (" – " in line or " - " in line):
            sep = _DASH_SEP
        if sep is None:
            return None
        cells = _split_cells(text, start, end, sep)
        if len(cells) < 3:
            return None
    merged: list[tuple[int, int]] = []
    for s, e in cells:
        if merged and text[merged[-1][0] : merged[-1][1]] in ("€", "EUR") and s < e:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    if (
        not keep_numbers
        and len(merged) > 3
        and _ROW_NUMBER.fullmatch(text[merged[0][0] : merged[0][1]])
    ):
        merged.pop(0)
    return merged


def _split_cells(text: str, start: int, end: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of the stripped cells of text[start:end] between matches of ``sep``,
    empty ones left out."""
    return [(s, e) for s, e in _cells(text, start, end, sep) if s < e]


# A header cell over a column of case or client numbers: "Cliëntnr", "Dossiernummer",
# "Kenmerk", "Ticket", "Reg.nr"; not a phone, house or citizen service number column.
_NUMBER_HEADER: Final = regexes.compile(
    # ("V-nummer", "V-nr": a foreign national's number at the IND)
    r"(?i)^(?:[a-zà-ÿ]*(?:[a-z]-)?(?:nr\.?|nummer)|kenmerk|ticket|dossier|referentie|ref\.?|id)"
    r"(?:[ ][A-ZÀ-Þ][\w-]+)?$"  # "Cliëntnr. Parnassia": whose number it is
)
_NOT_NUMBER_HEADER: Final = regexes.compile(
    r"(?i)telefoon|tel\b|mobiel|huis|bsn|sofi|postbus|rekening|iban"
)
# A cell holding one number of a case column: digits, maybe a code, "#" or dashes.
_NUMBER_CELL: Final = regexes.compile(
    r"(?:[a-z]{1,3}\.?[ ])?(#?(?:[A-Z]{1,6}[- ]?|[a-z]{1,3}\.)?[0-9](?:[0-9./-]|[ ](?=[0-9]))*[0-9])"
)
# Under a number header a dotted number is a number ("21.994.103"), but a date or a
# period of years is none.
_NOT_NUMBER: Final = regexes.compile(
    r"(?:[a-z]{1,3}\.?[ ])?(?:(?:[0-9]{1,2}[-/.]){2}[0-9]{2,4}|(?:19|20)[0-9]{2}[ ]?[-/][ ]?(?:19|20)[0-9]{2})"
)


# A year that belongs to a column's label: "budget_2024", "Bedrag 2023"
_LABEL_YEAR: Final = regexes.compile(r"(?<=[^\W0-9_])[_ ](?:19|20)[0-9]{2}(?![\w])")


@lru_cache(maxsize=4)
def _table_lines(text: str) -> tuple[tuple[str, tuple[tuple[int, int], ...]], ...]:
    """The text's lines as tables read them, each as (kind, cells): "header" (a row without
    digits), "row", "rule" ("|---|---|") or "break" (any other line with text).

    Why cached: the columns of numbers, dates and names each read the same tables; the
    text is split into cells once per finder call.
    """
    if "|" not in text and "\t" not in text and "  " not in text and ";" not in text:
        return ()
    out: list[tuple[str, tuple[tuple[int, int], ...]]] = []
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        line = text[start:end]
        if ";" in line and "|" not in line and "\t" not in line:
            cells = _cells(text, start, end, _SEMICOLON_SEP) if line.count(";") >= 2 else None
        else:
            cells = _row_cells(text, start, end, keep_numbers=True)
        if cells is not None:
            if not any(c.isalnum() for c in line):
                out.append(("rule", ()))  # "|---|---|": the rule under a markdown header
            elif not any(c.isdigit() for c in line) or not any(
                c.isdigit() for c in _LABEL_YEAR.sub("", line)
            ):
                out.append(("header", tuple(cells)))  # "...;status;budget_2024" heads too
            else:
                out.append(("row", tuple(cells)))
        elif line.strip():
            out.append(("break", ()))
        start = end + 1
    return tuple(out)


def column_cells(
    text: str, header: Callable[[str], bool], min_width: int = 1, every: bool = False
) -> Iterator[tuple[int, int]]:
    """(start, end) of the cells under the first header cell that ``header`` accepts (under
    each of them with ``every``).

    A table is rows of "|", tab, aligned or ";" cells; a header row holds no digit (but in
    a year of a label, "budget_2024") and at least ``min_width`` cells (a form of two
    columns, "| Naam | ... |", has its labels in the first column, not a header row); a
    row with another count of cells gives nothing (a CSV row keeps its empty fields: ";;"
    is a field left blank, not no field).
    """
    cols: list[int] = []
    width = 0
    for kind, cells in _table_lines(text):
        if kind == "header":
            if cols and len(cells) == width and not header(text[slice(*cells[cols[0]])]):
                for c in cols:
                    yield cells[c]  # a row without digits under the header: "LA | flappen | vr"
                continue
            cols = []
            for i, (s, e) in enumerate(cells if len(cells) >= min_width else ()):
                if header(text[s:e]):
                    cols.append(i)
                    width = len(cells)
                    if not every:
                        break
        elif kind == "row" and cols and len(cells) == width:
            for c in cols:
                yield cells[c]
        elif kind == "break":
            cols = []


def _number_header(cell: str) -> bool:
    return bool(_NUMBER_HEADER.match(cell)) and not _NOT_NUMBER_HEADER.search(cell)


def column_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the numbers in a table column headed as case or client numbers.

    Why by the header: in "| Aziz, M. | 770341 | Schilderswijk |" six digits have no cue
    of their own; the header "Cliëntnr" over the column says what they are.  A date or an
    amount in that column gives nothing.
    """
    for s, e in column_cells(text, _number_header, every=True):
        w = text[s:e]
        m = _NUMBER_CELL.fullmatch(w)
        if m and sum(c.isdigit() for c in w) >= 5 and not _NOT_NUMBER.fullmatch(w):
            yield s + m.start(1), e


# A header cell over a column of dates: "datum", "Datum melding", "d.d."
_DATE_HEADER: Final = regexes.compile(r"(?i)(?:datum|d\.d\.|datum[ _]\w+|\w+[ _]?datum)")
_DAY_MONTH_CELL: Final = regexes.compile(r"(?:0?[1-9]|[12][0-9]|3[01])[-/.](?:0?[1-9]|1[0-2])")


def column_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the days and months in a table column headed as dates.

    Why by the header: "12/2" alone may be a share or a score; under "datum" it is a day.
    """
    for s, e in column_cells(text, lambda c: bool(_DATE_HEADER.fullmatch(c)), min_width=3):
        if _DAY_MONTH_CELL.fullmatch(text, s, e):
            yield s, e


# A header cell over a column of people's names: "achternaam", "voornaam", "naam cliënt".
_NAME_HEADER: Final = regexes.compile(
    r"(?i)(?:achternaam|voornaam|voornamen|roepnaam|geslachtsnaam|naam[ _]?cli[eë]nt|"
    r"cli[eë]nt[ _.]?naam|volledige[ _]naam|naam)"
)
# A cell that can hold a name: letters, particles, initials, a comma ("Abdi, H.").
_NAME_CELL: Final = regexes.compile(r"[^\W0-9_][\w'’. -]*(?:,[ ]?[^\W0-9_][\w'’. -]*)?")


def column_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the names in a table column headed as people's names.

    Why by the header: "cl.90348;Held;Hermien;1961-04-10" names a client whose surname is
    a word; the header "achternaam" over the column says what it is.
    """
    for s, e in column_cells(text, lambda c: bool(_NAME_HEADER.fullmatch(c)), min_width=3):
        if _NAME_CELL.fullmatch(text, s, e):
            yield s, e


# Headers of a column of people named by their role: "datum;medewerker;cliënt;soort"
_PEOPLE_HEADERS: Final = (
    "cliënt",
    "client",
    "cliënte",
    "medewerker",
    "regisseur",
    "casusregisseur",
    "behandelaar",
    "klant",
    "bewoner",
    "huurder",
    "aanvrager",
    "contactpersoon",
    "consulent",
    "begeleider",
)


def column_people(text: str, low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the cells under a header that names a role ("cliënt", "medewerker").

    Why each header apart: a contact list has a column for the worker and one for the
    client, and a cell there names someone ("jvrijn", "sint jago", "Groen W").  The caller
    leaves out cells that are only words ("onbekend", "team").
    """
    for h in _PEOPLE_HEADERS:
        if h in low:
            for s, e in column_cells(text, _HeaderIs(h), min_width=3):
                if _NAME_CELL.fullmatch(text, s, e):
                    yield s, e


class _HeaderIs:
    """A header test: the cell reads ``word`` (a class: mypyc compiles no default-bound lambda)."""

    def __init__(self, word: str) -> None:
        self.word = word

    def __call__(self, cell: str) -> bool:
        return cell.strip().lower() == self.word


def _dutch_phone(ref: str) -> bool:
    """Whether a cell's number is a Dutch phone number (imported late: patterns imports us)."""
    from .patterns import PHONE

    return PHONE.fullmatch(ref) is not None


def _row_reference(
    text: str, cells: list[tuple[int, int]], words: list[str]
) -> Iterator[tuple[int, int]]:
    """The reference number in the second cell of a row whose next filled cell is an amount,
    or in the last cells after the amount ("Ziggo | internet/tv | 178,45 | 19822043")."""
    later = [w for w in words[2:] if w]
    if later and _AMOUNT_CELL.fullmatch(later[0]):
        yield from _reference_in(cells[1], words[1])
        return
    amounts = [
        k
        for k in range(1, len(words))
        if _AMOUNT_CELL.fullmatch(words[k]) and _MONEY.search(words[k])
    ]
    if amounts:
        for k in range(amounts[0] + 1, len(words)):
            if not _AMOUNT_CELL.fullmatch(words[k]):
                yield from _reference_in(cells[k], words[k])


def _reference_in(cell: tuple[int, int], word: str) -> Iterator[tuple[int, int]]:
    """The client's reference number in one cell, if it holds one (see _REF_CELL)."""
    m = _REF_CELL.fullmatch(word)
    if not m:
        return
    ref = m.group(1)
    if sum(c.isdigit() for c in ref) < 5 or _NOT_REF.fullmatch(ref):
        return
    if ref[0] == "0" and ref[1:2] != "0" and _dutch_phone(ref):
        return  # "Ziggo | 070 3456789 | 211": the creditor's phone stays a phone
    s = cell[0] + m.start(1)
    yield s, s + len(ref)


# A payment reference in four groups of four digits: "CJIB (3901 2288 4470 1115)".
PAYMENT_REFERENCE: Final = regexes.compile(
    r"[0-9](?<![\w.,/-][0-9])[0-9]{3}(?:[ ][0-9]{4}){3}(?![\w]|[ .,/-][0-9])"
)
# Its first space, 4 after its start.  Why: searched from the first of these (led by a
# space, which the engine skips to in C and leaves at once where no digit stands before
# it), the pattern finds the same matches without trying every digit, and none where
# there is none.
_REFERENCE_AT: Final = regexes.compile(r" (?<=[0-9]{4} )[0-9]{4} [0-9]{4} [0-9]{4}")
# An insolvency (WSNP) number of a court: "C/09/R/24/118 FT", "C/13/24/512 F".
INSOLVENCY_NUMBER: Final = regexes.compile(
    r"[A-Z](?<![\w/][A-Z])/[0-9]{2}/(?:[A-Z]{1,2}/)?[0-9]{2}/[0-9]{1,6}(?:[ ][A-Z]{1,2})?(?![\w]|/)"
)


_INSOLVENCY_CORE: Final = regexes.compile(r"/[0-9][0-9]/")


def payment_references(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of payment references of four digit groups of four.

    Why: fine and collection notices (CJIB) identify a person's case by sixteen digits in
    groups of four; phones, amounts and dates never take that shape.
    """
    at = _REFERENCE_AT.search(text)
    for m in PAYMENT_REFERENCE.finditer(text, at.start() - 4) if at else ():
        yield m.start(), m.end()


def insolvency_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of court insolvency numbers ("C/09/R/24/118 FT")."""
    if "/" in text and _INSOLVENCY_CORE.search(text):
        for m in INSOLVENCY_NUMBER.finditer(text):
            yield m.start(), m.end()


# A street named "-land" after a name ("Isabellaland 1432"), its house number after it.
LAND_STREET: Final = regexes.compile(
    r"(?<![\w.-])([A-Z][a-zà-ÿ]{3,}land)[ ]([0-9]{1,4}(?:-?[A-Za-z](?![\w]))?)(?![\w]|[.,/-][0-9])"
)
_LAND_NUMBER: Final = regexes.compile(r"land[ ][0-9]")
_LAND_NEXT_NOT: Final = regexes.compile(r"[ \t]+(?:[a-zà-ÿ]{2,}(?:en|s)|jaar|keer|uur|km|meter)\b")


@cache
def _land_places() -> frozenset[str]:
    """Countries, regions and places named "-land": never a street."""
    return frozenset(
        w for w in lexicons().places | PLACES_EXTRA | HAGUE_AREAS if w.endswith("land")
    )


def land_streets(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of addresses on streets named "-land" ("Isabellaland 1432").

    Why apart from the street words: "land" ends countries and regions ("Nederland",
    "Westland") as often as streets; a known place, a year or a counted noun after the
    number ("Engeland 3 jaar") rule the address out.
    """
    if "land " not in text:
        return
    for c in _LAND_NUMBER.finditer(text):
        # the street word starts at the capital before "land": match from there only
        p = c.start()
        while p > 0 and text[p - 1].isalpha():
            p -= 1
        m = LAND_STREET.match(text, p)
        if not m:
            continue
        num = m.group(2)
        if m.group(1) in _land_places() or (len(num) == 4 and num[:2] in ("19", "20")):
            continue
        if _LAND_NEXT_NOT.match(text, m.end()):
            continue
        yield m.start(), m.end()


def find_creditor_data(text: str) -> Iterator[tuple[int, int, str, int]]:
    """Yield (start, end, label, priority) of the rules above, for find_structured."""
    for s, e in table_references(text):
        # above addresses: "Eneco<tab>EN 2280 1144 09" is no street "EN" with number 2280
        yield s, e, "dossier", 76
    for s, e in column_numbers(text):
        yield s, e, "dossier", 60
    for s, e in payment_references(text):
        yield s, e, "dossier", 54
    for s, e in insolvency_numbers(text):
        yield s, e, "dossier", 56
    for s, e in land_streets(text):
        yield s, e, "address", 74

"""Per-label checks on hand-written examples (phrased unlike the dev corpus)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import gold_docs, gold_docs_2  # noqa: E402

from pilot.privacy import PLACEHOLDERS, Finding, find_personal_data, redact  # noqa: E402

DOCS = gold_docs() + gold_docs_2()


def _covered(findings: list[Finding], start: int, end: int, text: str) -> bool:
    chars = {i for f in findings for i in range(f.start, f.end)}
    return all(i in chars or text[i].isspace() for i in range(start, end))


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_own_examples_found_and_context_kept(doc: dict) -> None:
    findings = find_personal_data(doc["text"])
    for g in doc["pii"]:
        assert _covered(findings, g["start"], g["end"], doc["text"]), (g, findings)
    for k in doc["keep"]:
        hit = [f for f in findings if f.start < k["end"] and k["start"] < f.end]
        assert not hit, (k, hit)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("BSN 123456782 bekend.", "bsn", "123456782"),
        ("bsn: 1234.56.782", "bsn", "1234.56.782"),
        ("burgerservicenummer 111 222 333", "bsn", "111 222 333"),
        ("Bel 06-12345678.", "phone", "06-12345678"),
        ("Bel (070) 345 67 89.", "phone", "(070) 345 67 89"),
        ("Bel +31 6 1234 5678.", "phone", "+31 6 1234 5678"),
        ("Bel 071-2652593.", "phone", "071-2652593"),
        ("Bel 0031 6 12345678.", "phone", "0031 6 12345678"),
        ("Mail j.de.vries@example.org nu.", "email", "j.de.vries@example.org"),
        ("IBAN NL91ABNA0417164300.", "iban", "NL91ABNA0417164300"),
        ("IBAN NL91 ABNA 0417 1643 00.", "iban", "NL91 ABNA 0417 1643 00"),
        ("Postcode 2526 BX.", "postcode", "2526 BX"),
        ("Postcode 2526BX.", "postcode", "2526BX"),
        ("Adres Hoefkade 12, Den Haag.", "address", "Hoefkade 12"),
        ("Adres Leyweg 204-B.", "address", "Leyweg 204-B"),
        ("op de Vaillantlaan 7a.", "address", "Vaillantlaan 7a"),
        ("woont Loosduinseweg 3 hs.", "address", "Loosduinseweg 3 hs"),
        ("Op 3 maart 2024 belde ze.", "date", "3 maart 2024"),
        ("Op 03-03-2024 belde ze.", "date", "03-03-2024"),
        ("Op 3-3-'24 belde ze.", "date", "3-3-'24"),
        ("Op maandag 4 maart belde ze.", "date", "maandag 4 maart"),
        ("Op 1 jan. belde ze.", "date", "1 jan."),
        ("Op 12/03/2023 belde ze.", "date", "12/03/2023"),
        ("Dossier 2023-04711 gesloten.", "dossier", "2023-04711"),
        ("Dossier SZW-883201 gesloten.", "dossier", "SZW-883201"),
        ("Dossier VT-2024-1187 gesloten.", "dossier", "VT-2024-1187"),
        ("Melding #48812 gesloten.", "dossier", "#48812"),
        ("zaaknummer 12345 gesloten.", "dossier", "12345"),
        ("Mevrouw Yilmaz belde.", "person", "Yilmaz"),
        ("notitie: mw yilmaz niet thuis.", "person", "yilmaz"),
        ("Gesprek met J. de Vries.", "person", "J. de Vries"),
        ("Afspraak met dhr. De Wit gemaakt.", "person", "De Wit"),
        ("Haar zoon Jort spijbelt.", "person", "Jort"),
        ("Haar dochter Amira helpt.", "person", "Amira"),
        ("Meneer Bakker heeft schulden.", "person", "Bakker"),
        ("Gesproken met El Amrani over de huur.", "person", "El Amrani"),
    ],
)
def test_label_examples(text: str, label: str, value: str) -> None:
    findings = find_personal_data(text)
    start = text.index(value)
    assert _covered(findings, start, start + len(value), text), findings
    assert any(f.label == label for f in findings if f.start < start + len(value)), findings


@pytest.mark.parametrize(
    "text",
    [
        "In Schilderswijk, Transvaal, Mariahoeve en Moerwijk werkt het team met GGZ en MEE.",
        "Het Wmo-loket, Servicepunt XL, Veilig Thuis en het CJG zijn ingeschakeld.",
        "De wijkverpleegkundige en de casusregisseur overlegden in Den Haag.",
        "Een man van 62 jaar (62) woont er sinds 2019, al 3 maanden zonder werk.",
        "In maart 2023 en in mei was het rustig; over twee weken volgt overleg.",
        "Parnassia, Xtra, Stichting MOOI en de woningcorporatie werkten samen.",
        "In Escamp, Laak, Segbroek, Loosduinen en Scheveningen zijn wachtlijsten.",
        "Het SWT en de POH GGZ bespraken de casus in het wijkcentrum.",
        "In de periode 2019-2021 waren er 12 meldingen van 40 gezinnen.",
        "Om 14:30 uur begon het overleg; kosten € 1.250,- per maand.",
    ],
)
def test_context_left_alone(text: str) -> None:
    assert find_personal_data(text) == []


def test_api_contract() -> None:
    text = "Mevrouw Yilmaz (tel. 06-12345678) woont op de Hoefkade 12, 2526 BX Den Haag."
    findings = find_personal_data(text)
    assert findings == sorted(findings, key=lambda f: f.start)
    for a, b in zip(findings, findings[1:], strict=False):
        assert a.end <= b.start
    for f in findings:
        assert text[f.start : f.end] == f.text
        assert f.label in PLACEHOLDERS
    with pytest.raises(AttributeError):
        findings[0].start = 3  # type: ignore[misc]
    out = redact(text)
    assert "Yilmaz" not in out and "[naam]" in out and "[telefoon]" in out
    assert "[adres]" in out and "[postcode]" in out and "Den Haag" in out
    assert redact(text, []) == text

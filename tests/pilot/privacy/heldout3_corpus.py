"""Third held-out set (``heldout3.jsonl``), written after heldout2 had been scored.

Why: heldout2 was used for two fixes after its one scoring, so it no longer measures
unseen text; this set gives a fresh estimate.  Registers: handover documents,
key = value exports, agenda notes, status lines, police-style reports and
reflective lesson essays; name pools not used in the other sets.
Built by ``python tests/pilot/privacy/heldout_corpus.py``.
"""

from __future__ import annotations

from heldout_corpus import STADSDELEN, Gen, _split, build

FIRST_3 = {
    "nl": _split("Geert|Hester|Jelle|Marit|Pieter-Jan|Anneloes|Gijs|Renske|Otto|Wietske|Harm"),
    "vn": _split("Thanh|Linh|Minh|Huong|Quang"),
    "ng": _split("Chinedu|Ngozi|Emeka|Adaeze|Tunde"),
    "ku": _split("Rojda|Dilan|Azad|Berfin|Serhat"),
    "br": _split("Thiago|Larissa|Rafael|Camila"),
    "hu": _split("Zsófia|Bence|Réka|Gábor"),
    "ma": _split("Nisrine|Badr|Yassine|Ikram|Hafsa"),
    "sr": _split("Shivani|Roshan|Gavin|Quincy|Celeste"),
    "so": _split("Warda|Bashir|Suad"),
}
SUR_3 = {
    "nl": _split(
        "Terpstra|Bosch|Hofstede|van Rijn|Wessels|Brink|Kooiman|Zandbergen|de Vos|"
        "Vink|van Houten|Visscher|Veldhuis|Bos|van Es"
    ),
    "vn": _split("Nguyen|Tran|Pham|Le|Hoang"),
    "ng": _split("Okafor|Adeyemi|Eze|Balogun|Nwosu"),
    "ku": _split("Aslan|Baran|Demirtaş|Ekinci"),
    "br": _split("Silva|Oliveira|Souza|Pereira"),
    "hu": _split("Nagy|Kovács|Tóth|Szabó"),
    "ma": _split("Achahbar|El Amrani|Bouarfa|Ouchan"),
    "sr": _split("Kishna|Sital|Brunings|Esajas|Nijman"),
    "so": _split("Dirie|Yusuf|Abdillahi"),
}
NICK_3 = ["Pim", "Dries", "Toos", "Bink", "Jo"]


def t_handover(g: Gen) -> str:
    return (
        f"OVERDRACHT\nGegevens cliënt\n  Naam: {g.full()}\n  Geboren: {g.birth()}\n"
        f"  Adres: {g.address()}, {g.postcode()}\n  Telefoon: {g.phone()}\n"
        f"Betrokken hulpverlening\n  {g.role()}: {g.person()} ({g.org()})\n"
        f"  {g.role()}: {g.person()}\nBijzonderheden\n  {g.relation().capitalize()} "
        f"{g.first()} regelt de post {g.nondate()}. Zie {g.dossier()}."
    )


def t_keyvalue(g: Gen) -> str:
    return (
        f"client = {g.full()}\nbsn = {g.bsn()}\niban = {g.iban()}\nwijk = {g.wijk()}\n"
        f"melder = {g.person()}\ndatum_melding = {g.date()}\norganisatie = {g.org()}"
    )


def t_agenda(g: Gen) -> str:
    return (
        f"Agenda wijkoverleg {{{{wijk:{g.c(STADSDELEN)}}}}}, {g.date()}\n"
        f"1. Casus {g.titled()} – inbreng {g.first()}\n"
        f"2. Signaal {g.org()} over {g.person()} ({g.age()})\n"
        f"3. Terugkoppeling {g.role()} ({g.first()})\n"
        f"4. Rondvraag; volgende keer {g.date()}"
    )


def t_status(g: Gen) -> str:
    return (
        f"status {g.date()}: {g.titled(lower=True)} akkoord met budgetbeheer. {g.relation()} "
        f"{g.first()} tekent mee. {g.org()} gebeld, wachten op {g.dossier()}. "
        f"nieuw nummer {g.phone()}, mail {g.email()}"
    )


def t_report(g: Gen) -> str:
    return (
        f"Mutatie wijkagent d.d. {g.date()}\nOmstreeks 22.15 uur werden wij gestuurd naar "
        f"{g.address()} te {g.city()}. Ter plaatse troffen wij {g.full()}, geboren "
        f"{g.birth()}, en diens {g.relation()} {g.first()}. Melder was de buurvrouw, "
        f"{g.titled()}, bereikbaar via {g.phone()}. Doorgezet naar {g.org()}."
    )


def t_essay(g: Gen) -> str:
    o = g.origin()
    f1 = g.fn(o)
    return (
        f"Wat hebben we geleerd? Toen [[person:{f1}]] bij ons kwam, {g.nondate()}, had hij al "
        f"drie hulpverleners versleten. Pas toen {g.person()}, {g.role()} bij {g.org()}, "
        f"samen met hem een plan maakte, kwam er beweging. [[person:{f1}]]'s grootste "
        f"angst was de {g.org()}. Ons advies voor teams in {g.wijk()} en elders in "
        f"{g.city()}: begin bij wat de cliënt zelf wil."
    )


TEMPLATES_3 = [t_handover, t_keyvalue, t_agenda, t_status, t_report, t_essay]

HAND_3 = [
    "Gesprek met [[person:Thanh Nguyen]] en zijn moeder, mevrouw [[person:Tran]], op "
    "[[date:ma 6 jan.]] in {{wijk:Laak}}.",
    "[[person:Chinedu]] ({{age:19}}) slaapt sinds {{month:oktober}} bij [[person:Emeka Eze]].",
    "Melder: [[person:Rojda Aslan]], tel. [[phone:06-2233 4455]], [[email:rojda.aslan@live.nl]].",
    "Volgens de {{role:schuldhulpverlener}} ([[person:Bence]]) is de schuld {{year:2021}} "
    "ontstaan bij {{org:CAK}}.",
    "[[person:Wessels]] (buurman) en [[person:Gijs]] hielpen met verhuizen naar "
    "[[address:Moerweg 210]].",
    "Client [[person:Larissa Silva]], BSN [[bsn:111222333]], woont bij haar tante in "
    "{{wijk:Bezuidenhout}}.",
]


def docs() -> list[dict]:
    g = Gen(31337, FIRST_3, SUR_3, NICK_3)
    return build(TEMPLATES_3, HAND_3, g, 36, "ho3")

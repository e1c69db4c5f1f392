"""Sixth held-out set (``heldout6.jsonl``), written after the fixes for heldout5 and
scored once at the end.  Registers: handover notes ("Overdracht"), care plans with goals,
forwarded e-mail headers, action lists (wie/wat/wanneer), incident reports and lesson
pages with a title line and quoted speech; name pools used nowhere else.  Run
``python tests/pilot/privacy/heldout6_corpus.py`` to rebuild.
"""

from __future__ import annotations

from heldout_corpus import HERE, Gen, _split, build, write

FIRST_6 = {
    "nl": _split("Hanneke|Wouter|Liesbeth|Teun|Marieke|Koen|Sanne|Huub|Jolanda|Pim"),
    "af": _split("Kwame|Ama|Kofi|Abena|Yaw"),
    "sy": _split("Rania|Omar|Lina|Bashar|Hiba"),
    "bg": _split("Stoyan|Desislava|Ivaylo|Radost"),
    "id": _split("Wayan|Putri|Agus|Sari"),
    "tr": _split("Emre|Büşra|Kaan|Elif"),
    "bo": _split("Zeynab|Farhad|Shirin|Reza"),
}
SUR_6 = {
    "nl": _split("Schouten|van Wijk|Hendriks|de Haan|Smits|Koster|van der Laan|Willems|Groen"),
    "af": _split("Mensah|Owusu|Boateng|Asante"),
    "sy": _split("Haddad|Khoury|Al-Masri|Nasser"),
    "bg": _split("Petrov|Dimitrova|Georgiev|Ivanova"),
    "id": _split("Wijaya|Santoso|Kusuma|Hartono"),
    "tr": _split("Aydın|Özdemir|Koç|Arslan"),
    "bo": _split("Ahmadi|Karimi|Rezaei|Hosseini"),
}
NICK_6 = ["Hannie", "Wout", "Pimmetje", "Koentje"]


def t_handover(g: Gen) -> str:
    return (
        f"Overdracht {g.date()}\nVan: {g.first()}  Aan: {g.first()}\n"
        f"- {g.titled()}: sleutel bij {g.relation()} ({g.address()})\n"
        f"- {g.full()}: wacht op {g.org()}, dossier {g.dossier()}\n"
        f"- bellen met {g.first()} op {g.phone()}"
    )


def t_careplan(g: Gen) -> str:
    return (
        f"Zorgplan {g.titled()}\nDoel 1: financiën op orde vóór {g.date()} "
        f"(rekening {g.iban()}).\nDoel 2: dagbesteding via {g.org()}.\n"
        f"Betrokkenen: {g.relation()} {g.first()}, {g.role()} {g.full()}."
    )


def t_forward(g: Gen) -> str:
    name = g.full()
    return (
        f"---------- Doorgestuurd bericht ---------\nVan: {name} <{g.email()}>\n"
        f"Datum: {g.date()}\nOnderwerp: aanmelding {g.dossier()}\n\n"
        f"Graag aandacht voor {g.titled()}, {g.address()}, {g.postcode()}. "
        f"BSN {g.bsn()}."
    )


def t_actions(g: Gen) -> str:
    return (
        f"Wie\tWat\tWanneer\n{g.first()}\tbelt {g.org()}\t{g.date()}\n"
        f"{g.first()}\thuisbezoek bij {g.titled()}\t{g.date()}\n"
        f"{g.role()}\tevaluatie\t{g.nondate()}"
    )


def t_incident(g: Gen) -> str:
    return (
        f"Melding incident – {g.wijk()}\nOp {g.date()} meldde {g.person()} dat "
        f"{g.relation()} {g.first()} agressief was. {g.role()} heeft {g.org()} ingeschakeld. "
        f"Bereikbaar: {g.phone()}."
    )


def t_lesson(g: Gen) -> str:
    return (
        f'Vertrouwen winnen bij een gesloten voordeur\n\n"Ik doe niet open," zei '
        f"{g.titled()} de eerste keer. Pas toen {g.first()} van {g.org()} meeging, lukte "
        f"het. Les: neem iemand mee die de cliënt al kent ({g.relation()} {g.first()})."
    )


TEMPLATES_6 = [t_handover, t_careplan, t_forward, t_actions, t_incident, t_lesson]

HAND_6 = [
    "Huisbezoeken plannen met de hele keten\n[[person:Rania]] en [[person:Kofi]] "
    "maakten een rooster met {{org:Parnassia}}.",
    "Schuldenbewind aanvragen zonder omwegen\nmevrouw [[person:groen]] wist niet dat "
    "{{org:Schuldhulpmaatje}} bestond.",
    "Ontruiming voorkomen\n[[person:Teun de Haan]] ({{role:woonconsulent}} bij "
    "{{org:Haag Wonen}}) belde op [[date:2 april]].",
    "- [[person:Ivaylo]] regelt de tolk\n- [[person:Putri Wijaya]] stuurt het verslag\n"
    "- {{org:Wmo-loket}} beslist binnen {{duration:acht weken}}",
    "Digitale vaardigheden vergroten\nIn {{wijk:Bouwlust}} kregen {{age:vijf}} ouderen "
    "les; [[person:Huub]] gaf de cursus.",
    "Cliënt [[person:Stoyan Petrov]], [[address:Hobbemastraat 120]], [[postcode:2526 JL]] "
    "{{city:Den Haag}}, tel. [[phone:06 2233 4455]].",
    "Eenzaamheid onder mantelzorgers\nmw [[person:de haan]] en dhr [[person:koç]] "
    "zagen elkaar op het {{org:Buurthuis}} spreekuur.",
    "Op [[date:dinsdag 14 januari]] sprak [[person:Lina]] met [[person:Omar Haddad]] "
    "over de aanvraag bij {{org:UWV}}.",
    "Verslavingszorg en wijkteam: wie doet wat?\n[[person:Emre]] ({{role:ervaringsdeskundige}})"
    " vertelde over zijn eigen herstel.",
    "Wachtlijsten overbruggen\n[[person:Sari Kusuma]] hield {{duration:zes weken}} "
    "wekelijks contact met [[person:Farhad]].",
    "Ouderenmishandeling herkennen\nBuurman [[person:Agus]] zag blauwe plekken bij "
    "mevrouw [[person:Hartono]].",
    "Taalbarrières slechten\n[[person:Zeynab Ahmadi]] ([[email:z.ahmadi@gmail.com]]) "
    "vertaalde voor haar moeder.",
]


def docs() -> list[dict]:
    g = Gen(666666, FIRST_6, SUR_6, NICK_6)
    return build(TEMPLATES_6, HAND_6, g, 54, "ho6")


if __name__ == "__main__":
    write(HERE / "heldout6.jsonl", docs())

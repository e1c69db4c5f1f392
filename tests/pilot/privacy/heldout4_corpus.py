"""Fourth held-out set (``heldout4.jsonl``), written after the fixes for heldout3.

Why: a fresh estimate of the final state.  Registers: phone-call transcripts,
discharge letters, questionnaires, forum-style lesson posts, run-on notes without
punctuation, tab-separated exports; names with apostrophes and hyphenated first names;
name pools used nowhere else.  Built by ``python tests/pilot/privacy/heldout_corpus.py``.
"""

from __future__ import annotations

from heldout_corpus import Gen, _split, build

FIRST_4 = {
    "nl": _split("Anne-Marie|Jan-Peter|Froukje|Hidde|Lieuwe|Jikke|Tjeerd|Gonnie|Mathijs|Sietske"),
    "iq": _split("Haider|Zainab|Mustafa|Noor|Ali-Reza"),
    "in": _split("Karthik|Lakshmi|Arjun|Deepa|Suresh"),
    "pt": _split("João|Inês|Tiago|Beatriz"),
    "es": _split("Alejandro|Lucía|Javier|Carmen"),
    "gr": _split("Giorgos|Eleni|Nikos|Katerina"),
    "ph": _split("Maricel|Jomar|Rowena|Arnel"),
    "ua": _split("Oksana|Taras|Yulia|Dmytro|Bohdan"),
    "ma": _split("Mohammed-Ali|Anissa|Reda|Sanae"),
}
SUR_4 = {
    "nl": _split(
        "Hiemstra|Bouma|de Wolf|Visscher|Kloosterman|van Leeuwen|Otten|Kuijpers|"
        "Hogenboom|Steenbergen|van 't Hof|in 't Veld"
    ),
    "iq": _split("Al-Saadi|Jaber|Kadhim|Al Obaidi"),
    "in": _split("Subramanian|Iyer|Pillai|Krishnan"),
    "pt": _split("Gonçalves|Carvalho|Ribeiro"),
    "es": _split("García|Fernández|López|Martínez"),
    "gr": _split("Papadopoulos|Georgiou|Nikolaidis"),
    "ph": _split("Santos|Reyes|dela Cruz|Bautista"),
    "ua": _split("Shevchenko|Kovalenko|Bondarenko|Melnyk"),
    "ma": _split("D'Hamdaoui|Ouaali|Kaddouri|El Yousfi"),
}
NICK_4 = ["Keesje", "Rietje", "Sjonnie", "Bertje"]


def t_call(g: Gen) -> str:
    return (
        f"Telefoonnotitie {g.date()}\nBeller: {g.full()} ({g.relation()} van cliënt)\n"
        f"Medewerker: {g.first()}\nInhoud: beller maakt zich zorgen om {g.titled()}, die "
        f"sinds {g.date()} niet opneemt. Terugbellen op {g.phone()}.\n"
        f"Actie: {g.role()} gaat langs op {g.address()}."
    )


def t_discharge(g: Gen) -> str:
    return (
        f"Ontslagbrief {g.org()}\nPatiënt: {g.titled()}, geb. {g.birth()}\n"
        f"Opname: {g.date()} – ontslag: {g.date()}\nHuisarts: {g.initials()}\n"
        f"Nazorg door {g.role()}; contactpersoon {g.relation()} {g.first()}, "
        f"{g.phone()}. BSN {g.bsn()}."
    )


def t_questionnaire(g: Gen) -> str:
    return (
        f"1. Wie woont er in huis?  {g.first()}, {g.first()} en ik\n"
        f"2. Wie helpt u?  {g.relation()} {g.first()} en {g.org()}\n"
        f"3. Sinds wanneer woont u in {g.wijk()}?  {g.nondate()}\n"
        f"4. Telefoonnummer?  {g.phone()}\n5. Rekeningnummer?  {g.iban()}"
    )


def t_forum(g: Gen) -> str:
    return (
        f"Geplaatst door {g.first()} ({g.role()}, {g.wijk()}) • {g.date()}\n\n"
        f"Herkenbaar! Bij ons had {g.titled()} precies hetzelfde met de {g.org()}. "
        f"Wat hielp: {g.person()} van {g.org()} erbij halen. Succes!\n"
        f"↳ Reactie van {g.full()}: dank, nemen we mee."
    )


def t_runon(g: Gen) -> str:
    return (
        f"vandaag {g.date()} bij {g.titled(lower=True)} geweest samen met {g.first()} "
        f"zij woont nu op {g.address()} met haar {g.relation()} {g.first()} er is "
        f"achterstand bij {g.org()} {g.dossier()} ze belt zelf {g.phone()}"
    )


def t_tsv(g: Gen) -> str:
    rows = ["naam\tgeb\tadres\tpostcode"]
    for _ in range(3):
        rows.append(f"{g.full()}\t{g.birth()}\t{g.address()}\t{g.postcode()}")
    return "\n".join(rows)


TEMPLATES_4 = [t_call, t_discharge, t_questionnaire, t_forum, t_runon, t_tsv]

HAND_4 = [
    "Mevrouw [[person:D'Hamdaoui]] en haar zoon [[person:Mohammed-Ali]] wonen sinds "
    "{{year:2018}} in {{wijk:Spoorwijk}}.",
    "[[person:Anne-Marie Hiemstra]] ({{role:casemanager dementie}}) belde met "
    "[[person:Froukje]] over de opname in {{org:HMC}}.",
    "Gesproken met [[person:Oksana Melnyk]] via een tolk; haar man [[person:Taras]] is nog "
    "in Oekraïne.",
    "Ome [[person:Kees]] (de buurman) heeft de sleutel. {{org:Buurtzorg}} komt "
    "{{duration:twee keer per dag}}.",
    "Familie [[person:in 't Veld]] en familie [[person:van 't Hof]] zijn buren aan de "
    "[[address:Jan van der Heijdenstraat 41]].",
    "Op [[date:vrijdag 31 mei]] komt [[person:Maricel dela Cruz]] langs met "
    "{{role:tolk}} [[person:Arnel]].",
]


def docs() -> list[dict]:
    g = Gen(777, FIRST_4, SUR_4, NICK_4)
    return build(TEMPLATES_4, HAND_4, g, 36, "ho4")

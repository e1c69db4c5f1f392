"""Second held-out set (``heldout2.jsonl``): yet another style, scored once at the end.

Registers: intake forms, SOAP notes, voicemail transcripts, letters to clients,
interview Q&A, SMS threads, CSV exports.  Person names come from pools that
``heldout_corpus.py`` does not use (also Ghanaian, Afghan, Bulgarian, Cape Verdean).
Built by ``python tests/pilot/privacy/heldout_corpus.py``.
"""

from __future__ import annotations

from heldout_corpus import FIRST_2, STADSDELEN, SUR_2, Gen, build, parse

__all__ = ["docs", "parse"]

NICK_2 = ["Nono", "Bas", "Tootje", "Lieske", "Bobby", "Jojo"]


def t_intake(g: Gen) -> str:
    o = g.origin()
    return (
        f"INTAKEFORMULIER {g.org()}\n"
        f"Naam: [[person:{g.sn(o)}, {g.fn(o)}]]\n"
        f"Geboortedatum: {g.birth()}   BSN: {g.bsn()}\n"
        f"Straat + nr: {g.address()}\nPC/plaats: {g.postcode()} {g.city()}\n"
        f"Telefoon: {g.phone()}\nE-mail: {g.email()}\n"
        f"Rekening: {g.iban()}\n"
        f"Verwezen door: {g.role()} {g.person()}\n"
        f"Wijk: {g.wijk()}\nHulpvraag: schulden, {g.nondate()} achterstand."
    )


def t_soap(g: Gen) -> str:
    return (
        f"S: cliënt ({g.age()}) vertelt dat {g.relation()} {g.first()} weer thuis woont.\n"
        f"O: woning netjes, post onopend. {g.titled()} oogt vermoeid.\n"
        f"A: overbelasting; risico huisuitzetting ({g.org()}, {g.dossier()}).\n"
        f"P: {g.role()} plant gesprek op {g.date()}; terugkoppeling aan {g.person()}."
    )


def t_voicemail(g: Gen) -> str:
    return (
        f'Voicemail {g.date()}, 16.05 uur: "Ja hallo, u spreekt met {g.person()}, ik bel '
        f"namens mijn {g.relation()} {g.first()}. Ze heeft een brief van de {g.org()} gekregen "
        f'en snapt er niks van. Kunt u terugbellen op {g.phone()}? Dank u."\n'
        f"Teruggebeld door {g.first()} ({g.role()}), geen gehoor."
    )


def t_letter(g: Gen) -> str:
    return (
        f"Aan {g.titled()}\n{g.address()}\n{g.postcode()}  {g.city().upper()}\n\n"
        f"{g.city()}, {g.date()}\nKenmerk: [[dossier:{g.r.randint(2019, 2025)}/"
        f"{g.r.randint(10000, 99999)}]]\n\nBeste {g.titled()},\n\n"
        f"Op {g.date()} hebben wij u bezocht samen met {g.person()} van {g.org()}. "
        f"Zoals besproken sturen wij uw aanvraag door. Heeft u vragen, bel dan "
        f"{g.phone()}.\n\nMet vriendelijke groet,\n{g.full()}\n{g.role()}, "
        f"{g.org()} {{{{wijk:{g.c(STADSDELEN)}}}}}"
    )


def t_interview(g: Gen) -> str:
    return (
        f"V: Wie helpt u nu?\nA: Mijn {g.relation()}, {g.first()}, en soms {g.person()}.\n"
        f"V: Sinds wanneer woont u in {g.wijk()}?\nA: {g.nondate().capitalize()}. Eerst "
        f"woonden we in {g.city()}.\nV: Wanneer was het laatste contact met {g.org()}?\n"
        f"A: Op {g.date()}, geloof ik."
    )


def t_sms(g: Gen) -> str:
    return (
        f"> {g.first()}: morgen komt {g.role()} om 10u. {g.titled(lower=True)} weet ervan\n"
        f"> ik: ok, adres was {g.address()} toch?\n"
        f"> {g.first()}: ja. en haar bsn is {g.bsn()} voor de aanvraag {g.org()}\n"
        f"> ik: 👍 {g.date()} evaluatie"
    )


def t_csv(g: Gen) -> str:
    rows = ["naam;geboren;postcode;telefoon;dossier"]
    for _ in range(3):
        r = g.r
        rows.append(
            f"{g.full()};{g.birth()};{g.postcode()};{g.phone()};"
            f"[[dossier:{r.randint(2019, 2025)}-{r.randint(10000, 99999)}]]"
        )
    return "Export " + g.org() + "\n" + "\n".join(rows)


def t_story(g: Gen) -> str:
    o = g.origin()
    f1, s1 = g.fn(o), g.sn(o)
    return (
        f"Het verhaal van [[person:{f1}]] laat zien hoe snel het kan gaan. Na het overlijden "
        f"van haar man {g.nondate()} raakte mevrouw [[person:{s1}]] de grip kwijt. De "
        f"{g.role()} van {g.org()} zag het als eerste: brieven van {g.org()} bleven liggen. "
        f"{g.first()}, een buurvrouw uit {g.wijk()}, belde ons op {g.date()}. Binnen "
        f"{{{{duration:twee weken}}}} zat iedereen aan tafel, ook {g.initials()} van "
        f"{g.org()}."
    )


TEMPLATES_2 = [t_intake, t_soap, t_voicemail, t_letter, t_interview, t_sms, t_csv, t_story]

HAND_2 = [
    "Cliënt [[person:Kwame Mensah]] woont sinds {{year:2016}} op [[address:Stuwstraat 44-III]], "
    "[[postcode:2516 TB]]. Zijn {{role:klantmanager}} bij {{org:SZW}} is [[person:Hakimi]].",
    "tel. gesprek m. mw [[person:petrova]] ([[phone:06 31 87 22 10]]): geen stroom sinds "
    "[[date:zo 2 feb]], {{org:Eneco}} heeft afgesloten.",
    "Mw. [[person:Tavares]]-[[person:Lopes]] vraagt of [[person:Lurdes]] ({{age:12}}) naar "
    "het {{org:CJG}} kan.",
    "[[person:Zabihullah Noori]] en [[person:Shabnam]] zijn op [[date:14/02/2024]] verhuisd "
    "naar {{wijk:Moerwijk}}; IBAN [[iban:NL02 RABO 0123 4567 89]].",
    "Melding [[dossier:VT/2024/03312]] via {{org:Veilig Thuis}}: moeder [[person:Nour]] "
    "wil niet dat vader [[person:Fadi Al-Khatib]] de kinderen ziet.",
    "De {{role:POH-GGZ}} van de praktijk in {{wijk:Rustenburg}} (dr. [[person:Winter]]) "
    "stuurt door naar {{org:Parnassia}}.",
    "Overleg [[date:dinsdag 17 sept.]] met [[person:Ivan Dimitrov]] en zijn tolk "
    "[[person:Milena]]. Volgende keer in {{week:week 40}}.",
    "[[person:Storm]] (buurman) heeft de {{org:politie}} gebeld, [[person:Akosua]] was "
    "toen al weg.",
    "Uitbetaling op [[iban:NL47INGB0006543210]] i.p.v. [[iban:BE71 0961 2345 6769]].",
    "Contact: [[email:r.debipersad@outlook.com]], [[phone:+31 (0)70 3219876]].",
    "Cliënt is {{age:45 jaar}}, {{duration:11 jaar}} in Nederland, sinds {{month:maart}} "
    "werkloos; in {{year:2023}} twee keer opgenomen.",
    "[[person:Sherida]]'s oudste, [[person:Romano Autar]], is aangemeld bij "
    "{{org:Jeugdteam}} {{wijk:Escamp}} onder nr. [[dossier:JT-88412]].",
]


def docs() -> list[dict]:
    g = Gen(4242, FIRST_2, SUR_2, NICK_2)
    return build(TEMPLATES_2, HAND_2, g, 40, "ho2")

"""Fifth held-out set (``heldout5.jsonl``): intake forms with labels, MDO minutes,
referral letters, lesson titles and Dutch/English mixed notes, with name pools used
nowhere else.  Scored once before the fixes that followed it.  Run
``python tests/pilot/privacy/heldout5_corpus.py`` to rebuild.
"""

from __future__ import annotations

from heldout_corpus import HERE, Gen, _split, build, write

FIRST_5 = {
    "nl": _split("Wietske|Gerben|Marloes|Ruud|Ilse|Joost|Femke|Sjaak|Annelies|Bram"),
    "so": _split("Faadumo|Abdirahman|Hodan|Mahad|Sahra"),
    "pl": _split("Agnieszka|Tomasz|Magdalena|Paweł|Krzysztof"),
    "cn": _split("Mei|Wei|Xiu|Jun|Lan"),
    "er": _split("Tesfay|Yohannes|Senait|Mehari"),
    "ro": _split("Ionela|Florin|Mihaela|Costel"),
    "vn": _split("Linh|Thanh|Huong|Minh"),
}
SUR_5 = {
    "nl": _split("Dijkstra|de Ruiter|Vos|Mulder|van Dam|Brouwer|ter Horst|Verbeek|Prins|Kok"),
    "so": _split("Warsame|Abdi|Farah|Jama"),
    "pl": _split("Wiśniewski|Kamińska|Zieliński|Lewandowska"),
    "cn": _split("Chen|Wang|Liu|Zhang"),
    "er": _split("Tesfamariam|Gebremedhin|Haile|Kidane"),
    "ro": _split("Popescu|Ionescu|Dumitru|Stan"),
    "vn": _split("Nguyen|Tran|Pham|Le"),
}
NICK_5 = ["Wiesje", "Ruudje", "Bramje", "Fem"]


def t_intake(g: Gen) -> str:
    return (
        f"INTAKEFORMULIER\nNaam cliënt: {g.full()}\nGeboortedatum: {g.birth()}\n"
        f"Adres: {g.address()}, {g.postcode()} {{{{city:Den Haag}}}}\nTelefoon: {g.phone()}\n"
        f"BSN: {g.bsn()}\nContactpersoon: {g.first()} ({g.relation()})\n"
        f"Verwijzer: {g.role()}, {g.org()}\nHulpvraag: schulden, eenzaamheid."
    )


def t_mdo(g: Gen) -> str:
    return (
        f"MDO {g.date()} – {g.wijk()}\nAanwezig: {g.first()} ({g.role()}), {g.first()} "
        f"({g.org()}), {g.full()}\nCasus {g.dossier()}: {g.titled()} woont alleen, "
        f"{g.age()}. Afspraak: {g.first()} belt {g.relation()} {g.first()} "
        f"vóór {g.date()}.\nVolgend MDO: {g.date()}."
    )


def t_referral(g: Gen) -> str:
    return (
        f"Geachte collega,\n\nHierbij verwijs ik {g.titled()} (geb. {g.birth()}, "
        f"{g.address()}) naar {g.org()}. Cliënt is bereikbaar via {g.phone()} of "
        f"{g.email()}.\nMet vriendelijke groet,\n{g.full()}\n{g.role()}"
    )


def t_mixed(g: Gen) -> str:
    return (
        f"Quick update: spoke with {g.first()} today, {g.titled()} is doing better. "
        f"Follow-up meeting on {g.date()} at {g.org()}. Please call {g.phone()} if "
        f"needed. Case ref {g.dossier()}. Thanks, {g.first()}"
    )


def t_flat_table(g: Gen) -> str:
    return (
        f"Naam | Rol | Telefoon\n{g.full()} | cliënt | {g.phone()}\n"
        f"{g.full()} | {g.relation()} | {g.phone()}\n{g.first()} | {g.role()} | -"
    )


def t_phone_note(g: Gen) -> str:
    return (
        f"{g.date()} tel. gesprek met {g.titled(lower=True)}. "
        f"{g.first()} wil niet dat {g.relation()} {g.first()} het weet. "
        f"iban {g.iban()} klopt niet meer. terugbellen {g.phone()}."
    )


TEMPLATES_5 = [t_intake, t_mdo, t_referral, t_mixed, t_flat_table, t_phone_note]

HAND_5 = [
    "Zorgmijding doorbreken met een vaste contactpersoon\n\n[[person:Mei]] koppelen aan "
    "een {{role:buurtmaatje}} werkte beter dan drie brieven.",
    "Browserles voor ouderen in {{wijk:Moerwijk}}\n- [[person:Tesfay]] helpt met DigiD\n"
    "- [[person:Sjaak]] zorgt voor koffie",
    "Valpreventie thuis: wat werkt?\n[[person:Gerben Vos]] ({{role:fysiotherapeut}}) "
    "keek samen met mw [[person:sambo]] naar losse kleden.",
    "Schuldhulp zonder wachtlijst\nmeneer [[person:le]] had {{duration:drie maanden}} "
    "geen post geopend.",
    "Huisbezoek bij [[person:Sandra]], de dochter van mevrouw [[person:Kok]], op "
    "[[address:Teniersstraat 8]].",
    "Op nummer [[address:12 in de Jan Steenstraat]] woont [[person:Ionela]] met haar "
    "twee kinderen.",
    "Eenzaamheid aanpakken via {{org:Welzijn Scheveningen}}: [[person:Hodan Farah]] "
    "vond er een taalmaatje.",
    "Samenwerking met {{org:Veilig Thuis}} en {{org:GGD Haaglanden}}\n"
    "[[person:Agnieszka]] belde op [[date:12-02-2025]] met [[phone:070 353 60 00]].",
    "Wijkteam {{wijk:Laak}} leert van {{wijk:Transvaal}}: [[person:Linh Nguyen]] en "
    "[[person:Joost ter Horst]] zetten samen een spreekuur op.",
    "Mantelzorg overbelast\nDe zoon, [[person:Abdirahman]], zorgt al "
    "{{duration:vijf jaar}} voor zijn moeder.",
    "Armoede en schaamte\nmw [[person:de ruiter]] vroeg niet om hulp tot haar "
    "dochter [[person:Femke]] belde.",
    "Thuisadministratie op orde\nVrijwilliger [[person:Bram Kok]] komt elke dinsdag; "
    "zie dossier [[dossier:2025-00917]].",
]


def docs() -> list[dict]:
    g = Gen(55555, FIRST_5, SUR_5, NICK_5)
    return build(TEMPLATES_5, HAND_5, g, 54, "ho5")


if __name__ == "__main__":
    write(HERE / "heldout5.jsonl", docs())

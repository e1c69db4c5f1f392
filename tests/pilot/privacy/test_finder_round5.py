"""Fifth round of adversarial examples (issue #5), written for the rules that pass them.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out set 12, in wordings of
our own: BAG house numbers with a floor code ("14B02"), lower-case Roman and letter floor
suffixes, lower-case streets after "klopt niet bij" and "nieuw adres" (also with a first
name and particles before the street, and a postcode right after), an ordinal day after
"op de" before a verb or a capitalised word, organisation names joined by "en", a bare
"nummer 12" that is no address without a street in its sentence, and names shown only by
their slot: a name offered for a role just asked about ("... een mentor? evt de vos"), the
holder after "op naam van", register order with trailing particles ("Berg, K.L. van den"),
"dhr in 't hout", lower-case first names in note slots, "naar X toe", "sinds X weg is".
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # "14B02": number, letter and a two-digit floor code as the BAG writes it
    "bag_floor": [
        "Mevrouw woont op de [[address:Hoefbladlaan 14B02]] sinds de verhuizing.",
        "Stuur de brief naar [[address:Laakkade 301C03]], [[postcode:2521 XB]] Den Haag.",
        "Nieuw adres ([[address:Moerweg 9A02]], [[postcode:2541 AA]] Den Haag) is doorgegeven.",
        "Zij verhuisde naar de [[address:Goudenregenstraat 118B01]] in {{area:Bomenbuurt}}.",
        "Bezoek aan [[address:Weimarstraat 240A04]] gepland.",
        "Hij woont sinds 2019 op de [[address:Vaillantlaan 77D01]] in {{area:Transvaal}}.",
        "Post retour van [[address:Loosduinseweg 5A11]], controleren bij de gemeente.",
        "Het adres is [[address:Elandstraat 52C02]].",
    ],
    # floor suffixes typed in lower case: Roman numbers, single letters
    "lower_floor": [
        "nieuw adres [[address:rijswijkseweg 88 ii]] vanaf volgende week",
        "klopt niet bij [[address:hobbemastraat 12-iii]]",
        "adres [[address:stationsweg 4 b]] is juist",
        "woont op [[address:zuiderparklaan 230 iv]] nu",
        "verhuisd naar [[address:beeklaan 17-ii]] met haar zoon",
        "adres: [[address:mient 9 i]]",
        "Zij woont op de [[address:Paul Krugerlaan 44 iii]] bij haar zus.",
        "Brief naar [[address:Valkenboslaan 101 a]] gestuurd.",
    ],
    # lower-case street after a cue, with a first name and particles, and a postcode after it
    "lower_street": [
        "pc [[postcode:2512 ab]] klopt niet bij [[address:mient 12-2]]",
        "pc [[postcode:2564 cd]] klopt niet bij [[address:de la reyweg 7 ii]]",
        "postcode klopt niet bij [[address:jan van riebeekstraat 14-1]]",
        "nieuw adres [[address:willem van zuylenstraat 3 b]] [[postcode:2581 kl]] nog checken",
        "nieuw adres [[address:pieter de hoochstraat 61-2]] [[postcode:3014jn]] ?? navragen",
        "pc [[postcode:3061 mv]] klopt niet bij [[address:oudedijk 20 iii]]",
        "notitie: nieuw adres [[address:anna van buerenplein 3-4]]",
        "post komt retour, klopt niet bij [[address:vaartweg 8 a]]",
        "oud adres [[address:de la sablonièrekade 19]] klopt niet meer",
        "pc [[postcode:2517 gb]] klopt niet bij [[address:stadhoudersstraat 2]]",
        "postcode: [[postcode:2288 ma]] staat fout",
        "bij [[address:van der duynstraat 5-1]] nog langs",
        # must stay: "niet bij" before a step or phase is no street
        "klopt niet bij fase 2 van het plan",
        "hoort niet bij stap 3",
    ],
    # an ordinal day after "op de" before a verb or a capitalised word
    "ordinal_day": [
        "Op de [[date:12e]] zaten de wijkagent en de {{org:GGD}} samen aan tafel.",
        "Op de [[date:3e]] stonden twee medewerkers van {{org:Staedion}} voor de deur.",
        "Op de [[date:17e]] kregen we de uitslag binnen.",
        "Op de [[date:8e]] Kwam de brief van de deurwaarder.",
        "Op de [[date:21e]] waren alle partijen aanwezig.",
        "Op de [[date:2e]] gingen we samen naar de {{org:Voedselbank}}.",
        # must stay: an ordinal that counts a visit or a floor
        "Op de 2e verdieping is het spreekuur.",
        "Bij de 3e keer deed ze open.",
        "De 2e ronde van de evaluatie volgt.",
    ],
    # organisation names joined by "en" stay whole
    "orgs_en": [
        "De zorgverzekeraar {{org:Zorg en Zekerheid}} vergoedt de behandeling.",
        "We verwijzen door naar {{org:Centrum Jeugd en Gezin}} voor opvoedsteun.",
        "Op de [[date:9e]] zaten {{org:Zorg en Zekerheid}}, {{org:Centrum Jeugd en Gezin}} en de wijkagent samen.",
        "Voor {{org:Centrum Jeugd en Gezin}} zijn kopieën nodig.",
        "Aanmaning {{org:Nidos}} ontvangen, kenmerk volgt.",
        "Inkomen: uitkering via {{org:Nidos}}.",
        "Hij is onder voogdij van {{org:Nidos}} sinds zijn aankomst.",
        "Contact gehad met {{org:Jeugd en Gezin}} over de aanmelding.",
        "post gecheckt: aanmaning {{org:Nidos}} en een brief van {{org:Zorg en Zekerheid}}",
    ],
    # a bare house number is no address unless a street is named in the same sentence
    "bare_number": [
        "Buurvrouw [[person:Fenna Dijkstra]] van nummer 40 belde ons omdat de deur openstond.",
        "Zij woont op de [[address:Lijnbaan 12]]. Buurman [[person:Kees]] van nummer 14 heeft een sleutel.",
        "Vriend [[person:Anouar]] van nummer 7 komt elke dag langs.",
        "De buren van nummer 118 klagen over geluid.",
        "Buurman [[person:Joop]] van [[address:nummer 16]], schuin tegenover [[address:Lijnbaan 12]], belde ook.",
        "Buurvrouw van [[address:nummer 3]], zelfde straat als de [[address:Kempstraat 1]], belde.",
    ],
    # a name offered for a role just asked about
    "role_offer": [
        "vraag [[person:ilse]]: heeft [[person:samira]] al een bewindvoerder? evt [[person:de vos]]",
        "heeft hij al een mentor? evt [[person:van den broek]]",
        "heeft [[person:Joost]] al een bewindvoerder? evt [[person:bos]]",
        "al een huisarts? evt [[person:jansen]]\nmorgen bellen",
        "heeft ze al een bewindvoerder? evt [[person:hendrik]] Bij de intake was dat onduidelijk.",
        "heeft [[person:Mehmet]] al een mentor? evt [[person:mw de graaf]]",
        # must stay: an offered action, a role or a relative
        "heeft hij al een bewindvoerder? evt later",
        "al een budgetcoach? evt zelf",
        "heeft ze al een bewindvoerder? evt bellen",
        "al een maatje? evt buurvrouw",
        "Wanneer bellen? evt morgen",
        "heeft ze al een mentor? evt morgen",
    ],
    # the account holder after "op naam van"
    "on_name": [
        "Rekening [[iban:NL91ABNA0417164300]] (op naam van [[person:van der meer-de wit]])",
        "De huur staat op naam van [[person:Hasan Kaya]].",
        "Het contract staat op naam van [[person:de kock]], niet van haar.",
        "Toeslag op naam van [[person:mw El Idrissi]]; navragen.",
        # must stay: a pronoun or an organisation holds it
        "Het huurcontract staat op naam van haar moeder.",
        "De rekening staat op naam van de gemeente.",
    ],
    # register order: surname, initials, trailing particles
    "register": [
        "Partner: [[person:Berg, K.L. van den]]\nWoonplaats: Den Haag",
        "Moeder: [[person:Heuvel, A. van]]",
        "dossier [[person:Van Dijk, P.J.]] sluiten na akkoord",
        "Cliënt: [[person:Brink, M. ten]]",
        "Vader: [[person:De Graaf, S.]]",
        "Overleg over [[person:Smits, R.A.]] volgt.",
    ],
    # a lower-case surname with "in 't" / "op 't" after a title or neighbour
    "titled_particle": [
        "huisbezoek dhr [[person:in 't hout]], niemand thuis",
        "mw. [[person:op 't land]] belt morgen terug",
        "buurman [[person:van 't riet]] heeft de sleutel",
        "buurvrouw [[person:in ’t veld]] heeft een sleutel",
        # must stay: where someone is
        "mw in 't ziekenhuis opgenomen",
        "hb gedaan, mw in de war",
    ],
    # lower-case first names in note slots
    "lower_slot": [
        "vraag [[person:joost]]: heeft [[person:anne-fleur]] al een afspraak?",
        "mailadres [[person:jean-luc]]: [[email:jl1980@ziggo.nl]]",
        "heeft [[person:priyanka]] nog geen uitkering?",
        "heeft [[person:wendelien]] al een bewindvoerder",
        # must stay: a pronoun or a word in the slot
        "heeft hij al een afspraak?",
        "heeft niemand al een idee?",
        "mail: volgt morgen",
    ],
    # a capitalised name someone goes to, or lost
    "gone_to": [
        "Zij mocht niet meer naar [[person:Oksana]] toe.",
        'Hij zei: "Sinds [[person:Ljuba]] weg is, eet ik slecht."',
        "Sinds [[person:Tamerlan]] overleden is, is hij alleen.",
        # must stay: a city or an organisation
        "Hij wil naar {{city:Rotterdam}} toe.",
        "Ze gaat naar de {{org:Voedselbank}} toe.",
        "Sinds Corona weg is gaat het beter.",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round5_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 80


if __name__ == "__main__":
    bad = [(cid, ex, check(ex)) for cid, ex in CASES if check(ex)]
    for cid, ex, probs in bad:
        print(cid, probs, "|", ex.replace("\n", "\\n")[:100])
    print(f"{len(CASES) - len(bad)}/{len(CASES)} pass")

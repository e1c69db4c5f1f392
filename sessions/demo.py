"""Demo sessions: the pilot's meetings from kick-off to closing."""

import datetime as dt
import json

from django.utils.text import slugify

from sessions.models import AgendaItem, Audience, SessionIndexPage, SessionKind, SessionPage

#: A typical afternoon: (hour offset, minute, title)
DEMO_AGENDA = [
    (0, 0, "Welkom en kennismaking"),
    (0, 30, "Inleiding op het onderwerp"),
    (1, 15, "Werken in groepen aan casuslessen"),
    (2, 15, "Terugkoppeling en afspraken"),
]
DEMO_MATERIAL = [
    {
        "type": "link",
        "value": {
            "title": "Pilot Samen werken in het sociale domein",
            "url": "https://www.denhaag.nl/",
        },
    },
]
KICKOFF_MINUTES = {
    "minutes": "<p>Alle sociale wijkzorgteams kwamen samen in het Atrium. De teams kozen vier thema's en de pilotgroep van twintig teamleden.</p>",
    "attendance_count": 186,
    "outcomes": "<ul><li>Vier thema's gekozen: jeugd, ouderen, huiselijk geweld en bemoeizorg.</li><li>Pilotgroep van 20 teamleden samengesteld.</li></ul>",
    "follow_up": "<ul><li>Facilitatoren plannen de startbijeenkomst begin februari.</li><li>Thematrekkers maken een eerste vragenlijst.</li></ul>",
}

#: (title, kind, (month, day, hour, minute), hours, venue, address, capacity, audience, themes)
DEMO_SESSIONS = [
    (
        "Kick-off: samen kiezen",
        SessionKind.KICKOFF,
        (11, 22, 13, 0),
        4,
        "Atrium Stadhuis",
        "Spui 70, Den Haag",
        300,
        Audience.EVERYONE,
        [],
    ),
    (
        "Startbijeenkomst pilotgroep",
        SessionKind.START,
        (2, 4, 9, 30),
        3,
        "Wijkcentrum De Kussensloop",
        "Van Ostadestraat, Den Haag",
        30,
        Audience.PILOT_GROUP,
        [],
    ),
    (
        "Workshop: vroegsignalering van schulden",
        SessionKind.WORKSHOP,
        (2, 25, 13, 30),
        3,
        "Servicepunt XL Transvaal",
        "Den Haag",
        20,
        Audience.EVERYONE,
        ["Schulden"],
    ),
    (
        "Brainstorm: zorgmijders bereiken",
        SessionKind.BRAINSTORM,
        (3, 11, 14, 0),
        2,
        "Wijkcentrum Moerwijk",
        "Den Haag",
        16,
        Audience.EVERYONE,
        ["Bemoeizorg"],
    ),
    (
        "Workshop: dementie herkennen achter de voordeur",
        SessionKind.WORKSHOP,
        (3, 25, 10, 0),
        2,
        "Servicepunt XL Mariahoeve",
        "Den Haag",
        2,
        Audience.EVERYONE,
        ["Ouderen"],
    ),
    (
        "Expertmeeting",
        SessionKind.EXPERT,
        (4, 15, 13, 0),
        4,
        "Atrium Stadhuis",
        "Spui 70, Den Haag",
        80,
        Audience.EVERYONE,
        ["Bemoeizorg", "Ouderen"],
    ),
    (
        "Afronding: lessen voor alle teams",
        SessionKind.CLOSING,
        (6, 17, 14, 0),
        3,
        "Atrium Stadhuis",
        "Spui 70, Den Haag",
        300,
        Audience.EVERYONE,
        [],
    ),
]


def load_demo_sessions(context) -> None:
    """Create the schedule under the programme, with the sessions of the pilot season."""
    programme = context.programme
    index = SessionIndexPage.objects.child_of(programme).first()
    if index is None:
        index = SessionIndexPage(
            title="Bijeenkomsten",
            slug="bijeenkomsten",
            intro="Van kick-off tot afronding: meld u aan, vind het materiaal en lees het verslag.",
            show_in_menus=True,
        )
        programme.add_child(instance=index)
        index.save_revision().publish()
    themes = getattr(context, "themes", {})
    for title, kind, (
        month,
        day,
        hour,
        minute,
    ), hours, venue, address, capacity, audience, names in DEMO_SESSIONS:
        slug = slugify(title)
        if SessionPage.objects.child_of(index).filter(slug=slug).exists():
            continue
        start = context.on(month, day, hour, minute)
        session = SessionPage(
            title=title,
            slug=slug,
            kind=kind,
            start=start,
            end=start + dt.timedelta(hours=hours),
            venue_name=venue,
            venue_address=address,
            capacity=capacity,
            registration_closes=start - dt.timedelta(days=1),
            audience=audience,
            description="<p>Een bijeenkomst van de pilot Samen werken in het sociale domein.</p>",
            material=json.dumps(DEMO_MATERIAL),
            **(KICKOFF_MINUTES if kind == SessionKind.KICKOFF else {}),
        )
        for offset, minute, item in DEMO_AGENDA[: max(2, hours)]:
            at = (start + dt.timedelta(hours=offset, minutes=minute)).timetz()
            session.agenda_items.add(AgendaItem(start_time=at.replace(tzinfo=None), title=item))
        index.add_child(instance=session)
        session.themes.set([themes[n] for n in names if n in themes])
        facilitator = getattr(context, "users", {}).get("facilitator")
        if facilitator is not None:
            session.facilitators.set([facilitator])
        session.save_revision().publish()

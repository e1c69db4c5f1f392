"""Demo case lessons: published ones (reviewed through the workflow) and one draft with findings.

Everything goes through the services, so the demo passes the same publish gate
as real lessons. Also sets up the review workflow and the participants' rights.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import Group, Permission
from django.utils.text import slugify
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

from pilot import roles
from pilot.lessons.choices import ConsentScope, EvidenceLevel, TargetGroup
from pilot.lessons.models import CaseLessonPage, LessonIndexPage, LessonReviewTask

WORKFLOW_NAME = "Casusles beoordelen"
TASK_NAME = "Beoordeling door de redactie"


def _p(*paragraphs: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


DEMO_LESSONS = [
    {
        "title": "Schulden in beeld via de huisarts",
        "author": "deelnemer3",
        "themes": ["Schulden", "Bemoeizorg"],
        "tags": ["schulden", "zorgmijding"],
        "target_group": TargetGroup.ADULTS_MULTIPROBLEM,
        "neighbourhood_type": "Naoorlogse uitbreidingswijk",
        "team": "Moerwijk",
        "show_team": True,
        "evidence_level": EvidenceLevel.SUBSTANTIATED,
        "situation": _p(
            "Een alleenstaande man van middelbare leeftijd kwam steeds vaker bij de huisarts "
            "met klachten die met stress te maken hadden. Post werd niet meer geopend en er "
            "dreigde een afsluiting van energie."
        ),
        "approach": _p(
            "De huisarts vroeg toestemming om het wijkzorgteam in te schakelen. De "
            "schuldhulpverlener ging samen met de praktijkondersteuner op huisbezoek en "
            "maakte binnen twee weken een overzicht van alle schuldeisers.",
            "Het team sprak een vaste contactpersoon af, zodat de cliënt niet steeds zijn "
            "verhaal opnieuw hoefde te doen.",
        ),
        "what_worked": _p(
            "Het eerste contact via een vertrouwde hulpverlener; samen de post openen; "
            "kleine, haalbare afspraken per week."
        ),
        "what_did_not_work": _p(
            "Een verwijzing naar het loket zonder warme overdracht: die afspraak werd niet "
            "nagekomen."
        ),
        "outcome": _p(
            "Na vier maanden liep er een schuldregeling en was de afsluiting voorkomen. De "
            "klachten bij de huisarts namen af."
        ),
        "lesson_for_others": _p(
            "Maak afspraken met huisartsen in de wijk over een korte lijn naar het team: "
            "stressklachten zijn vaak een eerste signaal van schulden."
        ),
        "transferability": [
            {
                "type": "condition",
                "value": {
                    "title": "Een vaste contactpersoon bij de huisartsenpraktijk",
                    "text": "Zonder korte lijn komt de melding te laat.",
                },
            },
        ],
        "scope": ConsentScope.PLATFORM,
    },
    {
        "title": "Eenzaamheid doorbreken met een buurtmaatje",
        "author": "deelnemer",
        "themes": ["Ouderen"],
        "tags": ["eenzaamheid", "mantelzorg"],
        "target_group": TargetGroup.ELDERLY,
        "neighbourhood_type": "Groene woonwijk met veel ouderen",
        "team": "Mariahoeve",
        "show_team": False,
        "evidence_level": EvidenceLevel.PRACTICE,
        "situation": _p(
            "Een oudere vrouw met beginnende geheugenproblemen kwam haar huis nauwelijks nog "
            "uit. Haar familie woonde ver weg en de mantelzorg liep vast."
        ),
        "approach": _p(
            "De casemanager dementie en de ouderenconsulent zochten samen met een "
            "bewonersinitiatief een vrijwilliger uit dezelfde straat. Die kwam eerst samen "
            "met de casemanager langs, daarna wekelijks alleen."
        ),
        "what_worked": _p(
            "De eerste kennismaking samen doen; een vaste dag in de week; een maatje dat "
            "zelf ook in de buurt woont."
        ),
        "what_did_not_work": _p("Een groepsactiviteit in het wijkcentrum was voor haar te druk."),
        "outcome": _p(
            "Na drie maanden ging zij weer zelf naar de markt en was de familie minder ongerust."
        ),
        "lesson_for_others": _p(
            "Begin klein en persoonlijk: een maatje uit de eigen straat werkt beter dan een "
            "activiteit verderop."
        ),
        "transferability": [
            {
                "type": "paragraph",
                "value": "<p>Werkt in elke wijk met een actief bewonersinitiatief.</p>",
            },
        ],
        "scope": ConsentScope.PLATFORM,
    },
    {
        "title": "Samen optrekken met de MEE-consulent bij een LVB",
        "author": "deelnemer2",
        "themes": ["Bemoeizorg"],
        "tags": ["LVB", "huisvesting"],
        "target_group": TargetGroup.LVB,
        "neighbourhood_type": "Vooroorlogse stadswijk",
        "team": "Schilderswijk",
        "show_team": True,
        "evidence_level": EvidenceLevel.PRACTICE,
        "situation": _p(
            "Een jonge man met een licht verstandelijke beperking dreigde zijn woning te "
            "verliezen door overlast en een huurachterstand."
        ),
        "approach": _p(
            "De MEE-consulent en de casusregisseur maakten met de woningcorporatie één plan "
            "in eenvoudige taal, met plaatjes en korte stappen."
        ),
        "what_worked": _p("Eenvoudige taal, één plan, en vaste momenten om samen te kijken."),
        "what_did_not_work": _p("Lange brieven van instanties: die bleven ongelezen."),
        "outcome": _p("De huisuitzetting werd voorkomen en de overlast nam af."),
        "lesson_for_others": _p(
            "Betrek bij een vermoeden van een LVB vroeg de MEE-consulent en schrijf het plan "
            "samen met de cliënt."
        ),
        "transferability": [],
        "scope": ConsentScope.PILOT,
    },
]

DEMO_DRAFT = {
    "title": "Conceptles: vroegsignalering in de flat",
    "author": "deelnemer2",
    "situation": _p(
        "Mevrouw Yilmaz (geboren 3 maart 1950) belde het team omdat haar buurman al dagen "
        "niet meer buiten kwam."
    ),
    "approach": _p("Het team ging langs en bel 06-12345678 voor de sleutel."),
}


def _setup_rights_and_workflow(index: LessonIndexPage) -> Workflow:
    """Participants may write lessons (add = create and edit their own); Redactie reviews.

    Participants get the `add` page permission on the lesson index, not `change`
    (which would let them open every draft) and not `publish`.
    """
    participant = Group.objects.get(name=roles.PARTICIPANT)
    add_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
    GroupPagePermission.objects.get_or_create(group=participant, page=index, permission=add_page)

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task = LessonReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = LessonReviewTask.objects.create(name=TASK_NAME)
        task.groups.set([Group.objects.get(name=roles.EDITOR)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def _fields(item: dict, context, consent_date: dt.date) -> dict:
    from pilot.programme.models import NeighbourhoodType

    team = context.teams.get(item.get("team", ""))
    return {
        "target_group": item.get("target_group", ""),
        "neighbourhood_type": NeighbourhoodType.objects.filter(
            name=item.get("neighbourhood_type", "")
        ).first(),
        "team": team,
        "show_team": item.get("show_team", False),
        "evidence_level": item.get("evidence_level", EvidenceLevel.PRACTICE),
        "situation": item.get("situation", ""),
        "approach": item.get("approach", ""),
        "what_worked": item.get("what_worked", ""),
        "what_did_not_work": item.get("what_did_not_work", ""),
        "outcome": item.get("outcome", ""),
        "lesson_for_others": item.get("lesson_for_others", ""),
        "transferability": item.get("transferability", []),
        "consent_given": "scope" in item,
        "consent_date": consent_date if "scope" in item else None,
        "consent_scope": item.get("scope", ""),
    }


def load_demo_lessons(context) -> None:
    from pilot.lessons import services
    from pilot.lessons.findings import open_findings

    index = LessonIndexPage.objects.child_of(context.programme).first()
    if index is None:
        return
    _setup_rights_and_workflow(index)
    editor = context.users["redactie"]
    themes = getattr(context, "themes", {}) or {}
    consent_date = context.on(11, 8).date()
    for item in DEMO_LESSONS:
        if CaseLessonPage.objects.child_of(index).filter(slug=slugify(item["title"])).exists():
            continue
        author = context.users[item["author"]]
        lesson = services.lesson_create(
            index=index,
            author=author,
            title=item["title"],
            fields=_fields(item, context, consent_date),
            tags=item["tags"],
            themes=[themes[name] for name in item["themes"] if name in themes],
        )
        # Demo texts are written anonymised: anything the finder still flags is a false
        # positive, dismissed with a reason (and logged) as a careful author would.
        for finding in open_findings(lesson.get_latest_revision_as_object()):
            services.finding_dismiss(
                lesson=lesson,
                key=finding.key,
                reason="Demotekst, gecontroleerd: geen gegeven over een cliënt",
                user=author,
            )
        services.lesson_submit(lesson=lesson, user=author)
        services.lesson_approve(lesson=lesson, user=editor, comment="Goed geanonimiseerd.")
        context.log.append(f"casusles gepubliceerd: {item['title']}")

    draft = DEMO_DRAFT
    if not CaseLessonPage.objects.child_of(index).filter(slug=slugify(draft["title"])).exists():
        services.lesson_create(
            index=index,
            author=context.users[draft["author"]],
            title=draft["title"],
            fields={"situation": draft["situation"], "approach": draft["approach"]},
            tags=["eenzaamheid"],
        )

"""Load a realistic demo pilot from a data file (teams, themes, roles are data).

Idempotent: everything is looked up by a natural key before it is created, so
running it twice changes nothing. Other apps add their own demo content through
the `load_demo_content` hook, which receives the `DemoContext`.
"""

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site

from pilot import roles
from pilot.programme.models import (
    District,
    Neighbourhood,
    NeighbourhoodType,
    Participant,
    ProgrammePage,
    ProgrammePhase,
    Role,
    Team,
    TeamRole,
)

DEFAULT_DATA = Path(__file__).with_name("den_haag.json")
DEMO_PASSWORD = "samen-demo-2026"  # noqa: S105  (demo only; loader refuses production)
AMS = ZoneInfo("Europe/Amsterdam")

#: Named demo accounts: username -> (first, last, group, team neighbourhood, role)
DEMO_ACCOUNTS = {
    "facilitator": ("Fenna", "Visser", roles.FACILITATOR, None, None),
    "redactie": ("Ruben", "de Graaf", roles.EDITOR, None, None),
    "professional": ("Priya", "Ramsaran", roles.PROFESSIONAL, None, None),
    "deelnemer": ("Daan", "Mulder", roles.PARTICIPANT, "Mariahoeve", "Casemanager dementie"),
    "deelnemer2": ("Dewi", "Kartosen", roles.PARTICIPANT, "Schilderswijk", "MEE-consulent"),
    "deelnemer3": ("Sem", "Hoekstra", roles.PARTICIPANT, "Moerwijk", "Schuldhulpverlener"),
}
#: Extra team members per team, so the kick-off has a realistic electorate.
MEMBERS_PER_TEAM = 3
FIRST_NAMES = ["Anouk", "Bilal", "Chantal", "Dirk", "Esra", "Fleur", "Gijs", "Hanneke", "Ilse"]
LAST_NAMES = ["Jansen", "Koç", "Lambrechts", "Meijer", "Nijhuis", "Oudshoorn", "Pinas", "Quist"]


@dataclass
class DemoContext:
    """What the demo loader made, handed to other apps' demo hooks."""

    home: Page
    programme: ProgrammePage
    data: dict[str, Any]
    users: dict[str, Any] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)
    pilot_year: int = 0
    log: list[str] = field(default_factory=list)

    def on(self, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
        """An aware datetime in the pilot's season (Nov of the pilot year to June after)."""
        year = self.pilot_year if month >= 8 else self.pilot_year + 1
        return dt.datetime(year, month, day, hour, minute, tzinfo=AMS)


def pilot_year_for(today: dt.date) -> int:
    """The year of the kick-off, chosen so that the closing (June) is still ahead."""
    return today.year if today.month >= 7 else today.year - 1


def _ensure_home() -> Page:
    """The site's home page: the host's page type under the root, made the default site."""
    from django.apps import apps

    model_name = getattr(settings, "PILOT_DEMO_HOME_MODEL", None)
    home_model = apps.get_model(model_name) if model_name else None
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    if home_model is None:
        return site.root_page if site else root.get_children().first()
    home = home_model.objects.first()
    if home is None:
        home = home_model(
            title="Samen Werken",
            slug="samen-werken",
            intro=(
                "Het kennisplatform van de sociale wijkzorgteams: thema's, bijeenkomsten, "
                "geanonimiseerde casuslessen en discussies."
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        old = site.root_page
        site.root_page = home
        site.save()
        if old.depth == 2 and old.specific_class is Page and not old.get_children().exists():
            old.delete()
    return home


def _child(parent: Page, model, slug: str, **fields) -> Page:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def load_demo(*, data_path: Path = DEFAULT_DATA, today: dt.date | None = None) -> DemoContext:
    """Load the demo pilot; refuse outside the embedded/demo settings."""
    if not getattr(settings, "SAMENWERKEN_ALLOW_DEMO_DATA", False):
        raise ImproperlyConfigured("Demogegevens laden is uitgeschakeld in productie-instellingen.")
    data = json.loads(Path(data_path).read_text(encoding="utf-8"))
    today = today or timezone.localdate()
    home = _ensure_home()

    for name in data["districts"]:
        District.objects.get_or_create(name=name)
    for name, description in data["neighbourhood_types"].items():
        NeighbourhoodType.objects.get_or_create(name=name, defaults={"description": description})
    for name, description in data["roles"].items():
        Role.objects.get_or_create(name=name, defaults={"description": description})

    teams: dict[str, Team] = {}
    for item in data["teams"]:
        hood, _ = Neighbourhood.objects.get_or_create(
            name=item["neighbourhood"],
            defaults={
                "district": District.objects.get(name=item["district"]),
                "kind": NeighbourhoodType.objects.get(name=item["kind"]),
                "profile": item["profile"],
            },
        )
        team, created = Team.objects.get_or_create(
            name=item["name"], defaults={"neighbourhood": hood}
        )
        if created:
            for order, composition in enumerate(item["roles"]):
                TeamRole.objects.create(
                    team=team,
                    role=Role.objects.get(name=composition["role"]),
                    count=composition["count"],
                    sort_order=order,
                )
        teams[item["neighbourhood"]] = team

    programme_data = data["programme"]
    year = pilot_year_for(today)
    programme = _child(
        home,
        ProgrammePage,
        slugify(programme_data["title"]),
        title=programme_data["title"],
        intro=programme_data["intro"],
        body=programme_data["body"],
        start_date=dt.date(year, 11, 1),
        end_date=dt.date(year + 1, 6, 30),
        show_in_menus=True,
    )
    context = DemoContext(home=home, programme=programme, data=data, teams=teams, pilot_year=year)
    if not programme.phases.exists():
        for order, phase in enumerate(programme_data["phases"]):
            ProgrammePhase.objects.create(
                programme=programme,
                sort_order=order,
                title=phase["title"],
                planned=phase["planned"],
                planned_date=context.on(phase["month"], phase["day"]).date(),
                description=phase["description"],
            )

    context.users = _load_accounts(teams)
    _load_lesson_index(programme)
    for fn in hooks.get_hooks("load_demo_content"):
        fn(context)
    return context


def _load_accounts(teams: dict[str, Team]) -> dict[str, Any]:
    User = get_user_model()
    password_hash = make_password(DEMO_PASSWORD)  # hashed once: fast, same for all demo users
    groups = {name: Group.objects.get(name=name) for name in roles.ALL_GROUPS}
    users: dict[str, Any] = {}

    def account(username, first, last, group, team=None, role_name=None):
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@demo.samenwerken.local",
                "password": password_hash,
            },
        )
        if created:
            user.groups.add(groups[group])
        if team is not None or group == roles.PARTICIPANT:
            Participant.objects.get_or_create(
                user=user,
                defaults={
                    "team": team,
                    "role": Role.objects.filter(name=role_name).first() if role_name else None,
                },
            )
        users[username] = user
        return user

    for username, (first, last, group, hood, role_name) in DEMO_ACCOUNTS.items():
        account(username, first, last, group, teams.get(hood) if hood else None, role_name)
    for t_index, (hood, team) in enumerate(sorted(teams.items())):
        role_names = [tr.role.name for tr in team.roles.select_related("role")]
        for n in range(MEMBERS_PER_TEAM):
            first = FIRST_NAMES[(t_index + n) % len(FIRST_NAMES)]
            last = LAST_NAMES[(t_index * 3 + n) % len(LAST_NAMES)]
            account(
                f"{slugify(hood)}-{n + 1}",
                first,
                last,
                roles.PARTICIPANT,
                team,
                role_names[n % len(role_names)] if role_names else None,
            )
    return users


def _load_lesson_index(programme: ProgrammePage) -> None:
    from pilot.lessons.models import LessonIndexPage

    index = _child(
        programme,
        LessonIndexPage,
        "casuslessen",
        title="Casuslessen",
        intro=(
            "Geanonimiseerde lessen uit casussen: wat werkte, wat niet, en wat andere teams "
            "ervan kunnen leren. Alleen voor ingelogde professionals."
        ),
        show_in_menus=True,
    )
    if not PageViewRestriction.objects.filter(page=index).exists():
        PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)

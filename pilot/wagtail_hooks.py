"""Wiring of the pilot app into Wagtail's admin: teams and their data as snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pilot.admin_panels import add_pilot_summary_panel
from pilot.programme.models import (
    District,
    Neighbourhood,
    NeighbourhoodType,
    Participant,
    Role,
    Team,
)


class TeamViewSet(SnippetViewSet):
    model = Team
    icon = "group"
    list_display = ["name", "neighbourhood", "is_active"]
    list_filter = ["is_active", "neighbourhood__district"]
    search_fields = ["name"]


class NeighbourhoodViewSet(SnippetViewSet):
    model = Neighbourhood
    icon = "site"
    list_display = ["name", "district", "kind"]
    list_filter = ["district", "kind"]


class ParticipantViewSet(SnippetViewSet):
    model = Participant
    icon = "user"
    list_display = ["__str__", "team", "role", "organisation"]
    list_filter = ["team", "role"]


class RoleViewSet(SnippetViewSet):
    model = Role
    icon = "tag"


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "globe"


class NeighbourhoodTypeViewSet(SnippetViewSet):
    model = NeighbourhoodType
    icon = "list-ul"


class TeamsGroup(SnippetViewSetGroup):
    menu_label = _("Teams")
    menu_icon = "group"
    menu_order = 250
    items = (
        TeamViewSet,
        ParticipantViewSet,
        NeighbourhoodViewSet,
        DistrictViewSet,
        NeighbourhoodTypeViewSet,
        RoleViewSet,
    )


register_snippet(TeamsGroup)
hooks.register("construct_homepage_panels", add_pilot_summary_panel)


def themes_voter_profile(user):
    """Team and district of a voter in a theme choice round (None: not in an active team)."""
    from django.core.exceptions import ObjectDoesNotExist

    try:
        team = user.participant.team
    except ObjectDoesNotExist:
        return None
    if team is None or not team.is_active:
        return None
    district = team.neighbourhood.district
    return {"team_id": team.pk, "team_name": team.name, "district": district.name}


hooks.register("themes_voter_profile", themes_voter_profile)


def themes_electorate():
    """Every active team with its member count, for turnout percentages at the kick-off."""
    from django.db.models import Count

    from pilot.programme.models import Team

    teams = (
        Team.objects.filter(is_active=True)
        .select_related("neighbourhood__district")
        .annotate(n=Count("members"))
        .order_by("name")
    )
    return [
        {
            "team_id": t.pk,
            "team_name": t.name,
            "district": t.neighbourhood.district.name,
            "members": t.n,
        }
        for t in teams
    ]


hooks.register("themes_electorate", themes_electorate)

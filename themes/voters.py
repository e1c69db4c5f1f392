"""Who may vote and who may run a round, without importing the app that knows teams.

The host (here: pilot) registers `themes_voter_profile`: `fn(user) -> {"team_id",
"team_name", "district"} | None`. A user for whom no hook returns a profile is
outside the teams and may not vote. Roles are Django groups, read by name.
"""

from typing import Any, TypedDict

from wagtail import hooks


class VoterProfile(TypedDict):
    team_id: Any
    team_name: str
    district: str


def voter_profile(user) -> VoterProfile | None:
    """The voter's team and district, from the first hook that knows the user."""
    if not getattr(user, "is_authenticated", False):
        return None
    for fn in hooks.get_hooks("themes_voter_profile"):
        profile = fn(user)
        if profile:
            return profile
    return None

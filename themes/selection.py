"""Forming the pilot group from the volunteers, after the themes are chosen.

Plain Python without Django. The rules, in order of strength:
1. never more than `max_per_team` members of one team (hard);
2. exactly `group_size` members when that many volunteers can be taken;
3. at least one member per district (stadsdeel) that has a volunteer, where
   the group is large enough;
4. volunteers who offered to work on a chosen theme (or on any theme) go
   before volunteers who only offered for themes that were not chosen;
5. every member works on exactly one chosen theme; group sizes differ by at most one;
   a member is put on a theme they did not offer for only when evenness needs it
   (or nothing they offered for has room).

Among equals the order is a lottery with a fixed seed (the round), so the same
ballots always give the same group and nobody can steer it by voting early.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Volunteer:
    voter: Hashable
    team: Hashable
    district: Hashable
    #: the themes they offered to work on; empty means "any theme"
    themes: frozenset = frozenset()


@dataclass
class Selection:
    #: voter -> chosen theme
    members: dict = field(default_factory=dict)
    #: voters picked to represent their district
    district_picks: list = field(default_factory=list)
    #: voters put on a theme they did not offer for
    against_wish: list = field(default_factory=list)


def lottery_key(seed: str, voter: Hashable) -> str:
    return hashlib.sha256(f"{seed}:{voter}".encode()).hexdigest()


def prefers_chosen(volunteer: Volunteer, chosen: Sequence) -> bool:
    return not volunteer.themes or bool(volunteer.themes.intersection(chosen))


def select_pilot_group(
    volunteers: Sequence[Volunteer],
    chosen_themes: Sequence,
    *,
    group_size: int,
    max_per_team: int | None = None,
    one_per_district: bool = True,
    seed: str = "",
) -> Selection:
    """Pick the group and assign each member one chosen theme (see module docstring)."""
    if not chosen_themes or group_size <= 0:
        return Selection()
    unique = {v.voter: v for v in volunteers}
    ordered = sorted(
        unique.values(),
        key=lambda v: (not prefers_chosen(v, chosen_themes), lottery_key(seed, v.voter)),
    )
    per_team: Counter = Counter()
    picked: list[Volunteer] = []
    picked_ids: set = set()

    def can_take(v: Volunteer) -> bool:
        return v.voter not in picked_ids and (
            max_per_team is None or per_team[v.team] < max_per_team
        )

    def take(v: Volunteer) -> None:
        picked.append(v)
        picked_ids.add(v.voter)
        per_team[v.team] += 1

    selection = Selection()
    if one_per_district:
        seen_districts: set = set()
        for v in ordered:  # best volunteer of each district, in order
            if len(picked) >= group_size:
                break
            if v.district not in seen_districts and can_take(v):
                seen_districts.add(v.district)
                take(v)
                selection.district_picks.append(v.voter)
    for v in ordered:
        if len(picked) >= group_size:
            break
        if can_take(v):
            take(v)

    selection.members, selection.against_wish = assign_themes(picked, chosen_themes)
    return selection


def assign_themes(members: Sequence[Volunteer], chosen_themes: Sequence) -> tuple[dict, list]:
    """One chosen theme per member; group sizes differ by at most one, wishes where they fit.

    Evenness is the hard rule, wishes are honoured as far as it allows:
    1. a bipartite matching on the members' wishes with floor(n/k) places per theme;
    2. themes still below floor(n/k) are filled with unplaced members (against
       their wish: the matching proved nobody left wants them);
    3. the matching again with one more place per theme, for the rest;
    4. whoever still fits nowhere goes to a smallest group.
    Augmenting paths only move people along their own wishes and never change a
    group's size except the one that gains, so earlier stages stay intact.
    """
    themes = list(chosen_themes)
    n, k = len(members), len(themes)
    if n == 0:
        return {}, []
    wishes = {m.voter: [t for t in themes if not m.themes or t in m.themes] for m in members}
    assigned: dict = {}
    holders: dict = {t: [] for t in themes}

    def augment(voter, capacity, visited) -> bool:
        for t in wishes[voter]:
            if t in visited:
                continue
            visited.add(t)
            if len(holders[t]) < capacity:
                holders[t].append(voter)
                assigned[voter] = t
                return True
            for other in list(holders[t]):
                if augment(other, capacity, visited):
                    holders[t].remove(other)
                    holders[t].append(voter)
                    assigned[voter] = t
                    return True
        return False

    def place(voter, theme) -> None:
        holders[theme].append(voter)
        assigned[voter] = theme

    floor, ceil = n // k, -(-n // k)
    for m in members:
        augment(m.voter, floor, set())
    waiting = [m.voter for m in members if m.voter not in assigned]
    for t in themes:
        while len(holders[t]) < floor and waiting:
            place(waiting.pop(0), t)
    for voter in waiting:
        augment(voter, ceil, set())
    for m in members:
        if m.voter not in assigned:
            place(m.voter, min(themes, key=lambda t: (len(holders[t]), themes.index(t))))
    against_wish = [m.voter for m in members if assigned[m.voter] not in wishes[m.voter]]
    return {m.voter: assigned[m.voter] for m in members}, against_wish

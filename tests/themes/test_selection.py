"""Pilot-group selection: size, spread and one theme per member, for any volunteers."""

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from themes.selection import Volunteer, assign_themes, prefers_chosen, select_pilot_group

THEMES = ["jeugd", "ouderen", "geweld", "bemoeizorg", "schulden", "wonen"]
TEAM_DISTRICT = {team: f"d{team % 5}" for team in range(12)}  # a team lies in one district


@st.composite
def scenarios(draw):
    n = draw(st.integers(min_value=0, max_value=60))
    volunteers = [
        Volunteer(
            voter=i,
            team=(team := draw(st.integers(0, 11))),
            district=TEAM_DISTRICT[team],
            themes=frozenset(draw(st.lists(st.sampled_from(THEMES), max_size=3))),
        )
        for i in range(n)
    ]
    chosen = draw(st.lists(st.sampled_from(THEMES), min_size=1, max_size=4, unique=True))
    size = draw(st.integers(min_value=1, max_value=25))
    cap = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=4)))
    spread = draw(st.booleans())
    seed = draw(st.text(max_size=5))
    return volunteers, chosen, size, cap, spread, seed


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_selection_honours_size_spread_and_one_theme(scenario):
    volunteers, chosen, size, cap, spread, seed = scenario
    result = select_pilot_group(
        volunteers, chosen, group_size=size, max_per_team=cap, one_per_district=spread, seed=seed
    )
    by_id = {v.voter: v for v in volunteers}
    members = result.members
    # size: exactly the group size when that many can be taken under the team cap
    per_team_available = Counter(v.team for v in volunteers)
    feasible = sum(min(n, cap) if cap else n for n in per_team_available.values())
    assert len(members) == min(size, feasible)
    # every member a volunteer, on exactly one chosen theme
    assert set(members) <= set(by_id)
    assert all(theme in chosen for theme in members.values())
    # team cap
    if cap:
        assert all(n <= cap for n in Counter(by_id[m].team for m in members).values())
    # districts: every district with a volunteer is represented when the group has room
    districts = {v.district for v in volunteers}
    if spread and len(districts) <= size:
        assert districts == {by_id[m].district for m in members}
    # theme groups as even as possible
    sizes = Counter(members.values())
    if members:
        counts = [sizes.get(t, 0) for t in chosen]
        assert max(counts) - min(counts) <= 1
    # volunteers for chosen themes first: a non-preferred member is only taken while a
    # preferred volunteer with room in their team stays out when the member represents a
    # district that has no preferred volunteer
    team_count = Counter(by_id[m].team for m in members)
    left_out = [
        v
        for v in volunteers
        if v.voter not in members
        and prefers_chosen(v, chosen)
        and (cap is None or team_count[v.team] < cap)
    ]
    if left_out:
        preferred_districts = {v.district for v in volunteers if prefers_chosen(v, chosen)}
        for m in members:
            v = by_id[m]
            if not prefers_chosen(v, chosen):
                assert m in result.district_picks
                assert v.district not in preferred_districts
    # against_wish lists exactly the members placed outside the themes they offered for
    outside = {m for m, t in members.items() if by_id[m].themes and t not in by_id[m].themes}
    assert set(result.against_wish) == outside


@settings(max_examples=100, deadline=None)
@given(scenarios())
def test_selection_is_deterministic(scenario):
    volunteers, chosen, size, cap, spread, seed = scenario
    kwargs = dict(group_size=size, max_per_team=cap, one_per_district=spread, seed=seed)
    first = select_pilot_group(volunteers, chosen, **kwargs)
    again = select_pilot_group(list(reversed(volunteers)), chosen, **kwargs)
    assert first.members == again.members


def test_the_kickoff_case_24_teams_20_members_4_themes():
    volunteers = [
        Volunteer(voter=f"{team}-{n}", team=team, district=f"d{team % 8}", themes=frozenset())
        for team in range(24)
        for n in range(3)
    ]
    result = select_pilot_group(
        volunteers, ["a", "b", "c", "d"], group_size=20, max_per_team=2, seed="r1"
    )
    assert len(result.members) == 20
    assert sorted(Counter(result.members.values()).values()) == [5, 5, 5, 5]
    assert len(result.district_picks) == 8


def test_volunteers_for_chosen_themes_go_first():
    volunteers = [
        Volunteer(voter=i, team=i, district="d", themes=frozenset({"x"})) for i in range(5)
    ]
    volunteers += [
        Volunteer(voter=10 + i, team=10 + i, district="d", themes=frozenset({"a"}))
        for i in range(3)
    ]
    result = select_pilot_group(volunteers, ["a"], group_size=3, max_per_team=1, seed="s")
    assert set(result.members) == {10, 11, 12}


def test_wishes_honoured_where_evenness_allows():
    members = [Volunteer(voter=i, team=i, district="d", themes=frozenset({"a"})) for i in range(4)]
    assigned, against = assign_themes(members, ["a", "b"])
    assert Counter(assigned.values()) == {"a": 2, "b": 2}
    assert len(against) == 2
    flexible = members[:2] + [Volunteer(voter=9, team=9, district="d", themes=frozenset({"b"}))]
    assigned, against = assign_themes(flexible, ["a", "b"])
    assert against == [] and assigned[9] == "b"


def test_not_enough_volunteers_gives_everyone_who_can_be_taken():
    volunteers = [
        Volunteer(voter=i, team=i % 2, district="d", themes=frozenset()) for i in range(10)
    ]
    result = select_pilot_group(volunteers, ["a", "b"], group_size=20, max_per_team=3, seed="")
    assert len(result.members) == 6

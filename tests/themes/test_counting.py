"""STV with Droop quota and Gregory transfers, on ballots with known outcomes."""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from themes.counting import RULE_BORDA, RULE_LOOKBACK, RULE_ORDER, count_stv, droop_quota


def ballots(*groups):
    out = []
    for count, ranking in groups:
        out.extend([tuple(ranking)] * count)
    return out


def test_droop_quota():
    assert droop_quota(240, 4) == 49
    assert droop_quota(15, 2) == 6
    assert droop_quota(0, 4) == 1


def test_majority_first_choice_is_elected_in_round_one():
    result = count_stv(ballots((6, "AB"), (3, "BA"), (4, "CB"), (2, "DC")), "ABCD", 2)
    assert result.quota == 6
    assert result.elected == ["A", "C"]
    assert [r.action for r in result.rounds] == ["elected", "eliminated", "elected"]
    assert result.rounds[1].candidates == ["D"]
    assert result.first_preferences == {"A": 6, "B": 3, "C": 4, "D": 2}
    assert result.tie_breaks == []


def test_surplus_moves_on_at_gregory_transfer_value():
    # 10 ballots, 2 seats: quota 4. A has 8: surplus 4, each A-ballot moves on at 4/8.
    result = count_stv(ballots((6, "AB"), (2, "AC"), (1, "C"), (1, "D")), "ABCD", 2)
    assert result.quota == 4
    assert result.rounds[0].candidates == ["A"]
    assert result.rounds[0].transfer_value == Fraction(1, 2)
    # B gets 6 x 1/2 = 3, C gets 1 + 2 x 1/2 = 2: nobody reaches 4, D (1) drops out
    tallies = result.rounds[1].tallies
    assert tallies["B"] == 3 and tallies["C"] == 2 and tallies["D"] == 1
    assert result.rounds[1].action == "eliminated" and result.rounds[1].candidates == ["D"]
    assert result.elected == ["A", "B"]


def test_stv_differs_from_plurality_when_transfers_matter():
    # C has the fewest first preferences; its voters prefer B over A
    result = count_stv(ballots((5, "ABC"), (4, "BAC"), (3, "CBA")), "ABC", 1)
    # quota 7; C out, B gets 3 -> B 7 beats A 5
    assert result.elected == ["B"]


def test_eliminations_in_order_then_remaining_seats_filled():
    groups = ((4, "ACB"), (1, "AD"), (2, "B"), (3, "C"), (4, "D"), (1, "E"))
    # 15 ballots, 2 seats: quota 6. Round 1: A 5, B 2, C 3, D 4, E 1 -> E out (no transfer).
    # Round 2: still nobody at 6; B 2 lowest -> out. Round 3: A 5, C 3, D 4 -> C out,
    # C's ballots: none go on. Now A 5, D 4 with 2 seats -> both elected.
    result = count_stv(ballots(*groups), "ABCDE", 2)
    assert [r.candidates for r in result.rounds if r.action == "eliminated"] == [
        ["E"],
        ["B"],
        ["C"],
    ]
    assert sorted(result.elected) == ["A", "D"]


def test_lookback_tie_break():
    # 3 candidates, 1 seat, 9 ballots: quota 5.
    # Round 1: A 4, B 3, C 2 -> C out; C's ballots: 1 to A, 1 to B -> A 5 elected.
    # Construct a tie in round 2 for elimination among B and X where round 1 differed:
    groups = ((3, "A"), (2, "BX"), (1, "XB"), (1, "Y"), (1, "YX"))
    # 8 ballots, 1 seat: quota 5. Round 1: A 3, B 2, X 1, Y 2 -> X out, goes to B: B 3.
    # Round 2: A 3, B 3, Y 2 -> Y out: one ballot exhausts, one goes to X (gone) -> exhausts.
    # Round 3: A 3, B 3 with 1 seat, 2 continuing: tie for elimination.
    # Round 1 had A 3, B 2: lookback eliminates B (lower in an earlier round).
    result = count_stv(ballots(*groups), "ABXY", 1)
    tie = result.tie_breaks[0]
    assert tie.purpose == "eliminate"
    assert set(tie.tied) == {"A", "B"}
    assert tie.chosen == "B"
    assert tie.rule == RULE_LOOKBACK
    assert result.elected == ["A"]


def test_borda_breaks_a_tie_without_history():
    # 1 seat, 4 ballots: quota 3; round 1 A 2, B 2 (nobody at quota), C 0 -> C out first
    # (no tie), then A 2 B 2 tie with the same history -> Borda: A is ranked 2nd by C-less
    # ballots more often.
    groups = ((2, "ACB"), (2, "BAC"))
    result = count_stv(ballots(*groups), "ABC", 1)
    tie = result.tie_breaks[0]
    assert tie.purpose == "eliminate" and set(tie.tied) == {"A", "B"}
    # Borda (n=3): A = 2*2 + 2*1 = 6, B = 2*2 + 0 = 4 -> B is eliminated
    assert tie.rule == RULE_BORDA
    assert tie.chosen == "B"
    assert result.elected == ["A"]


def test_fixed_order_is_the_last_resort_and_is_deterministic():
    groups = ((2, "AB"), (2, "BA"))
    for _ in range(3):
        result = count_stv(ballots(*groups), ["A", "B"], 1)
        tie = result.tie_breaks[0]
        assert tie.rule == RULE_ORDER
        # the later candidate in the fixed order is eliminated first
        assert tie.chosen == "B"
        assert result.elected == ["A"]
    flipped = count_stv(ballots(*groups), ["B", "A"], 1)
    assert flipped.elected == ["B"]


def test_tie_to_be_elected():
    # 2 seats, 9 ballots: quota 4. A 4 and B 4 both reach quota in round 1.
    groups = ((4, "AC"), (4, "BC"), (1, "C"))
    result = count_stv(ballots(*groups), "ABC", 2)
    tie = result.rounds[0].tie
    assert tie is not None and tie.purpose == "elect" and set(tie.tied) == {"A", "B"}
    assert tie.rule == RULE_ORDER and tie.chosen == "A"
    assert result.elected == ["A", "B"]


def test_empty_and_odd_input():
    empty = count_stv([], "ABC", 2)
    assert empty.elected == ["A", "B"]  # all tie at zero: the fixed order decides
    assert empty.tie_breaks[0].rule == RULE_ORDER and empty.tie_breaks[0].chosen == "C"
    result = count_stv([("A", "A", "Z", "B")], "AB", 1)  # repeats and unknowns ignored
    assert result.elected == ["A"]
    assert count_stv([("A",)], "ABC", 5).seats == 3


def test_json_snapshot_is_plain():
    import json

    result = count_stv(ballots((6, "AB"), (2, "AC"), (1, "C"), (1, "D")), "ABCD", 2)
    data = json.loads(json.dumps(result.to_json()))
    assert data["elected"] == ["A", "B"]
    assert data["rounds"][0]["transfer_value"] == 0.5


CANDS = "ABCDEF"


@st.composite
def elections(draw):
    n = draw(st.integers(min_value=2, max_value=6))
    candidates = list(CANDS[:n])
    ballots = draw(st.lists(st.permutations(candidates), max_size=40))
    seats = draw(st.integers(min_value=1, max_value=n))
    return ballots, candidates, seats


@settings(max_examples=200, deadline=None)
@given(elections())
def test_stv_invariants(election):
    ballots, candidates, seats = election
    result = count_stv(ballots, candidates, seats)
    # exactly the number of seats, no one twice, only candidates
    assert len(result.elected) == seats == len(set(result.elected))
    assert set(result.elected) <= set(candidates)
    # the order of the ballots does not matter
    assert count_stv(list(reversed(ballots)), candidates, seats).elected == result.elected
    # a candidate with at least a quota of first preferences is always elected
    for c, first in result.first_preferences.items():
        if first >= result.quota:
            assert c in result.elected
    # nobody is eliminated and elected
    eliminated = {c for r in result.rounds if r.action == "eliminated" for c in r.candidates}
    assert not eliminated & set(result.elected)

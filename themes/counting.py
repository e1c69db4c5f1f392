"""Counting a choice round: single transferable vote (STV), Droop quota, Gregory transfers.

Plain Python without Django, so it can be tested and benchmarked alone.

Why STV: every voter ranks the candidate themes; the method fills several seats
so that each chosen theme is carried by a quota of voters, and a vote for a
theme that is already elected (surplus) or that drops out moves on to the
voter's next preference instead of being lost. Transfers use Gregory's method
with exact fractions (no randomness), so recounting gives the same result.

Ties are broken deterministically, in this order:
1. look back: the candidate with the higher (or, when eliminating, lower) tally
   in the most recent earlier round in which the tied candidates differed;
2. the Borda score over all ballots (a theme ranked 1st of n scores n-1 ...);
3. the fixed order of the candidates as given (the caller sorts by title).
Every tie and the rule that decided it are recorded in the result.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

Candidate = Hashable

RULE_LOOKBACK = "lookback"
RULE_BORDA = "borda"
RULE_ORDER = "order"


@dataclass
class TieBreak:
    """A tie between candidates and the rule that decided it."""

    round_number: int
    purpose: str  # "elect" or "eliminate"
    tied: list
    chosen: Candidate
    rule: str


@dataclass
class CountRound:
    """One step of the count: the tallies and what happened."""

    number: int
    tallies: dict
    action: str  # "elected", "eliminated" or "elected-remaining"
    candidates: list
    transfer_value: Fraction | None = None
    tie: TieBreak | None = None


@dataclass
class StvResult:
    elected: list
    quota: int
    ballot_count: int
    seats: int
    candidates: list
    rounds: list[CountRound] = field(default_factory=list)
    first_preferences: dict = field(default_factory=dict)
    borda: dict = field(default_factory=dict)

    @property
    def tie_breaks(self) -> list[TieBreak]:
        return [r.tie for r in self.rounds if r.tie is not None]

    def to_json(self, key=str) -> dict:
        """A JSON-safe snapshot; candidates become `key(candidate)`, fractions floats."""

        def num(value) -> float:
            return round(float(value), 4)

        return {
            "method": "stv-droop-gregory",
            "elected": [key(c) for c in self.elected],
            "quota": self.quota,
            "ballot_count": self.ballot_count,
            "seats": self.seats,
            "candidates": [key(c) for c in self.candidates],
            "first_preferences": {key(c): v for c, v in self.first_preferences.items()},
            "borda": {key(c): v for c, v in self.borda.items()},
            "rounds": [
                {
                    "number": r.number,
                    "tallies": {key(c): num(v) for c, v in r.tallies.items()},
                    "action": r.action,
                    "candidates": [key(c) for c in r.candidates],
                    "transfer_value": None if r.transfer_value is None else num(r.transfer_value),
                    "tie": None
                    if r.tie is None
                    else {
                        "purpose": r.tie.purpose,
                        "tied": [key(c) for c in r.tie.tied],
                        "chosen": key(r.tie.chosen),
                        "rule": r.tie.rule,
                    },
                }
                for r in self.rounds
            ],
        }


def droop_quota(valid_ballots: int, seats: int) -> int:
    return valid_ballots // (seats + 1) + 1


def borda_scores(groups: dict[tuple, int], candidates: Sequence) -> dict:
    """Borda score per candidate: rank 1 of n gives n-1 points, unranked gives 0."""
    n = len(candidates)
    scores = dict.fromkeys(candidates, 0)
    for ranking, count in groups.items():
        for position, candidate in enumerate(ranking):
            scores[candidate] += (n - 1 - position) * count
    return scores


def _break_tie(tied, *, purpose, history, borda, order, round_number):
    """Pick one of `tied`: the best for 'elect', the worst for 'eliminate'."""
    pick = max if purpose == "elect" else min
    pool = list(tied)
    for tallies in reversed(history):
        target = pick(tallies[c] for c in pool)
        narrowed = [c for c in pool if tallies[c] == target]
        if len(narrowed) < len(pool):
            pool = narrowed
            if len(pool) == 1:
                return TieBreak(round_number, purpose, list(tied), pool[0], RULE_LOOKBACK)
    target = pick(borda[c] for c in pool)
    narrowed = [c for c in pool if borda[c] == target]
    if len(narrowed) == 1:
        return TieBreak(round_number, purpose, list(tied), narrowed[0], RULE_BORDA)
    pool = narrowed
    # fixed order: earlier candidates win an election, later ones are eliminated first
    positioned = sorted(pool, key=order.index)
    chosen = positioned[0] if purpose == "elect" else positioned[-1]
    return TieBreak(round_number, purpose, list(tied), chosen, RULE_ORDER)


def count_stv(ballots: Iterable[Sequence], candidates: Sequence, seats: int) -> StvResult:
    """Count ranked ballots with STV; `candidates` in their fixed tie-break order.

    A ballot is a sequence of candidates, most preferred first; unknown or
    repeated entries are ignored (the service refuses such ballots anyway).
    """
    order = list(candidates)
    known = set(order)
    groups: Counter = Counter()
    for ballot in ballots:
        ranking = tuple(ballot)
        if len(set(ranking)) != len(ranking) or not known.issuperset(ranking):
            seen: set = set()
            ranking = tuple(c for c in ranking if c in known and not (c in seen or seen.add(c)))
        if ranking:
            groups[ranking] += 1
    ballot_count = sum(groups.values())
    seats = max(0, min(seats, len(order)))
    quota = droop_quota(ballot_count, seats)
    borda = borda_scores(groups, order)
    result = StvResult(
        elected=[],
        quota=quota,
        ballot_count=ballot_count,
        seats=seats,
        candidates=order,
        borda=borda,
    )

    hopeful = set(order)
    # weights are interned: a pile entry is (ranking, ballots, weight id, position)
    weights: list[Fraction] = [Fraction(1)]
    weight_ids: dict[Fraction, int] = {Fraction(1): 0}
    piles: dict = {c: [] for c in order}
    tally: dict = dict.fromkeys(order, Fraction(0))
    for ranking, count in groups.items():
        piles[ranking[0]].append((ranking, count, 0, 0))
        tally[ranking[0]] += count
    result.first_preferences = {c: int(tally[c]) for c in order}

    def intern(weight: Fraction) -> int:
        if weight not in weight_ids:
            weight_ids[weight] = len(weights)
            weights.append(weight)
        return weight_ids[weight]

    def transfer(source, factor: Fraction) -> None:
        """Move the source's ballots to their next continuing preference at weight x factor."""
        scaled: dict[int, int] = {}
        moved: dict = defaultdict(int)  # (destination, weight id) -> ballots
        for ranking, count, wid, position in piles[source]:
            if factor != 1:
                if wid not in scaled:
                    scaled[wid] = intern(weights[wid] * factor)
                wid = scaled[wid]
            for next_position in range(position + 1, len(ranking)):
                c = ranking[next_position]
                if c in hopeful:
                    piles[c].append((ranking, count, wid, next_position))
                    moved[(c, wid)] += count
                    break
        for (c, wid), count in moved.items():
            tally[c] += weights[wid] * count
        piles[source] = []

    history: list[dict] = []
    number = 0
    while len(result.elected) < seats and hopeful:
        number += 1
        snapshot = {c: tally[c] for c in order if c in hopeful or c in result.elected}
        continuing = [c for c in order if c in hopeful]
        open_seats = seats - len(result.elected)
        if len(continuing) <= open_seats:
            rest = sorted(continuing, key=lambda c: (-tally[c], order.index(c)))
            result.elected.extend(rest)
            hopeful.clear()
            result.rounds.append(CountRound(number, snapshot, "elected-remaining", rest))
            break
        reached = [c for c in continuing if tally[c] >= quota]
        if reached:
            top = max(tally[c] for c in reached)
            tied = [c for c in reached if tally[c] == top]
            tie = None
            if len(tied) > 1:
                tie = _break_tie(
                    tied,
                    purpose="elect",
                    history=history,
                    borda=borda,
                    order=order,
                    round_number=number,
                )
                winner = tie.chosen
            else:
                winner = tied[0]
            hopeful.discard(winner)
            result.elected.append(winner)
            surplus = tally[winner] - quota
            factor = surplus / tally[winner] if tally[winner] else Fraction(0)
            if len(result.elected) < seats and surplus > 0:
                transfer(winner, factor)
            tally[winner] = Fraction(quota)
            result.rounds.append(
                CountRound(number, snapshot, "elected", [winner], transfer_value=factor, tie=tie)
            )
        else:
            bottom = min(tally[c] for c in continuing)
            tied = [c for c in continuing if tally[c] == bottom]
            tie = None
            if len(tied) > 1:
                tie = _break_tie(
                    tied,
                    purpose="eliminate",
                    history=history,
                    borda=borda,
                    order=order,
                    round_number=number,
                )
                loser = tie.chosen
            else:
                loser = tied[0]
            hopeful.discard(loser)
            transfer(loser, Fraction(1))
            tally[loser] = Fraction(0)
            result.rounds.append(
                CountRound(
                    number, snapshot, "eliminated", [loser], transfer_value=Fraction(1), tie=tie
                )
            )
        history.append(snapshot)
    return result

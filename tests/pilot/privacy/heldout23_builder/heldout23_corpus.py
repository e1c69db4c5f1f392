#!/usr/bin/env python3
"""Held-out corpus 23: knowledge-exchange platform for wijkteams after one year.
Writes heldout23.jsonl next to this script. Deterministic (random.Random(23))."""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen23 import render, strip
from hand23 import H
from pools23 import CITIES
from tpl23 import T


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def main():
    r = random.Random(23)
    cities = list(CITIES)
    marked = []
    order = list(range(len(T))) + [r.randrange(len(T)) for _ in range(77)]
    r.shuffle(order)
    while order:
        # about half the texts carry a lesson plus what was posted under it
        k = 2 if (len(order) > 1 and r.random() < 0.5) else 1
        parts = [order.pop() for _ in range(k)]
        city = "Den Haag" if r.random() < 0.65 else r.choice(cities[1:])
        sep = r.choice(["\n\n", "\n\n--- reactie ---\n", "\n\nReacties:\n", "\n\n***\n"])
        marked.append(sep.join(render(T[i], r, city) for i in parts))
    for h in H:
        marked.insert(r.randrange(len(marked) + 1), h)
    out = []
    for n, m in enumerate(marked):
        text, pii, keep = strip(m)
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (n, a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"] and s["text"] == s["text"].strip(), (
                n,
                s,
            )
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, n
        out.append({"id": "ho23-%04d" % n, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(HERE, "heldout23.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    out = main()
    from collections import Counter

    pc = Counter(s["label"] for o in out for s in o["pii"])
    kc = Counter(s["label"] for o in out for s in o["keep"])
    tot = sum(pc.values())
    words = sum(len(o["text"].split()) for o in out)
    print(len(out), "texts", words // len(out), "words avg")
    print("pii", tot, dict(pc), "person share %.2f" % (pc["person"] / tot))
    print("keep", dict(kc))

import os, json, re

HERE = os.path.dirname(os.path.abspath(__file__))
for part in [
    "part_head",
    "part1",
    "part2",
    "part3",
    "part4",
    "part5",
    "part6",
    "part7",
    "part8",
]:
    exec(open(os.path.join(HERE, part + ".py"), encoding="utf-8").read())
DROP = {13, 28, 86, 53, 47, 58, 17, 77, 71, 19}
T = [t for i, t in enumerate(T) if i not in DROP]
PARTICLES = {"de", "van", "der", "den", "el", "al", "la", "le", "ter", "te", "het"}
added = []
recs = []
for k, src in enumerate(T):
    text, pii, keep = build(src)
    # propagate person names to unmarked whole-word repeats within the same text
    cands = set()
    for s in pii:
        if s["label"] == "person":
            t = s["text"]
            if len(t) >= 3:
                cands.add(t)
            for w in re.split(r"[\s\-]+", t):
                w = w.strip(".")
                if len(w) >= 3 and w.lower() not in PARTICLES and w[0].isupper():
                    cands.add(w)
    for c in sorted(cands, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w@.])" + re.escape(c) + r"(?![\w@])", text):
            if any(s["start"] < m.end() and m.start() < s["end"] for s in pii + keep):
                continue
            pii.append(dict(start=m.start(), end=m.end(), label="person", text=c))
            added.append((k, c, text[max(0, m.start() - 25) : m.end() + 15].replace("\n", " ")))
    pii.sort(key=lambda s: s["start"])
    keep.sort(key=lambda s: s["start"])
    allsp = sorted(pii + keep, key=lambda s: s["start"])
    for s in allsp:
        assert text[s["start"] : s["end"]] == s["text"], s
    for a, b in zip(allsp, allsp[1:]):
        assert a["end"] <= b["start"], (k, a, b)
    recs.append({"id": "ho36-%04d" % k, "text": text, "pii": pii, "keep": keep})
with open(os.path.join(HERE, "heldout36.jsonl"), "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    import collections, sys

    for a in added:
        print("ADDED", a)
    pc = collections.Counter(s["label"] for r in recs for s in r["pii"])
    kc = collections.Counter(s["label"] for r in recs for s in r["keep"])
    words = sum(len(r["text"].split()) for r in recs)
    print(len(recs), "texts, avg words", words / len(recs))
    print(pc, sum(pc.values()))
    print(kc)

    # checks
    def bsn_ok(x):
        d = [int(c) for c in re.sub(r"\D", "", x)]
        return len(d) == 9 and (sum(a * w for a, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0

    def iban_ok(x):
        x = x.replace(" ", "").upper()
        x = x[4:] + x[:4]
        return int("".join(str(int(c, 36)) for c in x)) % 97 == 1

    for r in recs:
        for s in r["pii"]:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert r["pii"], r["id"]
    print("checks ok")

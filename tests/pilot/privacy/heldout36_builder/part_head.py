import json, os, random, re

R = random.Random(3636)


def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        for d9 in range(10):
            if (s - d9) % 11 == 0:
                return "".join(map(str, d + [d9]))


BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]


def iban():
    bank = R.choice(BANKS)
    acct = "".join(str(R.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    return "NL%02d%s%s" % (chk, bank, acct)


def fmt_bsn(style):
    b = bsn()
    if style == "dots":
        return b[:4] + "." + b[4:6] + "." + b[6:]
    if style == "space":
        return b[:3] + " " + b[3:6] + " " + b[6:]
    return b


def fmt_iban(style):
    x = iban()
    if style == "space":
        return " ".join(x[i : i + 4] for i in range(0, 18, 4))
    if style == "lower":
        return " ".join(x[i : i + 4] for i in range(0, 18, 4)).lower()
    return x


PII = dict(
    p="person",
    b="bsn",
    t="phone",
    e="email",
    i="iban",
    c="postcode",
    a="address",
    d="date",
    n="dossier",
)
KEEP = dict(w="wijk", o="org", r="role")
TOK = re.compile(r"\[\[(\w):(.*?)\]\]|\{\{(\w):(.*?)\}\}", re.S)


def build(src):
    out, pii, keep, pos = [], [], [], 0
    for m in TOK.finditer(src):
        out.append(src[pos : m.start()])
        pos = m.end()
        cur = len("".join(out))
        if m.group(1):
            lab, txt = PII[m.group(1)], m.group(2)
            if txt.startswith("#"):
                txt = fmt_bsn(txt[1:]) if lab == "bsn" else fmt_iban(txt[1:])
            out.append(txt)
            pii.append(dict(start=cur, end=cur + len(txt), label=lab, text=txt))
        else:
            lab, txt = KEEP[m.group(3)], m.group(4)
            out.append(txt)
            keep.append(dict(start=cur, end=cur + len(txt), label=lab, text=txt))
    out.append(src[pos:])
    return "".join(out), pii, keep


T = []

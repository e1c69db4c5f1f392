#!/usr/bin/env python3
"""Held-out corpus 112: the pilot's own register ("Samen werken in het sociale
domein"): drafts of anonymised case lessons (situatie / aanpak / wat werkte / les
voor andere teams) in which personal data slipped through, minutes of theme
meetings, MDO (multidisciplinary) notes, action lists, case-transfer notes
between teams and facilitators' summaries of workshops, structured with
headings, bullets, numbered lists and tables.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout112.jsonl next to itself.
"""

import json
import os
import re

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "z": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

# Numbers that are typed wrongly on purpose (still personal data, fail the check).
KNOWN_BAD = {"907482938", "NL23RABO2563660117"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


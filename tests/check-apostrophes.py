#!/usr/bin/env python3
# check-apostrophes.py: French text uses the typographic apostrophe (’), never the straight
# one: every msgstr of po/fr.po, and every French value of the seed (data/seed.sql, where
# SQL writes a straight one doubled). A printf flag ("%'d") is not an apostrophe.
#
# Copyright 2026 The MINUSMA Tracker authors
# SPDX-License-Identifier: GPL-3.0-or-later
import re
import sys

top = sys.argv[1]
problems = []

in_msgstr = False
with open(f"{top}/po/fr.po", encoding="utf-8") as po:
    for number, line in enumerate(po, 1):
        if line.startswith("msgstr"):
            in_msgstr = True
        elif not line.startswith('"'):
            in_msgstr = False
        if in_msgstr and "'" in re.sub(r"%'", "", line):
            problems.append(f"po/fr.po:{number}: {line.strip()}")

# Spellings of place names as files write them (camp aliases) are matched, not shown.
with open(f"{top}/data/seed.sql", encoding="utf-8") as seed:
    for number, line in enumerate(seed, 1):
        if "''" in line and "AS alias" not in line:
            problems.append(f"data/seed.sql:{number}: {line.strip()}")

for problem in problems:
    print(f"straight apostrophe in French text: {problem}")
sys.exit(1 if problems else 0)

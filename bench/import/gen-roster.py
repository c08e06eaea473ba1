#!/usr/bin/env python3
# gen-roster.py: writes a large synthetic personnel roster for the import benchmark.
#
# Copyright 2026 The MINUSMA Tracker authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: gen-roster.py ROWS OUT.csv
# Names are synthetic; camps (open ones: a closed camp would add a warning per row), categories and dates are the kinds a contingent's file carries
# (names and codes in both languages, ISO and DD/MM/YYYY dates), so the importer does its full
# validation on every row. Deterministic: the same ROWS give the same file.

import random
import sys

CAMPS = ["Gao", "Timbuktu", "Tombouctou", "Kidal", "Tessalit", "Aguelhok", "Bamako", "Mopti",
         "Sévaré", "Ansongo", "Douentza", "GAO", "Mopti-Sévaré", "Aguel'hok"]
CATEGORIES = ["troops", "Troops", "MSO", "OEM", "IPO", "FPU", "UPC", "UNV", "civilian",
              "contingent member"]
COUNTRIES = ["Chad", "Senegal", "Bangladesh", "Egypt", "Togo", "Niger", "Burkina Faso",
             "Côte d'Ivoire", "Guinea", "Germany", "Sweden", "China", "Pakistan", "Nepal"]
RANKS = ["Private", "Corporal", "Sergeant", "Lieutenant", "Captain", "Major", "Colonel",
         "Inspector", "Adjudant"]
FAMILY = ["Traoré", "Diallo", "Ndiaye", "Keïta", "Mahamat", "Rahman", "Hassan", "Müller",
          "Okafor", "Sow", "Camara", "Diarra", "Haidara", "Ouédraogo", "Zhang", "Khan"]
GIVEN = ["Awa", "Moussa", "Fatou", "Ibrahim", "Aminata", "Oumar", "Anna", "Chidi", "Sekou",
         "Mariam", "Idriss", "Li", "Ahmed", "Bineta"]


def main():
    rows = int(sys.argv[1])
    rng = random.Random(2690)
    with open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
        out.write("Personnel ID,Family name,Given name,Rank,Category,Contingent,Unit,Camp,"
                  "Planned departure,Status,Departed on\r\n")
        for i in range(rows):
            month = rng.randint(7, 12)
            day = rng.randint(1, 28)
            planned = ("2023-%02d-%02d" % (month, day)) if i % 2 else ("%02d/%02d/2023" % (day, month))
            departed = ""
            status = "deployed"
            if i % 5 == 0:
                departed = "2023-%02d-%02d" % (month, day)
                status = "departed"
            unit = "%s battalion %d, company %s" % (rng.choice(COUNTRIES), rng.randint(1, 9),
                                                   "ABCD"[i % 4])
            if "," in unit:
                unit = '"%s"' % unit
            out.write("MT-%07d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\r\n" % (
                i + 1, rng.choice(FAMILY), rng.choice(GIVEN), rng.choice(RANKS),
                rng.choice(CATEGORIES), rng.choice(COUNTRIES), unit, rng.choice(CAMPS),
                planned, status, departed))


if __name__ == "__main__":
    main()

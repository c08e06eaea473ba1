#!/usr/bin/env python3
# gen-hostile.py: writes the hostile CSV files of bench/hostile/run.
#
# Copyright 2026 The MINUSMA Tracker authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: gen-hostile.py DIR
# Deterministic. Each file is under 30 MB, the size the targets are set for:
#   wide-header.csv   a header row of 100,000 columns (the 4 required ones, then unknown ones)
#   long-cell.csv     a family name of 20,000,000 characters between two good rows
#   many-cells.csv    29 MB: rows of 1,000 one-character cells under a 1,000-column header
#   one-line.csv      29 MB on one line: a header row of 14.5 million one-character cells
#   rejects.csv       100,000 rows, every one at a camp that does not exist

import os
import sys

HEADER = "Personnel ID,Category,Contingent,Camp"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(text)


def main():
    d = sys.argv[1]
    os.makedirs(d, exist_ok=True)

    write(os.path.join(d, "wide-header.csv"),
          HEADER + "".join(",extra %d" % i for i in range(4, 100000)) + "\n"
          "W-1,MSO,Chad,Gao\nW-2,MSO,Chad,Gao\n")

    write(os.path.join(d, "long-cell.csv"),
          "Personnel ID,Family name,Category,Contingent,Camp\n"
          "L-1,Diallo,MSO,Chad,Gao\n"
          "L-2," + "x" * 20000000 + ",MSO,Chad,Gao\n"
          "L-3,Traoré,MSO,Chad,Gao\n")

    cells = ",a" * 996
    with open(os.path.join(d, "many-cells.csv"), "w", encoding="utf-8", newline="") as out:
        out.write(HEADER + "".join(",x%d" % i for i in range(996)) + "\n")
        size, i = 0, 0
        while size < 29 * 1000 * 1000:
            line = "M-%d,MSO,Chad,Gao%s\n" % (i, cells)
            out.write(line)
            size += len(line)
            i += 1

    write(os.path.join(d, "one-line.csv"), "a," * (29 * 1000 * 1000 // 2) + "a\n")

    with open(os.path.join(d, "rejects.csv"), "w", encoding="utf-8", newline="") as out:
        out.write(HEADER + "\n")
        for i in range(100000):
            out.write("R-%d,MSO,Chad,Atlantis\n" % i)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# make-csv-corpus.py: writes the awkward CSV files the importer tests read (tests/data/csv-*.csv).
#
# Copyright 2026 The MINUSMA Tracker authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The files are committed; this script says byte for byte how each was made (encodings, BOMs,
# line ends) so a case can be changed and written again: python3 make-csv-corpus.py

import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = "Personnel ID,Family name,Given name,Rank,Category,Contingent,Unit,Camp,Planned departure"
ROWS = [
    "T-001,Traoré,Awa,Captain,MSO,Senegal,Force HQ,Bamako,2023-11-15",
    "T-002,Diallo,Moussa,Sergeant,troops,Senegal,Battalion,Gao,20/11/2023",
    "T-003,Ndiaye,Fatou,Lieutenant,FPU,Senegal,FPU 1,Timbuktu,2023-12-01",
    "T-004,Keïta,Ibrahim,Inspector,IPO,Burkina Faso,UNPOL,Mopti,",
    "T-005,Müller,Anna,,UNV,Germany,Civil affairs,Kidal,2023-12-20",
]


def write(name, text, encoding="utf-8", newline="\n", bom=b"", final_newline=True):
    body = newline.join(text) + (newline if final_newline else "")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(bom + body.encode(encoding))


def main():
    basic = [HEADER] + ROWS
    write("csv-utf8.csv", basic)
    write("csv-utf8-bom.csv", basic, newline="\r\n", bom=b"\xef\xbb\xbf")
    write("csv-utf16le.csv", basic, encoding="utf-16-le", newline="\r\n", bom=b"\xff\xfe")
    write("csv-utf16be.csv", basic, encoding="utf-16-be", bom=b"\xfe\xff")
    write("csv-cp1252.csv", [l.replace(",", ";") for l in basic], encoding="cp1252", newline="\r\n")
    write("csv-crlf.csv", basic, newline="\r\n")
    write("csv-no-final-newline.csv", basic, final_newline=False)
    write("csv-tab.csv", [l.replace(",", "\t") for l in basic])
    # Semicolons with decimal commas in a column we do not know: ';' must win.
    write("csv-semicolon-decimal.csv",
          [HEADER.replace(",", ";") + ";Weight (kg)"] +
          [r.replace(",", ";") + ";%d,5" % (60 + i) for i, r in enumerate(ROWS)])
    # Quoted separators, doubled quotes, a newline inside a cell; the bad camp after it is on
    # physical line 5, column 60.
    write("csv-quoted.csv", [
        HEADER,
        'Q-001,"Smith, Jr.",John,Major,MSO,"United Kingdom","Unit ""Alpha""",Gao,2023-11-01',
        'Q-002,Dupont,Marie,Captain,IPO,France,"Line one',
        'line two",Bamako,2023-11-02',
        'Q-003,Okafor,Chidi,Private,troops,Nigeria,"Battalion, 2nd",Gaoo,2023-11-03',
    ])
    write("csv-french-headers.csv", [
        "MATRICULE;Nom;Prénom;Grade;Catégorie;Pays;Unité;Lieu;Date de départ prévue;Statut;"
        "Date de départ",
        "F-001;Traoré;Awa;Capitaine;Officiers d'état-major;Sénégal;QG Force;Tombouctou;"
        "15/11/2023;rapatrié;16/11/2023",
        "F-002;Diallo;Moussa;Sergent;Membres des contingents;Sénégal;Bataillon;Ménaka;"
        "20/11/2023;déployé;",
        "F-003;Ndiaye;Fatou;Lieutenant;UPC;Sénégal;UPC 1;gao;01/12/2023;;",
        "F-004;Sow;Ousmane;Adjudant;VNU;Mali;Appui;SEVARE;;;",
    ])
    write("csv-unknown-columns.csv", [HEADER + ",Blood type,Remarks"] +
          [r + ",O+,none" for r in ROWS[:2]])
    write("csv-missing-required.csv", [
        "Personnel ID,Family name,Contingent,Camp",
        "M-001,Traoré,Senegal,Gao",
    ])
    write("csv-duplicate-ids.csv", [HEADER, ROWS[0], ROWS[1], ROWS[0].replace("Captain", "Major")])
    write("csv-camps.csv", [
        HEADER,
        "C-001,Ali,Hassan,Major,troops,Chad,Battalion,Menaka,2023-08-20",
        "C-002,Bello,Amina,Captain,troops,Chad,Battalion,Tombouctou,2023-11-20",
        "C-003,Camara,Sekou,Sergeant,troops,Chad,Battalion,Gaoo,2023-11-20",
        "C-004,Diarra,Oumar,Private,troops,Chad,Battalion,  KIDAL ,2023-11-20",
    ])
    write("csv-bad-dates.csv", [
        HEADER,
        "D-001,Ali,Hassan,Major,troops,Chad,Battalion,Gao,31/02/2023",
        "D-002,Bello,Amina,Captain,troops,Chad,Battalion,Gao,2023-13-01",
        "D-003,Camara,Sekou,Sergeant,troops,Chad,Battalion,Gao,next week",
        "D-004,Diarra,Oumar,Private,troops,Chad,Battalion,Gao,5/9/2023",
    ])
    write("csv-empty.csv", [], final_newline=False)
    write("csv-header-only.csv", [HEADER])
    write("csv-blank-lines.csv", [HEADER, "", ROWS[0], "", "", ROWS[1], "T-006,,,,alien,Chad,,Gao,"])
    write("csv-injection.csv", [
        HEADER,
        "I-001,'=HYPERLINK(\"http://x\"),Eve,'@SUM(A1),troops,Chad,'-1+2,Gao,",
    ])
    write("csv-update.csv", [
        HEADER,
        "T-001,Traoré,Awa,Major,MSO,Senegal,Force HQ,Bamako,2023-11-15",
        "T-002,Diallo,Moussa,Sergeant,troops,Senegal,Battalion,Gao,2023-11-20",
        "T-003,Ndiaye,Fatou,Lieutenant,FPU,Senegal,FPU 2,Gao,2023-12-01",
        "T-007,Haidara,Aminata,Captain,civilian,Mali,Mission support,Bamako,",
    ])
    write("csv-categories.csv", [
        HEADER,
        "K-001,A,A,,Military staff officers,Chad,,Gao,",
        "K-002,B,B,,OEM,Chad,,Gao,",
        "K-003,C,C,,contingent member,Chad,,Gao,",
        "K-004,D,D,,Formed police units,Chad,,Gao,",
        "K-005,E,E,,Policiers hors unités constituées,Chad,,Gao,",
        "K-006,F,F,,civilian,Chad,,Gao,",
        "K-007,G,G,,UN Volunteers,Chad,,Gao,",
        "K-008,H,H,,intl-staff,Chad,,Gao,",
        "K-009,I,I,,astronaut,Chad,,Gao,",
    ])
    # No contingent column: a constant fills it (contingent = Chad).
    write("csv-no-contingent.csv", [
        "Personnel ID,Family name,Category,Camp",
        "N-001,Mahamat,troops,Kidal",
        "N-002,Idriss,troops,Tessalit",
    ])
    # Windows-1252 bytes that are not UTF-8 but a file that claims nothing: fallback.
    with open(os.path.join(HERE, "csv-cp1252-undefined.csv"), "wb") as f:
        f.write(HEADER.encode() + b"\nU-001,Bad\x81byte,A,,troops,Chad,,Gao,\n")


if __name__ == "__main__":
    main()

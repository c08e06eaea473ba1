#!/usr/bin/env python3
# check-layers.py: every #include under src/ respects the layers.
#
# Copyright 2026 The MINUSMA Tracker authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   core  <-  store  <-  model, csv, report  <-  gui  <-  main.c
#
# The build already refuses a header from a layer above (each layer's library sees only the
# include directories below it); this also catches what the include path cannot: a relative
# path ("../gui/mt-window.h"), a header of a sibling layer, and system headers that belong to
# one layer only (GTK in the GUI, SQLite and libpq in the store, libcsv in csv), and inside the
# store, only their own driver (mt-db-*.c) includes them.
#
# Usage: check-layers.py SRC_DIR        Prints one line per breach; exit status 1 if any.

import os
import re
import sys

# What each layer may include, besides itself.
BELOW = {
    "core": set(),
    "store": {"core"},
    "model": {"store", "core"},
    "csv": {"store", "core"},
    "report": {"store", "core"},
    "gui": {"model", "csv", "report", "store", "core"},
    "main": {"gui", "model", "csv", "report", "store", "core"},
}

# Headers made by the build, and the layer they belong to.
GENERATED = {"config.h": None, "mt-enum-types.h": "core", "mt-resources.h": "gui"}

# System headers only one layer may use.
SYSTEM_OWNERS = [
    (re.compile(r"^(gtk/|gdk/|adwaita\.h|libsecret/)"), "gui"),
    (re.compile(r"^(sqlite3\.h|libpq-fe\.h|libpq/)"), "store"),
    (re.compile(r"^csv\.h$"), "csv"),
]

# Inside the store, a database library is seen by its driver alone (mt-db.h is the rest of the
# store's view); the backup API of SQLite has no equivalent, so its file may see SQLite too.
DRIVER_HEADERS = [
    (re.compile(r"^(sqlite3\.h|mt-db-sqlite\.h)$"), re.compile(r"^mt-(db-sqlite|store-backup)\.[ch]$")),
    (re.compile(r"^(libpq-fe\.h|libpq/.*)$"), re.compile(r"^mt-db-pg[-a-z]*\.[ch]$")),
]

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def layer_of(src, path):
    rel = os.path.relpath(path, src)
    top = rel.split(os.sep)[0]
    if top == "main.c":
        return "main"
    return top if top in BELOW else None


def main():
    src = os.path.abspath(sys.argv[1])
    owner = {}  # header name -> layer
    sources = []
    for dirpath, _, names in os.walk(src):
        for name in names:
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(dirpath, name)
            layer = layer_of(src, path)
            if layer is None:
                print(f"{os.path.relpath(path, src)}: a file outside the layers")
                continue
            sources.append((path, layer))
            if name.endswith(".h"):
                if name in owner and owner[name] != layer:
                    print(f"{os.path.relpath(path, src)}: header name used in two layers")
                owner[name] = layer
    owner.update({k: v for k, v in GENERATED.items() if v is not None})

    breaches = 0
    for path, layer in sorted(sources):
        rel = os.path.relpath(path, src)
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                kind, name = m.groups()
                problem = None
                if kind == "<":
                    for pattern, only in SYSTEM_OWNERS:
                        if pattern.search(name) and layer not in (only, "main"):
                            problem = f"<{name}> belongs to {only}/ only"
                elif "/" in name:
                    problem = f'"{name}": a path; include a layer\'s header by its name'
                elif name in GENERATED and GENERATED[name] is None:
                    pass
                elif name not in owner:
                    problem = f'"{name}": no such header under src/'
                elif owner[name] != layer and owner[name] not in BELOW[layer]:
                    problem = f'"{name}" is in {owner[name]}/, which {layer}/ may not see'
                for pattern, files in DRIVER_HEADERS:
                    if not problem and pattern.search(name) and not files.search(os.path.basename(path)):
                        problem = f"{name}: only its database driver may include it"
                if problem:
                    breaches += 1
                    print(f"{rel}:{number}: {problem}")

    print(f"{len(sources)} files read, {breaches} breaches of the layers")
    return 1 if breaches else 0


if __name__ == "__main__":
    sys.exit(main())

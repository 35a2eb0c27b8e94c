#!/usr/bin/env python3
# Extracts the text of routine files (names, summaries, key points, tips, red flags, cautions,
# side words) into a POT whose msgctxt names the field: "si_joint/side_plank/key_points/2".
# The player looks each string up by the same context (app/core/routine_translate.cpp).
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import pathlib
import sys

ROUTINE_TEXTS = ["title", "summary"]
ROUTINE_LISTS = ["about", "tips", "prevention", "red_flags"]
ROUTINE_TAIL = ["disclaimer"]
EXERCISE_TEXTS = ["name", "summary", "why"]  # side_label is a keyword: app/core/cue_text.cpp words it
EXERCISE_LISTS = ["key_points", "equipment", "target_muscles", "cautions"]


def fields(routine):
    """(context, English) for every translatable string, in file order."""
    rid = routine.get("id", "")
    for key in ROUTINE_TEXTS:
        if routine.get(key):
            yield f"{rid}/{key}", routine[key]
    for key in ROUTINE_LISTS:
        for i, text in enumerate(routine.get(key, [])):
            yield f"{rid}/{key}/{i}", text
    for key in ROUTINE_TAIL:
        if routine.get(key):
            yield f"{rid}/{key}", routine[key]
    for e in routine.get("exercises", []):
        eid = e.get("id", "")
        for key in EXERCISE_TEXTS:
            if e.get(key):
                yield f"{rid}/{eid}/{key}", e[key]
        for key in EXERCISE_LISTS:
            for i, text in enumerate(e.get(key, [])):
                yield f"{rid}/{eid}/{key}/{i}", text


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


HEADER = '''# The content of matside's shipped routines, for translators.
# Regenerate with `cmake --build build --target pot`; do not edit by hand.
#
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: matside\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"

'''


def pot_text(files):
    out = [HEADER]
    for path in files:
        routine = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        for context, text in fields(routine):
            out.append(f"#: data/{pathlib.Path(path).name}\nmsgctxt {quote(context)}\nmsgid {quote(text)}\nmsgstr \"\"\n\n")
    return "".join(out).rstrip("\n") + "\n"


if __name__ == "__main__":
    sys.stdout.write(pot_text(sys.argv[1:]))

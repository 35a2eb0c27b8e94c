#!/usr/bin/env python3
# The catalogues in po/: each passes `msgfmt --check`, each covers its template completely
# (every message translated, nothing fuzzy, nothing left over), and the templates match ones
# regenerated from the sources now.
# SPDX-License-Identifier: GPL-3.0-or-later
import pathlib
import re
import subprocess
import sys

PO = pathlib.Path(sys.argv[1])
failures = []


def field(block, name):
    """The text of `name` in a PO entry, its continuation lines joined; None when absent."""
    lines = block.splitlines()
    for i, line in enumerate(lines):
        if line.startswith(name + " "):
            parts = [line[len(name) + 1:]]
            for l in lines[i + 1:]:
                if not l.startswith('"'):
                    break
                parts.append(l)
            return "".join(p.strip()[1:-1] for p in parts)
    return None


def entries(path):
    """The (msgctxt, msgid) keys of a PO file, header left out; and which are fuzzy."""
    keys, fuzzy = set(), []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        ctx, mid = field(block, "msgctxt"), field(block, "msgid")
        if mid is None or (mid == "" and ctx is None):
            continue
        key = (ctx, mid)
        keys.add(key)
        if re.search(r"^#,.*\bfuzzy\b", block, re.M):
            fuzzy.append(key)
    return keys, fuzzy


languages = [l.strip() for l in (PO / "LINGUAS").read_text().splitlines() if re.match(r"^[a-z]", l)]
for template, folder in (("matside.pot", PO), ("routines.pot", PO / "routines")):
    wanted, _ = entries(PO / template)
    for lang in languages:
        po = folder / f"{lang}.po"
        run = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            failures.append(f"{po}: msgfmt --check failed:\n{run.stderr}")
            continue
        stats = run.stderr.strip()
        if "fuzzy" in stats or "untranslated" in stats:
            failures.append(f"{po}: not complete: {stats}")
        have, fuzzy = entries(po)
        for key in sorted(wanted - have, key=str)[:10]:
            failures.append(f"{po}: missing {key}")
        for key in sorted(have - wanted, key=str)[:10]:
            failures.append(f"{po}: not in {template} (remove it): {key}")
        for key in fuzzy[:10]:
            failures.append(f"{po}: fuzzy {key}")

run = subprocess.run([sys.executable, str(PO / "update_pot.py"), "--check"], capture_output=True, text=True)
if run.returncode != 0:
    failures.append(run.stdout + run.stderr)

for f in failures:
    print(f)
sys.exit(1 if failures else 0)

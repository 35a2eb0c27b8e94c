#!/usr/bin/env python3
# Regenerates po/matside.pot (xgettext over app/) and po/routines.pot (our extractor over the
# shipped routines); --check compares them with the files in the repo instead of writing.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The translation calls of app/i18n/tr.h; keep in step with it.
KEYWORDS = ["--keyword=tr", "--keyword=trn:1,2", "--keyword=trc:1c,2", "--keyword=N_"]


def interface_pot(out):
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*")
                     if p.suffix in (".cpp", ".h"))
    subprocess.run(["xgettext", "--language=C++", "--from-code=UTF-8", "--add-comments=TRANSLATORS:",
                    "--add-location=file", "--sort-by-file", "--package-name=matside",
                    "--msgid-bugs-address=https://matside.invalid/issues", "-o", str(out)] + KEYWORDS + sources,
                   cwd=ROOT, check=True)


def routine_files():
    """The shipped routines: data/*.json that hold exercises (not the schema)."""
    return [p for p in sorted((ROOT / "data").glob("*.json"))
            if isinstance(json.loads(p.read_text(encoding="utf-8")).get("exercises"), list)]


def main():
    check = "--check" in sys.argv[1:]
    sys.path.insert(0, str(ROOT / "po"))
    import extract_routines
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {"matside.pot": pathlib.Path(tmp) / "matside.pot", "routines.pot": pathlib.Path(tmp) / "routines.pot"}
        interface_pot(fresh["matside.pot"])
        fresh["routines.pot"].write_text(extract_routines.pot_text(routine_files()))
        stale = []
        for name, path in fresh.items():
            new = strip_date(path.read_text())
            target = ROOT / "po" / name
            old = strip_date(target.read_text()) if target.exists() else None
            if check:
                if old != new:
                    stale.append(name)
            else:
                target.write_text(path.read_text())
        if stale:
            print("po/%s is out of date with the sources: run `cmake --build build --target pot`" % ", po/".join(stale))
            return 1
    return 0


def strip_date(text):
    return "\n".join(l for l in text.splitlines() if not l.startswith('"POT-Creation-Date:'))


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# Where a window test should click: the centre of the last rectangle the player reported
# (MATSIDE_REPORT_TEXT_BOXES) under WHAT, waiting up to 10 s for it to appear in sight.
# SPDX-License-Identifier: GPL-3.0-or-later
import json, sys, time

report, what = sys.argv[1], sys.argv[2]
deadline = time.time() + 10
while time.time() < deadline:
    found = None
    try:
        with open(report, encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                if entry.get("what") == what:
                    d, b = entry["drawn"], entry["box"]
                    x, y = (d[0] + d[2]) / 2, (d[1] + d[3]) / 2
                    # Only where it can be clicked: inside the box it is drawn in (not scrolled away).
                    found = (x, y) if b[0] <= x <= b[2] and b[1] <= y <= b[3] else None
    except OSError:
        pass
    if found:
        print(int(found[0]), int(found[1]))
        sys.exit(0)
    time.sleep(0.1)
sys.stderr.write("find_box: no '%s' in %s\n" % (what, report))
sys.exit(1)

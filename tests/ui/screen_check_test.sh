#!/usr/bin/env bash
# matside_screen_check on real screenshots: each screen is recognised as itself and refused
# as the other, and a blank frame is refused as both.
# Usage: screen_check_test.sh XVFB_RUN MATSIDE MATSIDE_SCREEN_CHECK
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
xvfb_run=$1 matside=$2 check=$3
dir=$(mktemp -d "${TMPDIR:-/tmp}/matside-screencheck-XXXXXX")
trap 'rm -rf "$dir"' EXIT
export HOME="$dir/home" XDG_DATA_HOME="$dir/home/data" XDG_CONFIG_HOME="$dir/home/config" MATSIDE_NO_INTRO=1
mkdir -p "$HOME"
fail() { echo "FAIL: $*"; exit 1; }
shot() { # FILE EVENTS: a 1280x800 screenshot of the default routine
  "$xvfb_run" -a -s "-screen 0 1280x800x24" "$matside" play --size 1280x800 ${2:+--events "$2"} \
    --exit-after 1.2 --screenshot "$1" >/dev/null 2>"$dir/err" || { cat "$dir/err"; fail "play failed"; }
}
shot "$dir/ready.png" ""
shot "$dir/work.png" "0:start,0.2:next"
"$check" "$dir/ready.png" ready || fail "the ready screen was not recognised"
"$check" "$dir/work.png" work || fail "the work screen was not recognised"
! "$check" "$dir/ready.png" work 2>/dev/null || fail "the ready screen passed as the work screen"
! "$check" "$dir/work.png" ready 2>/dev/null || fail "the work screen passed as the ready screen"
# A blank frame of the ready screen's background colour (edges right, no text) and an empty
# file are refused.
printf '<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="800"><rect width="1280" height="800" fill="rgb(22,25,31)"/></svg>' >"$dir/blank.svg"
rsvg-convert --format png --output "$dir/blank.png" "$dir/blank.svg"
: >"$dir/empty.png"
! "$check" "$dir/blank.png" ready 2>"$dir/err" || fail "a blank frame passed as the ready screen"
grep -q "almost no text" "$dir/err" || fail "a blank frame was refused for the wrong reason: $(cat "$dir/err")"
! "$check" "$dir/empty.png" ready 2>/dev/null || fail "an empty file passed as the ready screen"
echo "ok"

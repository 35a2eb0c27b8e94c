#!/usr/bin/env bash
# Checks the built .deb as a distribution would: lintian (no error, no warning that is not
# listed in lintian-allowed with its reason), the AppStream metainfo (appstreamcli --strict),
# the .desktop file (desktop-file-validate), and the man page (man and groff with warnings
# on, and a section for every subcommand `matside --help` lists).
# Usage: distribution_checks.sh BUILD_DIR SOURCE_DIR
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
build="$(cd "$1" && pwd)"
source_dir="$(cd "$2" && pwd)"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/matside-distcheck-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() { echo "FAIL: $*"; echo "FAIL: $*" >&2; failures=$((failures + 1)); }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log" >&2; echo "FAIL: cpack -G DEB failed" >&2; exit 1; }
deb=$(ls "$scratch"/out/*.deb | head -n1)
root="$scratch/root"
dpkg -x "$deb" "$root"
echo "package: $(basename "$deb")"

# 1. lintian. Tags print as "E: matside: tag [details]"; E and W are the levels shown by
# default. A warning may stay only when lintian-allowed names it (one tag a line, then why).
allowed=$(awk '!/^#/ && NF {print $1}' "$source_dir/tests/packaging/lintian-allowed")
rc=0
lintian --tag-display-limit 0 "$deb" >"$scratch/lintian.txt" 2>"$scratch/lintian.err" || rc=$?
cat "$scratch/lintian.txt"
while read -r level _pkg tag rest; do
  case "$level" in
    E:) fail "lintian error: $tag $rest" ;;
    W:) grep -qxF "$tag" <<<"$allowed" || fail "lintian warning not listed in tests/packaging/lintian-allowed: $tag $rest" ;;
  esac
done <"$scratch/lintian.txt"
# lintian exits 1 for error tags (reported above); any other failure means it could not check.
if [[ $rc -ne 0 ]] && ! grep -q '^E: ' "$scratch/lintian.txt"; then
  cat "$scratch/lintian.err" >&2
  fail "lintian could not check the package (exit $rc)"
fi

# 2. AppStream metadata. --no-net: the build machine cannot reach the network, so URLs
# (the screenshot) are checked for their form, not fetched.
metainfo=$(ls "$root"/usr/share/metainfo/*.metainfo.xml 2>/dev/null | head -n1)
if [[ -z "$metainfo" ]]; then
  fail "no AppStream metainfo in usr/share/metainfo"
else
  id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo")
  [[ "$(basename "$metainfo")" == "$id.metainfo.xml" ]] || fail "metainfo file is not named after its id $id"
  appstreamcli validate --strict --no-net --pedantic "$metainfo" || fail "appstreamcli validate --strict rejects $(basename "$metainfo")"
  grep -q "<launchable type=\"desktop-id\">matside.desktop</launchable>" "$metainfo" \
    || fail "metainfo does not launch matside.desktop"
fi

# 3. The desktop file, and the icon it names at every hicolor size.
desktop="$root/usr/share/applications/matside.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects matside.desktop"
grep -qx 'MimeType=application/x-matside;application/x-matside-routine+json;' "$desktop" \
  || fail "matside.desktop does not name the .matside and routine file types"
grep -q '^Exec=matside play %f$' "$desktop" || fail "matside.desktop does not pass the opened file to play"
# The MIME types: a database built from the installed XML alone must map *.matside and
# recognise a shipped routine by its content (what a file manager does).
mimexml="$root/usr/share/mime/packages/matside.xml"
if [[ ! -f "$mimexml" ]]; then
  fail "no usr/share/mime/packages/matside.xml"
else
  mkdir -p "$scratch/mime/packages"
  cp "$mimexml" "$scratch/mime/packages/"
  update-mime-database "$scratch/mime" 2>"$scratch/mime.err" || fail "update-mime-database: $(cat "$scratch/mime.err")"
  grep -q '^50:application/x-matside:\*\.matside$' "$scratch/mime/globs2" || fail "*.matside is not application/x-matside"
  grep -q 'application/x-matside-routine+json' "$scratch/mime/magic" \
    || fail "no content rule for application/x-matside-routine+json"
  head -c 16 "$source_dir/data/si_joint.json" | grep -q '"format": 1,' \
    || fail "data/si_joint.json no longer starts with what the MIME rule looks for"
fi
for size in 16 22 24 32 48 64 128 256 512; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/matside.png"
  if [[ ! -f "$png" ]]; then
    fail "no ${size}x${size} icon"
  else
    dims=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png")
    [[ "$dims" == "${size}x${size}" ]] || fail "the ${size}x${size} icon is $dims"
  fi
done

# 4. The man page: compressed with gzip -9n, renders without a warning, names every command.
man_gz="$root/usr/share/man/man1/matside.1.gz"
if [[ ! -f "$man_gz" ]]; then
  fail "no man page usr/share/man/man1/matside.1.gz"
else
  # gzip -n: no file name (FLG bit 3) and no time stamp (bytes 4-7) in the header.
  header=$(od -An -tx1 -N8 "$man_gz" | tr -d ' \n')
  [[ "${header:6:2}" == "00" && "${header:8:8}" == "00000000" ]] || fail "matside.1.gz is not gzip -n (header $header)"
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$man_gz" 2>&1 >/dev/null || true)
  [[ -z "$warnings" ]] || fail "man --warnings: $warnings"
  warnings=$(zcat "$man_gz" | groff -ww -man -Tutf8 -z 2>&1 || true)
  [[ -z "$warnings" ]] || fail "groff -ww: $warnings"
  page=$(zcat "$man_gz" | LC_ALL=C.UTF-8 MANWIDTH=80 man -l - 2>/dev/null | col -b)
  commands=$("$root/usr/bin/matside" --help | awk '/^Subcommands:/ {on=1; next} on && NF {print $1}')
  [[ -n "$commands" ]] || fail "matside --help lists no subcommands"
  for c in $commands; do
    grep -qE "^       matside \\[?$c\\b" <<<"$page" || fail "the man page's synopsis lacks 'matside $c'"
    grep -qE "^       $c\b" <<<"$page" || fail "the man page's COMMANDS section lacks '$c'"
  done
fi

# 5. The copyright file is machine-readable and the changelog is where lintian looks.
copyright="$root/usr/share/doc/matside/copyright"
head -n1 "$copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
  || fail "copyright file is not in the machine-readable format"
[[ -f "$root/usr/share/doc/matside/changelog.Debian.gz" ]] || fail "no changelog.Debian.gz"

if [[ $failures -gt 0 ]]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "lintian, appstreamcli, desktop-file-validate, man and groff: all clean"

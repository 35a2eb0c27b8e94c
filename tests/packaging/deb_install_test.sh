#!/usr/bin/env bash
# Builds the Debian package with cpack, unpacks it into a scratch root with dpkg -x and runs
# the unpacked matside from there. Proves the installed binary uses the installed data and
# assets, not the source tree it was built from, and that Depends covers what it links.
# Usage: deb_install_test.sh BUILD_DIR
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
build="$(cd "$1" && pwd)"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/matside-deb-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*"; echo "FAIL: $*" >&2; exit 1; }

# Nothing may point back at the source tree.
unset MATSIDE_DATA_ROOT MATSIDE_ASSETS_DIR
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config"
mkdir -p "$HOME"

# 1. The package.
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$scratch"/out/*.deb 2>/dev/null | head -n1)
[[ -f "$deb" ]] || fail "cpack made no .deb in $scratch/out"
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# 2. Depends names the owner of every library the binary links directly.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
root="$scratch/root"
dpkg -x "$deb" "$root"
exe="$root/usr/bin/matside"
[[ -x "$exe" ]] || fail "no executable usr/bin/matside in the package"
# ldconfig lives in /sbin, which a non-root PATH does not include. Its cache is read once
# into a file: under `set -o pipefail`, a reader that stops early (awk's exit, grep -q) would
# kill the writer with SIGPIPE and fail the whole script at random.
ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
[[ -x "$ldconfig" ]] || fail "no ldconfig to resolve the linked libraries"
"$ldconfig" -p >"$scratch/ldcache"
depends_list=" $(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//' | tr '\n' ' ')"
for lib in $(objdump -p "$exe" | awk '/NEEDED/ {print $2}'); do
  path=$(awk -v l="$lib" '$1 == l && /x86-64|x86_64/ && !p {p = $NF} END {print p}' "$scratch/ldcache")
  [[ -n "$path" ]] || path=$(awk -v l="$lib" '$1 == l && !p {p = $NF} END {print p}' "$scratch/ldcache")
  [[ -n "$path" ]] || fail "cannot find $lib on this system"
  owner=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path" 2>/dev/null || true)
  owner=${owner%%:*}
  [[ -n "$owner" ]] || fail "no Debian package owns $path ($lib)"
  case "$owner" in
    libasan*|libubsan*) continue ;;  # the sanitized test build links these; a release does not
  esac
  [[ "$depends_list" == *" $owner "* ]] || fail "$lib comes from $owner, which Depends lacks"
done

# 3. The desktop files are where a desktop looks for them.
for f in usr/share/applications/matside.desktop \
         usr/share/icons/hicolor/256x256/apps/matside.png \
         usr/share/icons/hicolor/scalable/apps/matside.svg \
         usr/share/matside/data/si_joint.json \
         usr/share/matside/data/routine.schema.json \
         usr/share/matside/assets/illustrations/side_plank_start.png; do
  [[ -f "$root/$f" ]] || fail "package lacks $f"
done
grep -q '^Exec=matside' "$root/usr/share/applications/matside.desktop" || fail "desktop file does not run matside"
grep -q '^Icon=matside$' "$root/usr/share/applications/matside.desktop" || fail "desktop file has no Icon=matside"

# 4. Validate and plan run from the scratch root, away from the source tree.
cd "$scratch"
routine="$root/usr/share/matside/data/si_joint.json"
out=$("$exe" validate "$routine") || fail "validate failed: $out"
echo "$out"
[[ "$out" == "$routine: ok (7 exercises, "*")" ]] || fail "unexpected validate output: $out"

plan=$("$exe" plan --json) || fail "plan --json failed"
title=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["routine"])' <<<"$plan")
[[ "$title" == "SI joint: full programme" ]] || fail "plan --json printed routine '$title'"

# 4b. The catalogues are installed and the installed binary finds them (issue 16), in a
#     clean environment whose locale is C: LANGUAGE alone must be enough.
for lang in de es fr; do
  for domain in matside matside-routines; do
    f=usr/share/locale/$lang/LC_MESSAGES/$domain.mo
    [[ -f "$root/$f" ]] || fail "package lacks $f"
  done
done
german=$(env -i LANGUAGE=de "$exe" plan) || fail "plan in German failed"
grep -q "Dehnung der hinteren Oberschenkel" <<<"$german" || fail "installed matside did not read its German catalogues: $german"

# 5. Proof that those answers came from the scratch root: change the installed copies and
#    watch the output follow (the source tree is untouched, so it cannot be the origin).
sed -i 's/"title": "SI joint: full programme"/"title": "Installed copy"/' "$routine"
title=$("$exe" plan --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["routine"])')
[[ "$title" == "Installed copy" ]] || fail "plan read its default routine elsewhere (title '$title')"

rm "$root/usr/share/matside/assets/illustrations/side_plank_start.png"
if err=$("$exe" validate "$routine" 2>&1); then
  fail "validate still found side_plank_start.png after it was removed from the installed assets: $err"
fi
grep -q "side_plank_start.png" <<<"$err" || fail "validate did not name the missing picture: $err"
echo "ok: installed matside uses $root/usr/share/matside"

#!/usr/bin/env python3
# Keeps the reference pages honest against the code they describe:
#   check_docs.py schema SCHEMA PAGE     every property of the routine schema is named in PAGE
#   check_docs.py examples MATSIDE PAGE  runs PAGE's tested examples and compares their output
#   check_docs.py keys KEYMAP PAGE       every key app/ui/keymap.cpp labels is in PAGE's key table
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A tested example is a fenced block whose info string is `console`:
#     $ matside validate data/si_joint.json      <- a command (run by sh, from the source tree)
#     data/si_joint.json: ok (7 exercises, 23:10) <- what it prints (stdout, then stderr)
#     ...                                         <- any number of lines
#     matside simulate: recorded session 1 in ...  <- a line that starts so
#     [exit 1]                                    <- the exit code, when it is not 0
# `matside` is the built binary; history and settings go to a fresh folder for each page.
# A fenced block right after `<!-- same as PATH -->` must be PATH's text, byte for byte.
import json, os, re, subprocess, sys, tempfile


def schema_properties(node, found):
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            found.add(name)
            schema_properties(sub, found)
        for key, sub in node.items():
            if key != "properties":
                schema_properties(sub, found)
    elif isinstance(node, list):
        for sub in node:
            schema_properties(sub, found)
    return found


def check_schema(schema_path, page_path):
    with open(schema_path, encoding="utf-8") as f:
        props = schema_properties(json.load(f), set())
    with open(page_path, encoding="utf-8") as f:
        page = f.read()
    missing = sorted(p for p in props if "`" + p + "`" not in page)
    for p in missing:
        print(f"{page_path}: the schema's property `{p}` is not described (write it as `{p}`)", file=sys.stderr)
    print(f"{len(props) - len(missing)} of {len(props)} schema properties are described in {page_path}")
    return 1 if missing else 0


def examples(page_text):
    """Yield (line number, command, expected lines, expected exit code) per `$ ` command."""
    in_block = False
    current = None
    for number, line in enumerate(page_text.splitlines(), 1):
        if line.startswith("```"):
            if in_block and current:
                yield current
            current = None
            in_block = (not in_block) and line.strip() == "```console"
            continue
        if not in_block:
            continue
        if line.startswith("$ "):
            if current:
                yield current
            current = [number, line[2:], [], 0]
        elif current and re.fullmatch(r"\[exit (\d+)\]", line):
            current[3] = int(re.fullmatch(r"\[exit (\d+)\]", line).group(1))
        elif current:
            current[2].append(line)


def line_matches(expected, actual):
    """A line ending in '...' matches any line that starts with the rest of it."""
    if expected.endswith("...") and expected != "...":
        return actual.startswith(expected[:-3])
    return expected == actual


def matches(expected, actual):
    """Line by line; a line '...' stands for any number of lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and line_matches(expected[0], actual[0]) and matches(expected[1:], actual[1:])


def copied_files(page_text):
    """Yield (line number, path, block text) for each block announced as a copy of a file."""
    lines = page_text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        m = re.fullmatch(r"<!-- same as (\S+) -->\s*", line)
        if m and i + 1 < len(lines) and lines[i + 1].startswith("```"):
            end = next(j for j in range(i + 2, len(lines)) if lines[j].startswith("```"))
            yield i + 1, m.group(1), "".join(lines[i + 2:end])


def check_examples(matside, page_path, source_dir):
    with open(page_path, encoding="utf-8") as f:
        text = f.read()
    failures = 0
    count = 0
    for number, rel, block in copied_files(text):
        count += 1
        with open(os.path.join(source_dir, rel), encoding="utf-8") as f:
            if f.read() != block:
                failures += 1
                print(f"{page_path}:{number}: the block differs from {rel}; copy the file into the page again",
                      file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="matside-docs-") as home:
        bin_dir = os.path.join(home, "bin")
        os.mkdir(bin_dir)
        os.symlink(os.path.abspath(matside), os.path.join(bin_dir, "matside"))
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""), HOME=home,
                   XDG_DATA_HOME=os.path.join(home, "data"), XDG_CONFIG_HOME=os.path.join(home, "config"),
                   LC_ALL="C.UTF-8", TZ="UTC")
        env.pop("MATSIDE_DATA_DIR", None)
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        for number, command, expected, code in examples(text):
            count += 1
            run = subprocess.run(["sh", "-c", command], cwd=source_dir, env=env, capture_output=True,
                                 text=True, timeout=60)
            actual = (run.stdout + run.stderr).splitlines()
            if run.returncode != code or not matches(expected, actual):
                failures += 1
                print(f"{page_path}:{number}: $ {command}\n  expected exit {code}, got {run.returncode}\n"
                      "  expected:\n    " + "\n    ".join(expected) + "\n  got:\n    " + "\n    ".join(actual),
                      file=sys.stderr)
    print(f"{count - failures} of {count} examples in {page_path} print what the page says")
    return 1 if failures or count == 0 else 0


def keymap_labels(keymap_text):
    """The labels of the key table's rows (the 4th field), as the Help overlay shows them."""
    labels = []
    for m in re.finditer(r'^\s*\{NamedKey::\w+, [^,]+, [^{}]*?, "((?:[^"\\]|\\.)*)", (?:"|nullptr)', keymap_text, re.M):
        label = m.group(1).encode("latin-1").decode("unicode_escape").encode("latin-1").decode("utf-8")
        labels.append(label)
    return labels


def check_keys(keymap_path, page_path):
    with open(keymap_path, encoding="utf-8") as f:
        labels = keymap_labels(f.read())
    with open(page_path, encoding="utf-8") as f:
        rows = [line for line in f if line.startswith("| ")]
    # The first column of the page's "| key | what it does |" table, split into its keys.
    keys = set()
    for row in rows:
        first = row.split("|")[1].strip()
        keys.update(k.strip() for k in re.split(r" or | / |, ", first))
    missing = [label for label in labels if label not in keys]
    for label in missing:
        print(f"{page_path}: the key '{label}' of {keymap_path} is not in the key table", file=sys.stderr)
    print(f"{len(labels) - len(missing)} of {len(labels)} labelled keys are in {page_path}'s key table")
    return 1 if missing or not labels else 0


def main(argv):
    if len(argv) == 4 and argv[1] == "keys":
        return check_keys(argv[2], argv[3])
    if len(argv) == 4 and argv[1] == "schema":
        return check_schema(argv[2], argv[3])
    if len(argv) == 5 and argv[1] == "examples":
        return check_examples(argv[2], argv[3], argv[4])
    print(__doc__ or "usage: check_docs.py schema SCHEMA PAGE | examples MATSIDE PAGE SOURCE_DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

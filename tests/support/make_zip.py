#!/usr/bin/env python3
# Writes zip archives by hand, lies included, for the import tests: each entry may declare a
# size it does not have (zip64 when over 4 GiB) or carry any Unix mode (a symlink).
# usage: make_zip.py OUT NAME=SOURCE[,declare=N][,mode=OCTAL][,store] ...
#   SOURCE is a file path, or "text:..." for literal bytes, or "zeros:N".
# SPDX-License-Identifier: GPL-3.0-or-later
import struct
import sys
import zlib


def source_bytes(spec):
    if spec.startswith("text:"):
        return spec[5:].encode()
    if spec.startswith("zeros:"):
        return b"\0" * int(spec[6:])
    with open(spec, "rb") as f:
        return f.read()


def entry(arg):
    name, rest = arg.split("=", 1)
    parts = rest.split(",")
    data = source_bytes(parts[0])
    opts = dict(p.split("=", 1) if "=" in p else (p, "1") for p in parts[1:])
    store = "store" in opts
    body = data
    if not store:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = c.compress(data) + c.flush()
    declared = int(opts.get("declare", len(data)))
    mode = int(opts.get("mode", "100644"), 8)
    return name.encode(), data, body, (0 if store else 8), declared, mode


def main():
    out, specs = sys.argv[1], sys.argv[2:]
    blob, central = b"", b""
    for spec in specs:
        name, data, body, method, declared, mode = entry(spec)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        big = declared > 0xFFFFFFFF
        extra = struct.pack("<HHQQ", 1, 16, declared, len(body)) if big else b""
        usize, csize = (0xFFFFFFFF, 0xFFFFFFFF) if big else (declared, len(body))
        version = 45 if big else 20
        offset = len(blob)
        blob += struct.pack("<IHHHHHIIIHH", 0x04034B50, version, 0x800, method, 0, 0x21, crc, csize, usize,
                            len(name), len(extra)) + name + extra + body
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | version, version, 0x800, method, 0, 0x21,
                               crc, csize, usize, len(name), len(extra), 0, 0, 0, mode << 16, offset) + name + extra
    count = len(specs)
    blob += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(blob), 0)
    with open(out, "wb") as f:
        f.write(blob)


main()

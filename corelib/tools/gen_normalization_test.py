#!/usr/bin/env python3
"""Writes tests/programs/unicode/NormalizationConformance.cs from the UCD's NormalizationTest.txt (Debian's
unicode-data package ships it compressed as /usr/share/unicode/NormalizationTest.txt.bz2).

Kiln has no file API yet, so the test vectors are embedded in the program: every line of parts 0, 2 and 3, every
STRIDE-th line of part 1, and the code points part 1 lists (for the invariant that every other code point is
left alone by all four forms). Usage: gen_normalization_test.py [UCD_DIR] [--check] (--check writes nothing and
exits 1 when the committed program differs from what UCD_DIR gives)."""
import bz2
import os
import sys

STRIDE = 5


def read_parts(ucd):
    path = os.path.join(ucd, "NormalizationTest.txt")
    opener = open if os.path.exists(path) else None
    if opener is None:
        path += ".bz2"
        text = bz2.open(path, "rt", encoding="utf-8").read()
    else:
        text = open(path, encoding="utf-8").read()
    parts, current = {}, None
    for line in text.splitlines():
        if line.startswith("@Part"):
            current = line.split()[0][1:]
            parts[current] = []
            continue
        line = line.split("#")[0].strip()
        if line and current:
            parts[current].append(";".join(f.strip() for f in line.split(";")[:5]))
    return parts


def literal(lines, per_line=6):
    chunks = []
    for k in range(0, len(lines), per_line):
        chunks.append('        "' + "".join(l + "|" for l in lines[k:k + per_line]) + '"')
    return " +\n".join(chunks) if chunks else '        ""'


def main(ucd, check):
    from gen_char_data import unicode_version
    version = unicode_version(ucd)
    parts = read_parts(ucd)
    part1 = parts["Part1"]
    listed = sorted(set(int(l.split(";")[0], 16) for l in part1))
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    template = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "NormalizationConformance.cs.in"),
                    encoding="utf-8").read()
    text = template.replace("@VERSION@", version).replace("@STRIDE@", str(STRIDE))
    text = text.replace("@PART0@", literal(parts["Part0"])).replace("@PART2@", literal(parts["Part2"]))
    text = text.replace("@PART3@", literal(parts["Part3"])).replace("@PART1@", literal(part1[::STRIDE]))
    text = text.replace("@LISTED@", literal(["%X" % cp for cp in listed], 16))
    out = os.path.join(root, "tests", "programs", "unicode", "NormalizationConformance.cs")
    print("%s: Unicode %s, %s" % (os.path.relpath(out, root), version,
                                  ", ".join("%s %d" % (k, len(v)) for k, v in sorted(parts.items()))))
    if check:
        with open(out, encoding="utf-8") as f:
            if f.read() != text:
                print("out of date (run corelib/tools/gen_normalization_test.py %s)" % ucd)
                return 1
        return 0
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    args = [a for a in sys.argv[1:] if a != "--check"]
    sys.exit(main(args[0] if args else "/usr/share/unicode", "--check" in sys.argv[1:]))

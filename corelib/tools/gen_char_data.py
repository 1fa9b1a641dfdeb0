#!/usr/bin/env python3
"""Writes the core library's Unicode tables from a folder of Unicode Character Database files (Debian's
unicode-data package installs them in /usr/share/unicode):

  corelib/src/System/CharData.cs               general category, simple case mappings, numeric values (every plane)
  corelib/src/System/Text/NormalizationData.cs combining classes, decompositions, primary composites (UAX #15)

Usage: gen_char_data.py [UCD_DIR] [--check]
  UCD_DIR defaults to /usr/share/unicode. --check writes nothing and exits 1 when a committed file differs from what
  the UCD folder gives (the build itself never needs the UCD files).

Case mappings are the simple ones of UnicodeData.txt, as .NET's invariant casing: U+0131 does not uppercase and
U+0130 does not lowercase, as in .NET. Numeric values are those of UnicodeData.txt (the Unihan numeric values are
not part of .NET's tables). The output depends only on the input files, so running it twice gives the same bytes."""
import os
import re
import sys

CATEGORIES = ["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs",
              "Co", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Cn"]  # UnicodeCategory order
MAX_CODE_POINT = 0x10FFFF
CASING_EXCEPTIONS = (0x0130, 0x0131)  # .NET's invariant casing leaves the Turkish dotted/dotless i alone


class Entry:
    """One code point's fields of UnicodeData.txt (UAX #44, section 5.3)."""

    def __init__(self, fields):
        self.category = fields[2]
        self.combining_class = int(fields[3])
        self.decomposition = fields[5]
        self.decimal = fields[6]
        self.digit = fields[7]
        self.numeric = fields[8]
        self.upper = int(fields[12], 16) if fields[12] else None
        self.lower = int(fields[13], 16) if fields[13] else None


def read_unicode_data(ucd):
    """code point -> Entry; the <..., First>/<..., Last> lines stand for every code point between them."""
    entries = {}
    first = None
    with open(os.path.join(ucd, "UnicodeData.txt"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split(";")
            cp = int(fields[0], 16)
            if fields[1].endswith(", First>"):
                first = cp
            elif fields[1].endswith(", Last>"):
                entry = Entry(fields)
                for c in range(first, cp + 1):
                    entries[c] = entry
            else:
                entries[cp] = Entry(fields)
    return entries


def read_property(ucd, name, prop):
    """The code points a UCD property file lists with the given property."""
    result = set()
    with open(os.path.join(ucd, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(";")]
            if fields[1] != prop:
                continue
            lo, _, hi = fields[0].partition("..")
            result.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return result


def unicode_version(ucd):
    with open(os.path.join(ucd, "ReadMe.txt"), encoding="utf-8") as f:
        match = re.search(r"Version (\d+\.\d+\.\d+)", f.read())
    if not match:
        sys.exit("no Unicode version in %s/ReadMe.txt" % ucd)
    return match.group(1)


# ---- classification, casing, numbers ----

def category_runs(entries):
    """start << 5 | category for each run of equal categories over every code point."""
    runs = []
    previous = None
    for cp in range(MAX_CODE_POINT + 1):
        entry = entries.get(cp)
        c = CATEGORIES.index(entry.category if entry else "Cn")
        if c != previous:
            runs.append(cp << 5 | c)
            previous = c
    return runs


def delta_runs(mapping):
    """(first, last, stride, delta) runs covering every code point whose mapping differs from itself."""
    pairs = sorted((cp, target - cp) for cp, target in mapping.items() if target != cp)
    out = []
    k = 0
    while k < len(pairs):
        start, delta = pairs[k]
        stride = 1
        if k + 1 < len(pairs) and pairs[k + 1][1] == delta and pairs[k + 1][0] - start in (1, 2):
            stride = pairs[k + 1][0] - start
        end = start
        j = k + 1
        while j < len(pairs) and pairs[j][1] == delta and pairs[j][0] == end + stride:
            end = pairs[j][0]
            j += 1
        out.extend((start, end, stride if end != start else 1, delta))
        k = j
    return out


def case_mapping(entries, upper):
    mapping = {}
    for cp, entry in entries.items():
        target = entry.upper if upper else entry.lower
        if target is not None and cp not in CASING_EXCEPTIONS:
            mapping[cp] = target
    return mapping


def parse_number(text):
    if "/" in text:
        num, den = text.split("/")
        return int(num) / int(den)
    return float(int(text))


def number_runs(entries):
    """(first, last, valueIndex << 2 | flags) runs: the value of code point first + k is Values[valueIndex] + k;
    flag 1: the run's code points have a decimal digit value, flag 2: a digit value (both equal the numeric value)."""
    numbered = []
    for cp in sorted(entries):
        entry = entries[cp]
        if not entry.numeric:
            continue
        value = parse_number(entry.numeric)
        for field in (entry.decimal, entry.digit):
            if field and int(field) != value:
                sys.exit("U+%04X: digit value %s differs from numeric value %s" % (cp, field, entry.numeric))
        flags = (1 if entry.decimal else 0) | (2 if entry.digit else 0)
        numbered.append((cp, value, flags))
    runs = []
    for cp, value, flags in numbered:
        if runs and runs[-1][1] == cp - 1 and runs[-1][3] == flags and runs[-1][2] + (cp - runs[-1][0]) == value:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp, value, flags])
    values = sorted(set(r[2] for r in runs))
    flat = []
    for first, last, value, flags in runs:
        flat.extend((first, last, values.index(value) << 2 | flags))
    return flat, values


# ---- normalization ----

def decomposition_maps(entries):
    """code point -> (is_compatibility, [code points]) from the decomposition field."""
    maps = {}
    for cp, entry in entries.items():
        if not entry.decomposition:
            continue
        parts = entry.decomposition.split()
        compat = parts[0].startswith("<")
        maps[cp] = (compat, [int(p, 16) for p in (parts[1:] if compat else parts)])
    return maps


def full_decomposition(cp, maps, compat):
    if cp not in maps or (maps[cp][0] and not compat):
        return [cp]
    out = []
    for part in maps[cp][1]:
        out.extend(full_decomposition(part, maps, compat))
    return out


def utf16(code_points):
    units = []
    for cp in code_points:
        if cp >= 0x10000:
            cp -= 0x10000
            units.extend((0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)))
        else:
            units.append(cp)
    return units


def decomposition_table(decompositions):
    """(sorted code points, start of each one's UTF-16 decomposition in the data and the data's length at the end,
    the data) for a code point -> list map."""
    keys, offsets, data = [], [], []
    for cp in sorted(decompositions):
        keys.append(cp)
        offsets.append(len(data))
        data.extend(utf16(decompositions[cp]))
    offsets.append(len(data))
    if len(data) > 0xFFFF:
        sys.exit("decomposition data too long for ushort offsets")
    return keys, offsets, data


def normalization_tables(entries, ucd):
    maps = decomposition_maps(entries)
    canonical, compatibility = {}, {}
    for cp in maps:
        full_canonical = full_decomposition(cp, maps, False)
        full_compat = full_decomposition(cp, maps, True)
        if full_canonical != [cp]:
            canonical[cp] = full_canonical
        if full_compat != full_canonical:
            compatibility[cp] = full_compat
    excluded = read_property(ucd, "DerivedNormalizationProps.txt", "Full_Composition_Exclusion")
    # CompositionExclusions.txt is part of Full_Composition_Exclusion; a UCD where it is not is inconsistent
    missing = read_property_list(ucd, "CompositionExclusions.txt") - excluded
    if missing:
        sys.exit("CompositionExclusions.txt lists code points Full_Composition_Exclusion lacks: %s" % sorted(missing))
    pairs = []
    for cp, (compat, parts) in maps.items():
        if not compat and len(parts) == 2 and cp not in excluded:
            pairs.append((parts[0] << 21 | parts[1], cp))
    pairs.sort()
    combining = []
    for cp in range(MAX_CODE_POINT + 1):
        entry = entries.get(cp)
        ccc = entry.combining_class if entry else 0
        if ccc == 0:
            continue
        if combining and combining[-1][1] == cp - 1 and combining[-1][2] == ccc:
            combining[-1][1] = cp
        else:
            combining.append([cp, cp, ccc])
    return canonical, compatibility, pairs, combining


def read_property_list(ucd, name):
    """The code points of a file that lists bare code points or ranges (CompositionExclusions.txt)."""
    result = set()
    with open(os.path.join(ucd, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if line:
                lo, _, hi = line.partition("..")
                result.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return result


# ---- C# output ----

def ints(values, per_line=16):
    lines = []
    for k in range(0, len(values), per_line):
        lines.append("            " + ", ".join(str(v) for v in values[k:k + per_line]) + ",")
    return "\n".join(lines)


def array(kind, name, values, comment=None, per_line=16):
    text = ""
    if comment:
        text += "        // %s\n" % comment
    return text + "        internal static readonly %s[] %s =\n        {\n%s\n        };\n" % (kind, name, ints(values, per_line))


def string_literal(units, per_line=24):
    chunks = []
    for k in range(0, len(units), per_line):
        chunks.append("            \"" + "".join("\\u%04X" % u for u in units[k:k + per_line]) + "\"")
    return " +\n".join(chunks) if chunks else '            ""'


def header(version):
    return ("// Generated by corelib/tools/gen_char_data.py from the Unicode Character Database, Unicode %s; do not "
            "edit.\n" % version)


def char_data_source(entries, version):
    categories = category_runs(entries)
    upper = delta_runs(case_mapping(entries, True))
    lower = delta_runs(case_mapping(entries, False))
    numbers, values = number_runs(entries)
    out = [header(version), "namespace System\n{\n    internal static class CharData\n    {\n"]
    out.append(array("int", "CategoryRuns", categories,
                     "Each run of equal categories over U+0000..U+10FFFF as first code point << 5 | UnicodeCategory."))
    out.append("\n" + array("int", "UpperRuns", upper, "Simple case mappings as (first, last, stride, delta) runs."))
    out.append("\n" + array("int", "LowerRuns", lower))
    out.append("\n" + array("int", "NumberRuns", numbers,
                            "(first, last, value index << 2 | 1 if decimal digit | 2 if digit) runs whose values "
                            "count up by one from Values[value index]."))
    out.append("\n" + array("double", "NumberValues", [repr(v) for v in values], None, 8))
    out.append("    }\n}\n")
    return "".join(out), "categories %d runs, upper %d, lower %d, numbers %d runs / %d values" % (
        len(categories), len(upper) // 4, len(lower) // 4, len(numbers) // 3, len(values))


def normalization_source(entries, ucd, version):
    canonical, compatibility, pairs, combining = normalization_tables(entries, ucd)
    canon_keys, canon_offsets, canon_data = decomposition_table(canonical)
    compat_keys, compat_offsets, compat_data = decomposition_table(compatibility)
    out = [header(version), "namespace System.Text\n{\n    internal static class NormalizationData\n    {\n"]
    out.append(array("int", "CombiningClassRuns", [v for r in combining for v in r],
                     "(first, last, canonical combining class) runs of the non-zero classes."))
    out.append("\n" + array("int", "CanonicalKeys", canon_keys,
                            "Full canonical decompositions (Hangul syllables aside): the code points, where each one's "
                            "UTF-16 decomposition starts in the data (it ends where the next starts)."))
    out.append("\n" + array("ushort", "CanonicalOffsets", canon_offsets))
    out.append("\n        internal const string CanonicalData =\n%s;\n" % string_literal(canon_data))
    out.append("\n" + array("int", "CompatibilityKeys", compat_keys,
                            "Full compatibility decompositions where they differ from the canonical ones."))
    out.append("\n" + array("ushort", "CompatibilityOffsets", compat_offsets))
    out.append("\n        internal const string CompatibilityData =\n%s;\n" % string_literal(compat_data))
    out.append("\n" + array("long", "CompositionPairs", [k for k, _ in pairs],
                            "Primary composites: first << 21 | second, sorted, and the code point they compose to.", 8))
    out.append("\n" + array("int", "Composites", [c for _, c in pairs]))
    out.append("\n" + array("int", "SortedComposites", sorted(c for _, c in pairs),
                            "For the quick check (UAX #15 section 9): the primary composites, sorted, and the code points"
                            " that compose with a preceding one."))
    out.append("\n" + array("int", "CompositionSeconds", sorted(set(k & 0x1FFFFF for k, _ in pairs))))
    out.append("    }\n}\n")
    return "".join(out), "combining %d runs, canonical %d, compatibility %d, compositions %d" % (
        len(combining), len(canon_keys), len(compat_keys), len(pairs))


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    ucd = args[0] if args else "/usr/share/unicode"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    version = unicode_version(ucd)
    entries = read_unicode_data(ucd)
    outputs = [
        (os.path.join(root, "src", "System", "CharData.cs"), char_data_source(entries, version)),
        (os.path.join(root, "src", "System", "Text", "NormalizationData.cs"), normalization_source(entries, ucd, version)),
    ]
    stale = []
    for path, (text, summary) in outputs:
        print("%s: Unicode %s, %s" % (os.path.relpath(path, root), version, summary))
        if check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    stale.append(path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    if stale:
        print("out of date (run corelib/tools/gen_char_data.py %s): %s" % (ucd, ", ".join(stale)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""The expected output of tests/programs/formatting/ExactDoubleFormats.cs: .NET Core 3.0+'s text for each value's
bits, computed here independently of Kiln — the digits from Python's exact decimal arithmetic (Decimal(float) is the
exact binary value, rounded ROUND_HALF_EVEN), the shortest round-trip digits from repr(), the layout as .NET's
NumberToString does it with the invariant culture.

Usage: scripts/expected-double-formats.py < kiln-output > ExactDoubleFormats.out
(reads the bits at the start of each line of a run of the program; everything after them is recomputed)."""
import struct
import sys
from decimal import Decimal, ROUND_HALF_EVEN, getcontext

getcontext().prec = 2000

DOUBLE_FORMATS = ["R", "G", "G17", "G15", "G5", "G1", "g7", "E", "E0", "E3", "E16", "e4", "F0", "F2", "F6", "F20",
                  "N2", "P1", "C"]
FLOAT_FORMATS = ["R", "G9", "G17", "E3", "F3", "N1"]


def significant_digits(x, count):
    """(digits, scale) of |x| rounded at count significant digits: |x| ~ 0.digits * 10^scale."""
    d = abs(Decimal(x))
    if d == 0:
        return "", 0
    adjusted = d.adjusted()
    n = int(d.scaleb(count - 1 - adjusted).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
    scale = adjusted + 1
    if n == 10 ** count:
        scale += 1
    text = str(n).rstrip("0")
    return text, scale


def fraction_digits(x, count):
    """(digits, scale) of |x| rounded at count digits after the point."""
    d = abs(Decimal(x))
    n = int(d.scaleb(count).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
    if n == 0:
        return "", 0
    text = str(n)
    scale = len(text) - count
    return text.rstrip("0"), scale


def shortest_digits(x, is_float):
    if is_float:
        for p in range(1, 10):
            text = "%.*e" % (p - 1, x)
            try:
                if struct.unpack("<f", struct.pack("<f", float(text)))[0] == x:
                    break
            except OverflowError:  # above the largest float: not a text of this value
                pass
    else:
        text = repr(abs(x))
    d = Decimal(text)
    digits = "".join(map(str, d.as_tuple().digits)).strip("0")
    return digits, d.adjusted() + 1


def digit(digits, i):
    return digits[i] if i < len(digits) else "0"


def exponent(e, char, min_digits):
    return char + ("-" if e < 0 else "+") + str(abs(e)).rjust(min_digits, "0")


def general(digits, scale, max_digits, exp_char):
    position = scale
    scientific = position > max_digits or position < -3
    if scientific:
        position = 1
    out, nxt = "", 0
    if position > 0:
        for _ in range(position):
            out += digit(digits, nxt)
            nxt += 1
    else:
        out += "0"
    if nxt < len(digits) or position < 0:
        out += "."
        out += "0" * max(0, -position)
        out += digits[nxt:]
    if scientific:
        out += exponent(scale - 1, exp_char, 2)
    return out


def fixed(digits, scale, decimals, grouped):
    out, nxt = "", 0
    if scale > 0:
        for i in range(scale):
            if grouped and i > 0 and (scale - i) % 3 == 0:
                out += ","
            out += digit(digits, nxt)
            nxt += 1
    else:
        out += "0"
    if decimals > 0:
        out += "."
        zeros = min(-scale, decimals) if scale < 0 else 0
        out += "0" * zeros
        for _ in range(zeros, decimals):
            out += digit(digits, nxt)
            nxt += 1
    return out


def format_value(x, fmt, is_float):
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    negative = str(x).startswith("-")
    sign = "-" if negative else ""
    kind, precision = fmt[0], int(fmt[1:]) if len(fmt) > 1 else -1
    if kind in "Rr" or (kind in "Gg" and precision <= 0):
        if x == 0:
            return sign + "0"
        digits, scale = shortest_digits(x, is_float)
        text = general(digits, scale, max(len(digits), 9 if is_float else 17), "E" if kind in "GR" else "e")
        return sign + text
    if kind in "Gg":
        digits, scale = significant_digits(x, precision)
        return sign + general(digits, scale, precision, "E" if kind == "G" else "e")
    if kind in "Ee":
        if precision < 0:
            precision = 6
        digits, scale = significant_digits(x, precision + 1)
        text = digit(digits, 0) + ("." if precision > 0 else "") + "".join(digit(digits, i) for i in range(1, precision + 1))
        return sign + text + exponent(scale - 1 if digits else 0, kind, 3)
    if precision < 0:
        precision = 2
    if kind in "Pp":
        digits, scale = fraction_digits(x, precision + 2)
        if digits:
            scale += 2
        return sign + fixed(digits, scale, precision, True) + " %"
    digits, scale = fraction_digits(x, precision)
    if kind in "Ff":
        return sign + fixed(digits, scale, precision, False)
    if kind in "Nn":
        return sign + fixed(digits, scale, precision, True)
    text = "\u00a4" + fixed(digits, scale, precision, True)
    return "(" + text + ")" if negative else text


def main():
    for line in sys.stdin:
        fields = line.split()
        if fields[0] == "f":
            bits = int(fields[1], 16)
            x = struct.unpack("<f", struct.pack("<I", bits))[0]
            texts = [format_value(x, f, True) for f in FLOAT_FORMATS]
            print("  f " + fields[1] + " " + " ".join(texts))
        else:
            bits = int(fields[0], 16)
            x = struct.unpack("<d", struct.pack("<Q", bits))[0]
            texts = [format_value(x, f, False) for f in DOUBLE_FORMATS]
            print(fields[0] + " " + " ".join(texts))


if __name__ == "__main__":
    main()

// Self-checking: the type of ?: and ?? expressions, implicit numeric conversions in mixed expressions,
// overload resolution by best conversion, constant folding vs run-time results, and integer literal types.
using System;

class Base { public virtual string Who() { return "base"; } }
class Left : Base { public override string Who() { return "left"; } }
class Right : Base { public override string Who() { return "right"; } }

class ConditionalTyping
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string T(object o) { return o == null ? "null" : o.GetType().Name; }
    static bool Flag(bool b) { return b; }

    static string F(int x) { return "int"; }
    static string F(long x) { return "long"; }
    static string F(double x) { return "double"; }
    static string F(object x) { return "object"; }
    static string G(long x) { return "long"; }
    static string G(double x) { return "double"; }
    static string H(float x) { return "float"; }
    static string H(decimalLike x) { return "decimalLike"; }
    struct decimalLike { }
    static string K(int? x) { return "int?"; }
    static string K(object x) { return "object"; }
    static string U(uint x) { return "uint"; }
    static string U(long x) { return "long"; }

    static int Main()
    {
        bool t = Flag(true), f = Flag(false);
        Check("int : long is long", T(t ? 1 : 2L), "Int64");
        Check("int : double is double", T(f ? 1 : 2.5), "Double");
        Check("byte : byte is byte", T(t ? (byte)1 : (byte)2), "Byte");
        Check("short : int literal", T(t ? (short)1 : 2), "Int32");
        Check("char : int literal", T(t ? 'a' : 98), "Int32");
        Check("int : null via cast", T(f ? 1 : (int?)null), "null");
        Check("class : null", T(t ? new Left() : null), "Left");
        Base chosen = t ? (Base)new Left() : new Right();
        Check("common base by cast", chosen.Who(), "left");
        Check("string : null", T(f ? "s" : null), "null");
        Check("nested ternary", (t ? f ? "a" : "b" : "c"), "b");

        int? ni = null;
        long l = ni ?? 5L;
        Check("?? widening", T(ni ?? 5L) + l, "Int645");
        string s = null;
        Check("?? reference", s ?? "fallback", "fallback");
        object o = s ?? (object)42;
        Check("?? object", T(o), "Int32");

        // mixed arithmetic result types
        byte b = 10; short sh = 20; long lg = 30; float fl = 1.5f; double d = 2.5; uint ui = 7;
        Check("byte+short", T(b + sh), "Int32");
        Check("int+long", T(1 + lg), "Int64");
        Check("long+float", T(lg + fl), "Single");
        Check("float+double", T(fl + d), "Double");
        Check("uint+int", T(ui + 1), "UInt32");
        Check("uint+negative int", T(ui + -1), "Int64");
        Check("uint+long", T(ui + lg), "Int64");
        Check("char+char", T('a' + 'b'), "Int32");
        Check("int/int stays int", (7 / 2).ToString(), "3");
        Check("int/double", (7 / 2.0).ToString(), "3.5");

        // overload resolution
        Check("F(int)", F(1), "int");
        Check("F(long literal)", F(1L), "long");
        Check("F(byte) picks int", F(b), "int");
        Check("F(uint) picks long", F(ui), "long");
        Check("F(float) picks double", F(fl), "double");
        Check("F(string) picks object", F("x"), "object");
        Check("G(int) prefers long over double", G(5), "long");
        Check("H(int) picks float", H(5), "float");
        Check("K(int) prefers int?", K(5), "int?");
        Check("K(null) prefers int?", K(null), "int?");
        Check("U(int literal) picks uint", U(5), "uint");
        int neg = -5;
        Check("U(int variable) picks long", U(neg), "long");

        // literal types
        Check("literal 2147483648 is uint", T(2147483648), "UInt32");
        Check("literal 4294967296 is long", T(4294967296), "Int64");
        Check("literal 9223372036854775808 is ulong", T(9223372036854775808), "UInt64");
        Check("hex literal 0xFFFFFFFF is uint", T(0xFFFFFFFF), "UInt32");
        Check("hex literal 0x80000000 is uint", T(0x80000000), "UInt32");
        Check("1u * 3", T(1u * 3), "UInt32");
        Check("constant folding matches runtime", (int.MaxValue / 3 * 3 + int.MaxValue % 3).ToString(), int.MaxValue.ToString());

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}

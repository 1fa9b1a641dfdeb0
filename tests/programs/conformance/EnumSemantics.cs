// Self-checking: enum underlying types, casts, arithmetic, [Flags] combinations and ToString, HasFlag,
// undefined values, comparisons, enums in switch, arrays and generics.
using System;
using System.Collections.Generic;

enum Small : byte { A = 1, B = 2, Max = 255 }
enum Signed : sbyte { Neg = -128, Zero = 0, Pos = 127 }
enum Big : long { Huge = 1L << 40, Huger = long.MaxValue }
enum Unsigned : ulong { Top = ulong.MaxValue }
enum Plain { First, Second, Third, Tenth = 10, Eleventh }
enum Alias { One = 1, Uno = 1, Two = 2 }

[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write, All = Read | Write | Exec }

class EnumSemantics
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static T Max<T>(T a, T b) where T : IComparable { return a.CompareTo(b) >= 0 ? a : b; }

    static int Main()
    {
        Check("implicit values", ((int)Plain.First + "," + (int)Plain.Third + "," + (int)Plain.Eleventh), "0,2,11");
        Check("byte enum max", ((byte)Small.Max).ToString(), "255");
        Check("sbyte enum", ((int)Signed.Neg).ToString(), "-128");
        Check("long enum", ((long)Big.Huge).ToString(), "1099511627776");
        Check("ulong enum", ((ulong)Unsigned.Top).ToString(), "18446744073709551615");
        Check("sizeof via array", (sizeof(Small) + sizeof(Big)).ToString(), "9");

        Check("ToString", Plain.Second.ToString(), "Second");
        Check("ToString undefined", ((Plain)5).ToString(), "5");
        Check("ToString negative", Signed.Neg.ToString(), "Neg");
        Check("ToString long", Big.Huger.ToString(), "Huger");
        Check("ToString ulong", Unsigned.Top.ToString(), "Top");
        Check("flags single", Perm.Write.ToString(), "Write");
        Check("flags combined name", (Perm.Read | Perm.Write).ToString(), "ReadWrite");
        Check("flags all", (Perm.Read | Perm.Write | Perm.Exec).ToString(), "All");
        Check("flags combo", (Perm.Read | Perm.Exec).ToString(), "Read, Exec");
        Check("flags none", Perm.None.ToString(), "None");
        Check("flags unknown bit", ((Perm)8).ToString(), "8");
        Check("flags with unknown bit", ((Perm)9).ToString(), "9");

        Perm p = Perm.Read;
        p |= Perm.Exec;
        Check("HasFlag", p.HasFlag(Perm.Exec) + "," + p.HasFlag(Perm.Write) + "," + p.HasFlag(Perm.None), "True,False,True");
        p &= ~Perm.Read;
        Check("clear flag", p.ToString(), "Exec");
        Check("bit test", ((p & Perm.Exec) != 0).ToString(), "True");
        p ^= Perm.All;
        Check("xor", p.ToString(), "ReadWrite");

        // arithmetic on enums
        Plain e = Plain.First;
        e++;
        Check("enum ++", e.ToString(), "Second");
        e += 8;
        Check("enum += int", ((int)e).ToString(), "9");
        e++;
        Check("enum reaches Tenth", e.ToString(), "Tenth");
        Check("enum difference", (Plain.Eleventh - Plain.Second).ToString(), "10");
        Small s = Small.Max;
        s++;
        Check("byte enum wraps", ((int)s).ToString(), "0");

        // comparisons
        Check("enum <", (Plain.First < Plain.Third).ToString(), "True");
        Check("CompareTo", Plain.Third.CompareTo(Plain.First) > 0 ? "pos" : "nonpos", "pos");
        Check("generic max", Max(Plain.Second, Plain.Tenth).ToString(), "Tenth");
        Check("signed enum compare", (Signed.Neg < Signed.Pos).ToString(), "True");
        Check("Equals", Plain.Second.Equals(Plain.Second) + "," + Plain.Second.Equals(1) + "," + Plain.Second.Equals((object)Plain.Second), "True,False,True");

        // aliases share values
        Check("alias equal", (Alias.One == Alias.Uno).ToString(), "True");

        // default and zero
        Plain d = default(Plain);
        Check("default", d.ToString(), "First");
        Perm zero = 0;
        Check("literal zero converts", zero.ToString(), "None");

        // enums in collections and as dictionary keys
        var counts = new Dictionary<Plain, int>();
        foreach (Plain x in new[] { Plain.First, Plain.Third, Plain.First, Plain.Tenth, Plain.First })
        {
            int c;
            counts.TryGetValue(x, out c);
            counts[x] = c + 1;
        }
        Check("dictionary keys", counts[Plain.First] + "," + counts[Plain.Third] + "," + counts.ContainsKey(Plain.Second), "3,1,False");
        var list = new List<Small> { Small.B, Small.A, Small.Max };
        list.Sort();
        Check("sorted enums", string.Join(",", list), "A,B,Max");
        Plain[] arr = new Plain[3];
        arr[1] = Plain.Third;
        Check("enum array", arr[0] + "," + arr[1], "First,Third");

        // GetType and typeof
        object boxed = Perm.Write;
        Check("boxed type", (boxed.GetType() == typeof(Perm)).ToString(), "True");
        Check("type name", typeof(Perm).Name, "Perm");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}

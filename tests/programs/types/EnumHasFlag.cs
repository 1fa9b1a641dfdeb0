// Enum.HasFlag: inline on a value and a box of the same enum type (the C# pattern `e.HasFlag(E.X)`), through the
// core library otherwise (a boxed receiver, another enum type, null).
using System;

[Flags] enum Access { None = 0, Read = 1, Write = 2, Exec = 4 }
[Flags] enum Wide : long { A = 1L << 40, B = 1L << 41, Low = 1 }
[Flags] enum Narrow : byte { X = 1, Y = 128 }
[Flags] enum Signed : sbyte { Neg = -128, One = 1 }

class EnumHasFlag {
    static bool Check(Enum e, Enum flag) { return e.HasFlag(flag); }

    static int Main() {
        long s = 0;
        for (int i = 0; i < 16; i++) {
            Access a = (Access)i;
            if (a.HasFlag(Access.Write)) s += 1;
            if (a.HasFlag(Access.None)) s += 100;
            if (a.HasFlag(Access.Read | Access.Exec)) s += 10000;
            if (((Access)(i & 6)).HasFlag(Access.Exec)) s += 1000000;
        }
        Console.WriteLine(s);
        Wide w = Wide.A | Wide.Low;
        Console.WriteLine(w.HasFlag(Wide.A) + " " + w.HasFlag(Wide.B) + " " + (w | Wide.B).HasFlag(Wide.A | Wide.B));
        Narrow n = Narrow.Y;
        Console.WriteLine(n.HasFlag(Narrow.Y) + " " + n.HasFlag(Narrow.X));
        Signed g = Signed.Neg;
        Console.WriteLine(g.HasFlag(Signed.Neg) + " " + g.HasFlag(Signed.One) + " " + (g | Signed.One).HasFlag(Signed.Neg | Signed.One));
        Enum boxed = Access.Read | Access.Exec;
        Console.WriteLine(boxed.HasFlag(Access.Read) + " " + boxed.HasFlag(Access.Write) + " " + Check(Access.Exec, Access.Exec));
        try {
            Console.WriteLine(Access.Read.HasFlag(Narrow.X));
        } catch (ArgumentException e) {
            Console.WriteLine(e.GetType().Name);
        }
        try {
            Console.WriteLine(Check(Access.Read, null));
        } catch (ArgumentNullException e) {
            Console.WriteLine(e.GetType().Name + " " + e.ParamName);
        }
        return 0;
    }
}

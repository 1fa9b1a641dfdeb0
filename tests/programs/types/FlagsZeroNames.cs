// expect-stdout-file: FlagsZeroNames.out
// [Flags] formatting as modern .NET does it (dotnet/runtime Enum.cs, TryFormatFlagNames since .NET 8): members are
// sorted by their value as an unsigned number (declaration order among equal values); 0 prints the first member
// whose value is 0, else "0"; any other value that equals a member prints the last member with that value (the walk
// goes from the largest value down); otherwise the walk takes every member whose bits are all still unclaimed,
// largest first, stops as soon as no bit is left (so a zero-valued member never joins a list), and prints the names
// in ascending order -- or the number when some bit has no name. Mono (and .NET 7) keep walking and list every
// zero-valued member except the first ("AutoLayout, AnsiClass, Class, BeforeFieldInit", dotnet/runtime#95617).
using System;
using System.Reflection;

[Flags] enum Access { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write, All = 7 }
[Flags] enum Modes { Off = 0, Default = 0, Legacy = 0, Fast = 1, Safe = 2, Logged = 8 }
[Flags] enum NoZero : byte { One = 1, Two = 2, Four = 4 }
[Flags] enum Aliases { First = 1, Alias = 1, Second = 2 }
[Flags] enum Signed : short { Zero = 0, Low = 1, High = unchecked((short)0x8000), Both = unchecked((short)0x8001) }
[Flags] enum Wide : ulong { None = 0, Bit0 = 1, Top = 0x8000000000000000, Pair = 0x8000000000000001 }
[Flags] enum Overlap { A = 3, B = 4, C = 5 }
enum Plain { Zero = 0, Nil = 0, One = 1, Two = 2 }

public class PublicPlain { }
class InternalWithStaticInit { static int x = 1; public static int X { get { return x; } } }
public sealed class SealedWithCctor { static SealedWithCctor() { } }
public abstract class AbstractBase { public abstract void Run(); }
public class Derived : AbstractBase { public override void Run() { } }
public class Final : Derived { public sealed override void Run() { } }
public struct ValueRecord { public int A; }
[Serializable] public class SerializableThing { }

class FlagsZeroNames
{
    static void Show(string label, Enum e)
    {
        Console.WriteLine(label + ": " + e + " | G " + e.ToString("G") + " | F " + e.ToString("F") + " | D " + e.ToString("D"));
    }

    public static void PublicStatic() { }
    private void PrivateInstance() { }

    static void Main()
    {
        Show("none", Access.None);
        Show("read", Access.Read);
        Show("read|write", Access.Read | Access.Write);
        Show("read|execute", Access.Read | Access.Execute);
        Show("write|execute", Access.Write | Access.Execute);
        Show("all", Access.All);
        Show("unnamed bit", (Access)9);
        Show("only unnamed", (Access)16);

        Show("modes 0", (Modes)0);
        Show("modes fast", Modes.Fast);
        Show("modes fast|safe", Modes.Fast | Modes.Safe);
        Show("modes fast|logged", Modes.Fast | Modes.Logged);
        Show("modes unnamed", (Modes)4);
        Console.WriteLine("modes names: " + string.Join(",", Enum.GetNames(typeof(Modes))));

        Show("nozero 0", (NoZero)0);
        Show("nozero 7", (NoZero)7);
        Show("nozero 8", (NoZero)8);

        Show("alias 1", (Aliases)1);
        Show("alias 3", (Aliases)3);

        Show("signed low|high", Signed.Low | Signed.High);
        Show("signed high", Signed.High);
        Show("signed -2", (Signed)(-2));
        Show("wide top", Wide.Top);
        Show("wide top|bit0", Wide.Top | Wide.Bit0);
        Show("wide 2", (Wide)2);

        Show("overlap 7", (Overlap)7);
        Show("overlap 12", (Overlap)12);

        Show("plain 0", Plain.Zero);
        Show("plain 3", (Plain)3);
        Show("plain 7", (Plain)7);

        Console.WriteLine(string.Format("format {0} {0:G} {0:F} {0:D} {0:X}", Access.Read | Access.Execute));
        Console.WriteLine(string.Format("format {0} {0:F}", Modes.Fast | Modes.Logged));
        Console.WriteLine("Enum.Format " + Enum.Format(typeof(Modes), 9, "G") + " / " + Enum.Format(typeof(Plain), 3, "F")
            + " / " + Enum.Format(typeof(Modes), 0, "F") + " / " + Enum.Format(typeof(Access), 16, "G"));
        Console.WriteLine($"interpolated {Modes.Safe | Modes.Fast} {(Modes)0:F}");

        Console.WriteLine("PublicPlain: " + typeof(PublicPlain).Attributes);
        Console.WriteLine("InternalWithStaticInit: " + typeof(InternalWithStaticInit).Attributes);
        Console.WriteLine("SealedWithCctor: " + typeof(SealedWithCctor).Attributes);
        Console.WriteLine("AbstractBase: " + typeof(AbstractBase).Attributes);
        Console.WriteLine("ValueRecord: " + typeof(ValueRecord).Attributes);
        Console.WriteLine("SerializableThing: " + typeof(SerializableThing).Attributes);
        // an override reuses its slot: no NewSlot, whose value VtableLayoutMask shares (which of two equal values
        // .NET's sort puts last is not stable for an enum of more than 16 members)
        Console.WriteLine("Derived.Run: " + typeof(Derived).GetMethod("Run").Attributes);
        Console.WriteLine("Final.Run: " + typeof(Final).GetMethod("Run").Attributes);
        Console.WriteLine("PublicStatic: " + typeof(FlagsZeroNames).GetMethod("PublicStatic").Attributes);
        Console.WriteLine("PrivateInstance: " + typeof(FlagsZeroNames).GetMethod("PrivateInstance", BindingFlags.NonPublic | BindingFlags.Instance).Attributes);
        Console.WriteLine("TypeAttributes 0x100009: " + (TypeAttributes)0x100009);
        Console.WriteLine("MethodAttributes 0x96: " + (MethodAttributes)0x96 + " | F " + ((MethodAttributes)0x96).ToString("F"));
    }
}

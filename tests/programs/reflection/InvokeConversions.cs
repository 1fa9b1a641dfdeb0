// expect-stdout-file: InvokeConversions.out
// Mono writes ArgumentException's parameter name on a line of its own; the .out file has .NET's "(Parameter 'parameters')".
using System;
using System.Reflection;

// MethodInfo.Invoke converts arguments as .NET's reflection does: primitive widening, enums to and from their
// underlying type, Nullable<T> parameters and results, Type.Missing for optional parameters; and static members
// reached through reflection run their class constructor first.
enum Level { Low = 1, High = 9 }
enum Big : long { Far = 1L << 40 }

class Calls
{
    public static string Long(long x) { return "long " + x; }
    public static string Double(double x) { return "double " + x; }
    public static string Int(int x) { return "int " + x; }
    public static string Single(float x) { return "float " + x; }
    public static string UShort(ushort x) { return "ushort " + x; }
    public static string Char(char x) { return "char " + (int)x; }
    public static string Lvl(Level x) { return "level " + x; }
    public static string BigOne(Big x) { return "big " + x; }
    public static string Nullable(int? x) { return x.HasValue ? "has " + x.Value : "none"; }
    public static int? MaybeTwice(int x) { if (x < 0) return null; return x * 2; }
    public static double? MaybeHalf(double? x) { return x / 2; }
    public static void Bump(ref int? x) { x = (x ?? 0) + 1; }
    public static string Optional(int a, string b = "dflt", int c = 7, double d = 1.5) { return a + "/" + b + "/" + c + "/" + d; }
    public static string Required(int a, int b) { return a + "+" + b; }
}

class Lazy1
{
    public static int Value = Init();
    static int Init() { Console.WriteLine("Lazy1 initialized"); return 11; }
}

class Lazy2
{
    static Lazy2() { Console.WriteLine("Lazy2 initialized"); }
    public static int Twice(int x) { return 2 * x; }
    public static string Name { get { return "lazy2"; } }
}

class Lazy3
{
    public static readonly string Greeting;
    static Lazy3() { Console.WriteLine("Lazy3 initialized"); Greeting = "hello"; }
}

class Broken
{
    public static int Value = Fail();
    static int Fail() { throw new InvalidOperationException("no"); }
}

class Program
{
    static void Call(string name, params object[] args)
    {
        try
        {
            Console.WriteLine(name + ": " + typeof(Calls).GetMethod(name).Invoke(null, args));
        }
        catch (Exception e)
        {
            Console.WriteLine(name + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        Call("Long", 5);
        Call("Long", (byte)6);
        Call("Long", 'A');
        Call("Long", 7u);
        Call("Double", 3);
        Call("Double", 2.5f);
        Call("Double", 9L);
        Call("Single", (short)-4);
        Call("Int", 'B');
        Call("Int", (short)12);
        Call("Int", Level.High);
        Call("Int", 5L);
        Call("Int", 1.0);
        Call("Int", "7");
        Call("UShort", 'C');
        Call("Char", (byte)68);
        Call("Char", (ushort)69);
        Call("Char", 70);
        Call("Lvl", 1);
        Call("Lvl", Level.High);
        Call("Lvl", (short)9);
        Call("BigOne", 1L << 40);
        Call("BigOne", Level.Low);
        Call("Nullable", 4);
        Call("Nullable", new object[] { null });
        Call("Nullable", (int?)8);
        Call("Nullable", "x");
        Call("Nullable", 3L);
        Call("MaybeTwice", 21);
        Call("MaybeTwice", -1);
        object twice = typeof(Calls).GetMethod("MaybeTwice").Invoke(null, new object[] { 5 });
        Console.WriteLine(twice.GetType().FullName);
        Call("MaybeHalf", 5.0);
        Call("MaybeHalf", new object[] { null });
        object[] bump = { 41 };
        typeof(Calls).GetMethod("Bump").Invoke(null, bump);
        Console.WriteLine("bumped " + bump[0] + " " + bump[0].GetType().Name);
        bump[0] = null;
        typeof(Calls).GetMethod("Bump").Invoke(null, bump);
        Console.WriteLine("bumped " + bump[0]);
        Call("Optional", 1, Type.Missing, Type.Missing, Type.Missing);
        Call("Optional", 2, "given", Type.Missing, 4.25);
        Call("Required", 1, Type.Missing);

        Console.WriteLine("before statics");
        FieldInfo value = typeof(Lazy1).GetField("Value");
        Console.WriteLine("field found");
        Console.WriteLine(value.GetValue(null));
        Console.WriteLine(typeof(Lazy2).GetMethod("Twice").Invoke(null, new object[] { 4 }));
        Console.WriteLine(typeof(Lazy2).GetProperty("Name").GetValue(null, null));
        typeof(Lazy3).GetField("Greeting").GetValue(null);
        Console.WriteLine(Lazy3.Greeting);
        try
        {
            typeof(Broken).GetField("Value").GetValue(null);
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + " / " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }
    }
}

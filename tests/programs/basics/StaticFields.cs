using System;

class Config
{
    public static int Counter = 10;
    public static readonly string Name = "config-" + Counter;
    public static long Big;
    static Config() { Big = 1L << 40; Console.WriteLine("Config initialized"); }
    public static int Next() { return ++Counter; }
}

// Explicit static constructors make initialization precise (no beforefieldinit), so the order is defined.
class Lazy
{
    public static int Value = Compute();
    static Lazy() { Console.WriteLine("Lazy initialized"); }
    static int Compute() { Console.WriteLine("computing"); return 7; }
}

class StaticFields
{
    static int calls;
    static void Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(Config.Next());
        Console.WriteLine(Config.Next());
        Console.WriteLine(Config.Name);
        Console.WriteLine(Config.Big);
        calls++;
        calls += 2;
        Console.WriteLine(calls);
        Console.WriteLine(Lazy.Value);
    }
}

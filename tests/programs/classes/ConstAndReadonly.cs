using System;

class Config
{
    public const int MaxItems = 16;
    public const string Prefix = "cfg_";
    public const long Big = 1L << 40;
    public const double Half = 0.5;
    public readonly int Limit;
    public readonly string Name;
    public static readonly int[] Table = { 1, 1, 2, 6, 24, 120 };
    public Config(int limit) { Limit = Math.Min(limit, MaxItems); Name = Prefix + limit; }
}

class ConstAndReadonly
{
    const int Local = Config.MaxItems * 2;
    enum Color { Red, Green = 5, Blue }
    enum Flags { None = 0, A = 1, B = 2, C = 4, All = A | B | C }

    static void Main()
    {
        Config c = new Config(100);
        Console.WriteLine(c.Limit + " " + c.Name + " " + Local + " " + Config.Big);
        Console.WriteLine(Config.Half * 8);
        Console.WriteLine(Config.Table[5] + " " + Config.Table.Length);
        Config.Table[0] = 42;
        Console.WriteLine(Config.Table[0]);
        Console.WriteLine((int)Color.Red + " " + (int)Color.Green + " " + (int)Color.Blue);
        Color col = Color.Blue;
        Console.WriteLine(col == Color.Blue);
        Flags f = Flags.A | Flags.C;
        Console.WriteLine((int)f + " " + ((f & Flags.B) != 0) + " " + ((f & Flags.C) == Flags.C) + " " + (int)Flags.All);
        switch (col) { case Color.Red: Console.WriteLine("red"); break; case Color.Blue: Console.WriteLine("blue"); break; }
        Color next = (Color)((int)col + 1);
        Console.WriteLine((int)next);
    }
}

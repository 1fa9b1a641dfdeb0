using System;

struct S { public int I; public long L; public bool B; public char C; public double D; public string Str; }
class C { public int X; }

class DefaultValues
{
    static T Def<T>() { return default(T); }
    static bool IsDefault<T>(T v) { return object.Equals(v, default(T)); }

    static void Main()
    {
        Console.WriteLine(Def<int>());
        Console.WriteLine(Def<long>());
        Console.WriteLine(Def<bool>());
        Console.WriteLine((int)Def<char>());
        Console.WriteLine(Def<double>());
        Console.WriteLine(Def<string>() == null);
        Console.WriteLine(Def<C>() == null);
        S s = Def<S>();
        Console.WriteLine(s.I + " " + s.L + " " + s.B + " " + (int)s.C + " " + s.D + " " + (s.Str == null));
        Console.WriteLine(IsDefault(0) + " " + IsDefault(3) + " " + IsDefault<string>(null) + " " + IsDefault("x"));
        int[] ints = new int[3]; string[] strs = new string[2]; bool[] bools = new bool[2];
        Console.WriteLine(ints[2] + " " + (strs[1] == null) + " " + bools[0]);
    }
}

// An enum nested in a generic class is itself generic (Foo<int>.Color is an instantiation): its members must be
// known for ToString, Format, Parse, GetValues/GetNames, IsDefined and [Flags] names (mono's mcs test gtest-313
// printed 0 for Foo<int>.TestEnum.One).
using System;

class Foo<T>
{
    public enum Color { Red, Green, Blue = 4 }

    [Flags]
    public enum Access { None = 0, Read = 1, Write = 2, Execute = 4 }

    public Color Paint = Color.Green;

    public static string Describe(Color c) { return typeof(T).Name + ":" + c; }
}

class Outer<K, V>
{
    public class Inner<W>
    {
        public enum Level { Low = 1, High = 200 }
        public static Level Top() { return Level.High; }
    }
}

class Program
{
    static string Show<E>(E value) { return value.ToString(); }

    static void Main()
    {
        Foo<int>.Color c = Foo<int>.Color.Blue;
        Console.WriteLine(c);
        Console.WriteLine(Foo<string>.Color.Red);
        Console.WriteLine(new Foo<double>().Paint);
        Console.WriteLine(Foo<long>.Describe(Foo<long>.Color.Green));
        Console.WriteLine(Show(Foo<int>.Color.Green));
        object boxed = Foo<int>.Color.Blue;
        Console.WriteLine("{0} {1} {2}", boxed, (int)boxed, boxed is Foo<int>.Color);
        Console.WriteLine(((Foo<int>.Color)7).ToString());
        Console.WriteLine(c.ToString("D") + " " + c.ToString("X") + " " + string.Format("{0:G}", c));
        Console.WriteLine(Foo<int>.Access.Read | Foo<int>.Access.Execute);
        Console.WriteLine((Foo<byte>.Access)0);
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Foo<int>.Color))));
        foreach (Foo<int>.Color v in Enum.GetValues(typeof(Foo<int>.Color))) Console.Write((int)v + " ");
        Console.WriteLine();
        Console.WriteLine(Enum.Parse(typeof(Foo<int>.Color), "Blue"));
        Console.WriteLine(Enum.IsDefined(typeof(Foo<int>.Color), 3));
        Console.WriteLine(Outer<int, string>.Inner<bool>.Top());
        Console.WriteLine(c.CompareTo(Foo<int>.Color.Red) > 0);
    }
}

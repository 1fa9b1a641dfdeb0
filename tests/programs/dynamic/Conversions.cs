// Conversions of dynamic values to static types: implicit ones (identity, boxing and unboxing, numeric widening,
// to a base class or interface, to a nullable type, user-defined op_Implicit), explicit casts (numeric narrowing
// checked and unchecked, enums, user-defined op_Explicit, a reference cast that fails with InvalidCastException), a
// dynamic condition (if, ?:, while), and the conversion chosen by an assignment's target type.
using System;
using System.Collections.Generic;

struct Celsius
{
    public readonly double Degrees;
    public Celsius(double degrees) { Degrees = degrees; }
    public static implicit operator double(Celsius c) { return c.Degrees; }
    public static explicit operator Celsius(int degrees) { return new Celsius(degrees); }
    public override string ToString() { return Degrees + "C"; }
}

enum Color { Red = 1, Green = 2, Blue = 3 }

class Program
{
    static void Main()
    {
        dynamic i = 42;
        int asInt = i;
        long asLong = i;
        double asDouble = i;
        object asObject = i;
        int? asNullable = i;
        IComparable comparable = i;
        Console.WriteLine(asInt + " " + asLong + " " + asDouble + " " + asObject + " " + asNullable + " " + comparable.CompareTo(41));

        dynamic s = "text";
        string str = s;
        IEnumerable<char> chars = s;
        object o = s;
        Console.WriteLine(str + " " + o + " " + new List<char>(chars).Count);

        dynamic big = 300;
        byte wrapped = unchecked((byte)big);
        Console.WriteLine(wrapped);
        try
        {
            byte b = checked((byte)big);
            Console.WriteLine(b);
        }
        catch (OverflowException)
        {
            Console.WriteLine("checked (byte)300 threw OverflowException");
        }
        dynamic d = 3.99;
        Console.WriteLine((int)d + " " + (long)d + " " + (float)d + " " + (decimal)d);
        dynamic m = 7.5m;
        Console.WriteLine((double)m + " " + (int)m);

        dynamic two = 2;
        Color c = (Color)two;
        dynamic green = Color.Green;
        int fromEnum = (int)green;
        Console.WriteLine(c + " " + fromEnum + " " + (Color)(dynamic)3);

        dynamic warm = new Celsius(21.5);
        double degrees = warm;
        Celsius hot = (Celsius)(dynamic)40;
        Console.WriteLine(degrees + " " + hot);

        dynamic none = null;
        string nothing = none;
        int? empty = none;
        Console.WriteLine((nothing == null) + " " + empty.HasValue);

        dynamic list = new List<int>();
        try
        {
            string bad = (string)(object)list;
            Console.WriteLine(bad);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("string cast threw InvalidCastException");
        }

        dynamic yes = true, count = 3;
        if (yes) Console.WriteLine("if dynamic");
        Console.WriteLine(count > 2 ? "big" : "small");
        int loops = 0;
        while (count > 0)
        {
            count--;
            loops++;
        }
        Console.WriteLine(loops + " " + (yes && count == 0) + " " + (!yes || true));
    }
}

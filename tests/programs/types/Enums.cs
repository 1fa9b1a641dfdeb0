using System;

enum Color { Red, Green = 5, Blue }
enum Small : byte { A = 1, B = 200 }
enum Signed : long { Low = -5, High = 1L << 40 }

[Flags]
enum Access { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write }

class Enums
{
    static void Main()
    {
        Color c = Color.Blue;
        Console.WriteLine(c);
        Console.WriteLine(Color.Green + " " + (int)Color.Green + " " + (Color)7 + " " + (Color)42);
        Console.WriteLine(Small.B + " " + Signed.Low + " " + Signed.High);
        Access a = Access.Read | Access.Execute;
        Console.WriteLine(a);
        Console.WriteLine(Access.ReadWrite + " " + (Access.ReadWrite | Access.Execute) + " " + Access.None);
        Console.WriteLine(a.HasFlag(Access.Read) + " " + a.HasFlag(Access.Write));
        object boxed = Color.Red;
        Console.WriteLine(boxed.ToString() + " " + (boxed is Color) + " " + c.Equals(Color.Blue));
        switch (c)
        {
            case Color.Red: Console.WriteLine("red"); break;
            case Color.Blue: Console.WriteLine("blue"); break;
        }
        Console.WriteLine(string.Format("{0} and {1}", Color.Red, Access.Write));
    }
}

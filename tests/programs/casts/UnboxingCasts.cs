using System;

struct Pt { public int X; }
enum Mode { Off, On }

class UnboxingCasts
{
    static string Try<T>(object o) where T : struct
    {
        try { T v = (T)o; return "ok " + v.ToString(); }
        catch (InvalidCastException) { return "invalid"; }
        catch (NullReferenceException) { return "null"; }
    }

    static void Main()
    {
        object i = 5, l = 5L, b = (byte)5, c = 'c', p = new Pt(), m = Mode.On;
        Console.WriteLine(Try<int>(i) + " | " + Try<long>(i) + " | " + Try<int>(l) + " | " + Try<long>(l));
        Console.WriteLine(Try<byte>(b) + " | " + Try<int>(b) + " | " + Try<char>(c) + " | " + Try<int>(c));
        Console.WriteLine(Try<Pt>(p).Length > 0);
        Console.WriteLine(Try<int>(null));
        Console.WriteLine((int)(Mode)m + " " + ((Mode)m == Mode.On));
        int widened = (byte)b;
        Console.WriteLine(widened);
        long viaInt = (int)i;
        Console.WriteLine(viaInt);
        object d = 2.0;
        Console.WriteLine((d is double) + " " + (d is float) + " " + (double)d * 3);
    }
}

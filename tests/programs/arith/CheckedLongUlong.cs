using System;

class CheckedLongUlong
{
    static string Add(ulong a, ulong b) { try { return checked(a + b).ToString(); } catch (OverflowException) { return "ovf"; } }
    static string Sub(ulong a, ulong b) { try { return checked(a - b).ToString(); } catch (OverflowException) { return "ovf"; } }
    static string Mul(long a, long b) { try { return checked(a * b).ToString(); } catch (OverflowException) { return "ovf"; } }
    static string MulU(uint a, uint b) { try { return checked(a * b).ToString(); } catch (OverflowException) { return "ovf"; } }
    static string Neg(long a) { try { return checked(-a).ToString(); } catch (OverflowException) { return "ovf"; } }
    static string Inc(short s) { try { checked { s++; } return s.ToString(); } catch (OverflowException) { return "ovf"; } }

    static void Main()
    {
        Console.WriteLine(Add(1, 2) + " " + Add(ulong.MaxValue, 0) + " " + Add(ulong.MaxValue, 1));
        Console.WriteLine(Sub(5, 3) + " " + Sub(3, 5) + " " + Sub(0, 0));
        Console.WriteLine(Mul(3037000499L, 3037000499L) + " " + Mul(3037000500L, 3037000500L) + " " + Mul(-1, long.MinValue) + " " + Mul(long.MinValue, 1));
        Console.WriteLine(MulU(65535, 65537) + " " + MulU(65536, 65536));
        Console.WriteLine(Neg(long.MaxValue) + " " + Neg(long.MinValue));
        Console.WriteLine(Inc(32766) + " " + Inc(32767));
        long acc = 1;
        int steps = 0;
        try { checked { while (true) { acc *= 3; steps++; } } }
        catch (OverflowException) { Console.WriteLine("3^" + steps + " = " + acc + " is the last fitting power"); }
    }
}

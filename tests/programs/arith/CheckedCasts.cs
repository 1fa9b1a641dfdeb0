using System;

class CheckedCasts
{
    static string TryByte(int v) { try { return checked((byte)v).ToString(); } catch (OverflowException) { return "ovf"; } }
    static string TrySByte(long v) { try { return checked((sbyte)v).ToString(); } catch (OverflowException) { return "ovf"; } }
    static string TryUInt(long v) { try { return checked((uint)v).ToString(); } catch (OverflowException) { return "ovf"; } }
    static string TryInt(ulong v) { try { return checked((int)v).ToString(); } catch (OverflowException) { return "ovf"; } }
    static string TryULong(long v) { try { return checked((ulong)v).ToString(); } catch (OverflowException) { return "ovf"; } }
    static string TryCharFromInt(int v) { try { return ((int)checked((char)v)).ToString(); } catch (OverflowException) { return "ovf"; } }
    static string TryIntFromDouble(double v) { try { return checked((int)v).ToString(); } catch (OverflowException) { return "ovf"; } }

    static void Main()
    {
        Console.WriteLine(TryByte(0) + " " + TryByte(255) + " " + TryByte(256) + " " + TryByte(-1));
        Console.WriteLine(TrySByte(127) + " " + TrySByte(128) + " " + TrySByte(-128) + " " + TrySByte(-129));
        Console.WriteLine(TryUInt(4294967295L) + " " + TryUInt(4294967296L) + " " + TryUInt(-1));
        Console.WriteLine(TryInt(2147483647UL) + " " + TryInt(2147483648UL));
        Console.WriteLine(TryULong(0) + " " + TryULong(long.MaxValue) + " " + TryULong(-5));
        Console.WriteLine(TryCharFromInt(65535) + " " + TryCharFromInt(65536) + " " + TryCharFromInt(-1));
        Console.WriteLine(TryIntFromDouble(2147483647.0) + " " + TryIntFromDouble(2147483648.0) + " " + TryIntFromDouble(-2147483649.0));
        Console.WriteLine(unchecked((byte)300) + " " + unchecked((sbyte)255));
    }
}

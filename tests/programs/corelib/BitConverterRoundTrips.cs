using System;

class BitConverterRoundTrips
{
    static void Show(string name, byte[] bytes) { Console.WriteLine(name + ": " + BitConverter.ToString(bytes)); }

    static void Main()
    {
        Console.WriteLine("little endian: " + BitConverter.IsLittleEndian);
        Show("true", BitConverter.GetBytes(true));
        Show("false", BitConverter.GetBytes(false));
        Show("'A'", BitConverter.GetBytes('A'));
        Show("'\\u20ac'", BitConverter.GetBytes('\u20ac'));
        Show("(short)-2", BitConverter.GetBytes((short)-2));
        Show("(ushort)65534", BitConverter.GetBytes((ushort)65534));
        Show("305419896", BitConverter.GetBytes(305419896));
        Show("-1", BitConverter.GetBytes(-1));
        Show("uint.MaxValue", BitConverter.GetBytes(uint.MaxValue));
        Show("long.MinValue", BitConverter.GetBytes(long.MinValue));
        Show("0x0102030405060708", BitConverter.GetBytes(0x0102030405060708L));
        Show("ulong 0xFEDCBA9876543210", BitConverter.GetBytes(0xFEDCBA9876543210UL));
        Show("1.0f", BitConverter.GetBytes(1.0f));
        Show("-2.5f", BitConverter.GetBytes(-2.5f));
        Show("1.0", BitConverter.GetBytes(1.0));
        Show("Math.PI", BitConverter.GetBytes(Math.PI));
        Show("double.NaN", BitConverter.GetBytes(double.NaN));
        Show("-0.0", BitConverter.GetBytes(-0.0));

        byte[] data = { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0xFF, 0xFE, 0x80, 0x00 };
        Console.WriteLine(BitConverter.ToString(data));
        Console.WriteLine(BitConverter.ToString(data, 8));
        Console.WriteLine(BitConverter.ToString(data, 2, 3));
        Console.WriteLine("[" + BitConverter.ToString(new byte[0]) + "]");
        Console.WriteLine("[" + BitConverter.ToString(data, 3, 0) + "]");
        Console.WriteLine(BitConverter.ToInt16(data, 0) + " " + BitConverter.ToUInt16(data, 8) + " " + BitConverter.ToInt16(data, 8));
        Console.WriteLine(BitConverter.ToInt32(data, 0) + " " + BitConverter.ToInt32(data, 8) + " " + BitConverter.ToUInt32(data, 8));
        Console.WriteLine(BitConverter.ToInt64(data, 0) + " " + BitConverter.ToInt64(data, 4) + " " + BitConverter.ToUInt64(data, 4));
        Console.WriteLine(BitConverter.ToBoolean(data, 0) + " " + BitConverter.ToBoolean(data, 11) + " " + (int)BitConverter.ToChar(data, 9));
        Console.WriteLine(BitConverter.ToDouble(BitConverter.GetBytes(1234.5), 0) + " " + BitConverter.ToSingle(BitConverter.GetBytes(-0.75f), 0));
        byte[] padded = new byte[11];
        Array.Copy(BitConverter.GetBytes(0.1), 0, padded, 3, 8);
        Console.WriteLine(BitConverter.ToDouble(padded, 3) == 0.1);

        Console.WriteLine(BitConverter.DoubleToInt64Bits(1.0) + " " + BitConverter.DoubleToInt64Bits(-0.0) + " " + BitConverter.DoubleToInt64Bits(double.PositiveInfinity));
        Console.WriteLine(BitConverter.Int64BitsToDouble(4611686018427387904L) + " " + (BitConverter.Int64BitsToDouble(1L) == double.Epsilon) + " " + double.IsNaN(BitConverter.Int64BitsToDouble(-1L)));
        Console.WriteLine(BitConverter.SingleToInt32Bits(1.0f) + " " + BitConverter.SingleToInt32Bits(-1.5f) + " " + BitConverter.Int32BitsToSingle(1069547520));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(BitConverter.Int32BitsToSingle(0x7f800000))));

        try { BitConverter.ToInt32(data, 10); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { BitConverter.ToInt32(data, 12); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        try { BitConverter.ToInt32(data, -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        try { BitConverter.ToInt64(null, 0); } catch (ArgumentNullException e) { Console.WriteLine(e.GetType().Name); }
        try { BitConverter.ToString(data, 5, 10); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { BitConverter.ToString((byte[])null); } catch (ArgumentNullException e) { Console.WriteLine(e.GetType().Name); }
    }
}

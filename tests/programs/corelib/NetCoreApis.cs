// expect-stdout-file: NetCoreApis.out
// APIs and messages of .NET 5-8 that Mono's mscorlib lacks or words differently: TickCount64, ProcessId,
// GC.GetTotalAllocatedBytes, Random.NextInt64 and Shared, Convert.ToHexString, char.IsAscii*, and the
// exception messages of parsing and conversions.
using System;

class NetCoreApis
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (Exception e) { Console.WriteLine(label + " ! " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        long t0 = Environment.TickCount64;
        Console.WriteLine("TickCount64: " + (t0 > 0) + " " + (Environment.TickCount64 >= t0));
        Console.WriteLine("ProcessId: " + (Environment.ProcessId > 0));
        Console.WriteLine("MaxGeneration: " + GC.MaxGeneration);
        long allocated = GC.GetTotalAllocatedBytes(false);
        byte[] block = new byte[100000];
        Console.WriteLine("allocated: " + (GC.GetTotalAllocatedBytes(true) - allocated >= 100000) + " " + (GC.GetAllocatedBytesForCurrentThread() > 0) + " " + block.Length);
        Try("GetEnvironmentVariable(null)", () => Environment.GetEnvironmentVariable(null));

        Random r = new Random(7);
        bool ok = true;
        for (int i = 0; i < 1000; i++)
        {
            long a = r.NextInt64(), b = r.NextInt64(1000), c = r.NextInt64(-5000000000L, 5000000000L);
            float f = r.NextSingle();
            if (a < 0 || b < 0 || b >= 1000 || c < -5000000000L || c >= 5000000000L || f < 0 || f >= 1) ok = false;
            long s = Random.Shared.NextInt64(10, 20);
            if (s < 10 || s >= 20) ok = false;
        }
        Console.WriteLine("NextInt64 in range: " + ok + " " + new Random(1).NextInt64(5, 5) + " " + (Random.Shared == Random.Shared));
        Try("NextInt64(-1)", () => r.NextInt64(-1));
        Try("NextInt64(3, 2)", () => r.NextInt64(3, 2));

        byte[] bytes = { 0x00, 0x7f, 0x80, 0xab, 0xff };
        Console.WriteLine(Convert.ToHexString(bytes) + " " + Convert.ToHexString(bytes, 1, 2) + " [" + Convert.ToHexString(new byte[0]) + "]");
        Console.WriteLine(BitConverter.ToString(Convert.FromHexString("DEADbeef00")));
        Try("FromHexString(\"abc\")", () => Convert.FromHexString("abc"));
        Try("FromHexString(\"zz\")", () => Convert.FromHexString("zz"));
        Console.WriteLine(char.IsAscii('a') + " " + char.IsAscii('\u00e9') + " " + char.IsAsciiDigit('7') + " " + char.IsAsciiLetter('Q') + " " + char.IsAsciiHexDigit('f') + " " + char.IsAsciiHexDigit('g') + " " + char.IsBetween('m', 'a', 'z'));
        Console.WriteLine(BitConverter.DoubleToUInt64Bits(-1.0) + " " + BitConverter.UInt64BitsToDouble(4611686018427387904UL) + " " + BitConverter.SingleToUInt32Bits(-1f) + " " + BitConverter.UInt32BitsToSingle(1065353216u));

        Try("int.Parse(\"12a\")", () => int.Parse("12a"));
        Try("int.Parse(\"99999999999\")", () => int.Parse("99999999999"));
        Try("long.Parse(\"\")", () => long.Parse(""));
        Try("byte.Parse(\"300\")", () => byte.Parse("300"));
        Try("sbyte.Parse(\"-200\")", () => sbyte.Parse("-200"));
        Try("ushort.Parse(\"-1\")", () => ushort.Parse("-1"));
        Try("uint.Parse(\"4294967296\")", () => uint.Parse("4294967296"));
        Try("ulong.Parse(\"x\")", () => ulong.Parse("x"));
        Try("double.Parse(\"1.2.3\")", () => double.Parse("1.2.3"));
        Try("decimal.Parse(\"1e3\")", () => decimal.Parse("1e3"));
        Try("decimal.Parse(\"1e30 digits\")", () => decimal.Parse("1000000000000000000000000000000"));
        Try("bool.Parse(\"maybe\")", () => bool.Parse("maybe"));
        Try("int.Parse(null)", () => int.Parse(null));
        Try("Convert.ToInt32(1e10)", () => Convert.ToInt32(1e10));
        Try("Convert.ToByte(-1)", () => Convert.ToByte(-1));
        Try("Convert.ToSByte(200)", () => Convert.ToSByte(200));
        Try("Convert.ToUInt16(70000)", () => Convert.ToUInt16(70000));
        Try("Convert.ToChar(-1)", () => Convert.ToChar(-1));
        Try("Convert.ToChar(\"ab\")", () => Convert.ToChar("ab"));
        Try("Convert.ToChar(1.5)", () => Convert.ToChar(1.5));
        Try("Convert.ToDouble('x')", () => Convert.ToDouble('x'));
        Try("Convert.ToInt32(\"1\", 3)", () => Convert.ToInt32("1", 3));
        Try("Convert.ToInt32(\"-1\", 16)", () => Convert.ToInt32("-1", 16));
        Try("Convert.ToInt32(\"xyz\", 16)", () => Convert.ToInt32("xyz", 16));
        Try("Convert.ToInt32(\"12xyz\", 16)", () => Convert.ToInt32("12xyz", 16));
        Try("Convert.ToInt32(\"100000000\", 16)", () => Convert.ToInt32("100000000", 16));
        Try("Convert.ChangeType(null, typeof(int))", () => Convert.ChangeType(null, typeof(int)));
        Try("Convert.ToInt32(new object())", () => Convert.ToInt32(new object()));
        Try("(int)decimal.MaxValue", () => (int)decimal.Parse("79228162514264337593543950335"));
        Try("decimal overflow", () => decimal.MaxValue + decimal.Parse("1"));
        Try("decimal / 0", () => 1m / decimal.Parse("0"));
        Try("decimal.Round(1m, 29)", () => decimal.Round(1m, 29));
        Try("new decimal(0, 0, 0, false, 29)", () => new decimal(0, 0, 0, false, 29));
        Try("(decimal)double.NaN", () => (decimal)double.Parse("NaN"));
        Try("Activator.CreateInstance<string>()", () => Activator.CreateInstance<string>());
        Try("Lazy ToString", () => new Lazy<int>(() => 1).ToString());
        Try("TimeSpan.FromDays(1e300)", () => TimeSpan.FromDays(1e300));
        Try("new TimeSpan(int.MaxValue, 0, 0, 0)", () => new TimeSpan(int.MaxValue, 0, 0, 0));
        Try("TimeSpan.Parse(\"25:99\")", () => TimeSpan.Parse("25:99"));
        Try("DateTime.MinValue.AddYears(-1)", () => DateTime.MinValue.AddYears(-1));
        Try("DateTime(2024, 13, 1)", () => new DateTime(2024, 13, 1));
        Try("DateTime.IsLeapYear(10000)", () => DateTime.IsLeapYear(10000));
        Try("DateTime.ParseExact", () => DateTime.ParseExact("2024", "yyyy-MM", null));
        Try("MathF.Round(1f, 7)", () => MathF.Round(1f, 7));
        Try("Math.Round(1.5, (MidpointRounding)9)", () => Math.Round(1.5, (MidpointRounding)9));
        Try("Math.Abs(int.MinValue)", () => Math.Abs(int.MinValue));
        Try("Math.Sign(double.NaN)", () => Math.Sign(double.NaN));
        Try("BitConverter.ToString(bytes, 4, 5)", () => BitConverter.ToString(bytes, 4, 5));
        Try("BitConverter.ToInt16(bytes, 9)", () => BitConverter.ToInt16(bytes, 9));
        Try("char.ConvertFromUtf32(-1)", () => char.ConvertFromUtf32(-1));
        Try("Array.GetLength(1)", () => new int[3].GetLength(1));
    }
}

using System;

class ConvertBasics
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (Exception e) { Console.WriteLine(label + " ! " + e.GetType().Name); }
    }

    static void Main()
    {
        double[] doubles = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, 1e9, -2147483648.4, 2147483647.4, 2147483647.5, -2147483648.6, double.NaN, double.PositiveInfinity };
        foreach (double d in doubles)
        {
            double v = d;
            Try("ToInt32(" + v + ")", () => Convert.ToInt32(v));
            Try("ToInt64(" + v + ")", () => Convert.ToInt64(v));
            Try("ToByte(" + v + ")", () => Convert.ToByte(v));
            Try("ToUInt32(" + v + ")", () => Convert.ToUInt32(v));
            Try("ToInt16(" + v + ")", () => Convert.ToInt16(v));
        }
        Try("ToInt32(2.5f)", () => Convert.ToInt32(2.5f));
        Try("ToInt32(3.5m)", () => Convert.ToInt32(3.5m));
        Try("ToInt32(-2.5m)", () => Convert.ToInt32(-2.5m));
        Try("ToInt64(1e19)", () => Convert.ToInt64(1e19));
        Try("ToInt64(9.2233720368547748E+18)", () => Convert.ToInt64(9.2233720368547748E+18));
        Try("ToUInt64(1.8e19)", () => Convert.ToUInt64(1.8e19));
        Try("ToUInt64(-0.4)", () => Convert.ToUInt64(-0.4));

        string[] strings = { "123", "-45", " 7 ", "+8", "2147483647", "2147483648", "-2147483648", "-2147483649", "abc", "", "1.5", "0x10", null, "99999999999999999999" };
        foreach (string s in strings)
        {
            string t = s;
            string shown = t == null ? "null" : "\"" + t + "\"";
            Try("ToInt32(" + shown + ")", () => Convert.ToInt32(t));
            Try("ToInt64(" + shown + ")", () => Convert.ToInt64(t));
            Try("ToByte(" + shown + ")", () => Convert.ToByte(t));
            Try("ToUInt32(" + shown + ")", () => Convert.ToUInt32(t));
            Try("ToDouble(" + shown + ")", () => Convert.ToDouble(t));
            Try("ToDecimal(" + shown + ")", () => Convert.ToDecimal(t));
        }
        Try("int.Parse(\"2147483648\")", () => int.Parse("2147483648"));
        Try("int.Parse(\"x\")", () => int.Parse("x"));
        Try("uint.Parse(\"-1\")", () => uint.Parse("-1"));
        Try("byte.Parse(\"256\")", () => byte.Parse("256"));
        Try("sbyte.Parse(\"-129\")", () => sbyte.Parse("-129"));
        Try("long.Parse(\"9223372036854775808\")", () => long.Parse("9223372036854775808"));
        Try("ulong.Parse(\"18446744073709551616\")", () => ulong.Parse("18446744073709551616"));
        Try("int.Parse(null)", () => int.Parse(null));

        Try("ToBoolean(\"True\")", () => Convert.ToBoolean("True"));
        Try("ToBoolean(\" false \")", () => Convert.ToBoolean(" false "));
        Try("ToBoolean(\"TRUE\")", () => Convert.ToBoolean("TRUE"));
        Try("ToBoolean(\"yes\")", () => Convert.ToBoolean("yes"));
        Try("ToBoolean(\"1\")", () => Convert.ToBoolean("1"));
        Try("ToBoolean(null string)", () => Convert.ToBoolean((string)null));
        Try("ToBoolean(0)", () => Convert.ToBoolean(0));
        Try("ToBoolean(-3)", () => Convert.ToBoolean(-3));
        Try("ToBoolean(0.0)", () => Convert.ToBoolean(0.0));
        Try("ToBoolean(NaN)", () => Convert.ToBoolean(double.NaN));
        Try("ToBoolean(0.1m)", () => Convert.ToBoolean(0.1m));
        Try("bool.Parse(\"False\")", () => bool.Parse("False"));
        Try("bool.Parse(\"nope\")", () => bool.Parse("nope"));
        bool parsed;
        Console.WriteLine(bool.TryParse("true", out parsed) + " " + parsed + " " + bool.TryParse("x", out parsed) + " " + parsed);

        Try("ToChar(65)", () => Convert.ToChar(65));
        Try("ToChar(\"Z\")", () => Convert.ToChar("Z"));
        Try("ToChar(\"ZZ\")", () => Convert.ToChar("ZZ"));
        Try("ToChar(-1)", () => Convert.ToChar(-1));
        Try("ToChar(70000)", () => Convert.ToChar(70000));
        Try("ToChar((byte)66)", () => Convert.ToChar((byte)66));
        Try("ToInt32('A')", () => Convert.ToInt32('A'));
        Try("ToDouble(true)", () => Convert.ToDouble(true));
        Try("ToDouble(7L)", () => Convert.ToDouble(7L));
        Try("ToDouble(0.25m)", () => Convert.ToDouble(0.25m));
        Try("ToDouble(2.5f)", () => Convert.ToDouble(2.5f));
        Try("ToSingle(\"1.5\")", () => Convert.ToSingle("1.5"));
        Try("ToDecimal(1.1)", () => Convert.ToDecimal(1.1));
        Try("ToDecimal(0.1f)", () => Convert.ToDecimal(0.1f));
        Try("ToDecimal(true)", () => Convert.ToDecimal(true));
        Try("ToInt32(true)", () => Convert.ToInt32(true));
        Try("ToInt32(5000000000L)", () => Convert.ToInt32(5000000000L));
        Try("ToInt32(uint.MaxValue)", () => Convert.ToInt32(uint.MaxValue));
        Try("ToByte(-1)", () => Convert.ToByte(-1));
        Try("ToByte(300)", () => Convert.ToByte(300));
        Try("ToByte('a')", () => Convert.ToByte('a'));
        Try("ToSByte(200)", () => Convert.ToSByte(200));
        Try("ToUInt16(-5)", () => Convert.ToUInt16(-5));
        Try("ToInt16(40000)", () => Convert.ToInt16(40000));
        Try("ToUInt64(-1L)", () => Convert.ToUInt64(-1L));
        Try("ToInt64(ulong.MaxValue)", () => Convert.ToInt64(ulong.MaxValue));

        object[] objects = { 42, -7L, (short)3, (byte)9, 2.5, 3.5f, 4.5m, true, 'x', "17", null, (uint)8, (ulong)10 };
        foreach (object o in objects)
        {
            object v = o;
            string shown = v == null ? "null" : v.GetType().Name + " " + v;
            Try("ToInt32(object " + shown + ")", () => Convert.ToInt32(v));
            Try("ToDouble(object " + shown + ")", () => Convert.ToDouble(v));
            Try("ToBoolean(object " + shown + ")", () => Convert.ToBoolean(v));
            Try("ToString(object " + shown + ")", () => "[" + Convert.ToString(v) + "]");
            Try("ToInt64(object " + shown + ")", () => Convert.ToInt64(v));
            Try("ToDecimal(object " + shown + ")", () => Convert.ToDecimal(v));
            Try("ToChar(object " + shown + ")", () => (int)Convert.ToChar(v));
        }
        Try("ToInt32(object)", () => Convert.ToInt32(new object()));

        Console.WriteLine(Convert.ToString(true) + " " + Convert.ToString('c') + " " + Convert.ToString(12) + " " + Convert.ToString(-3L) + " " + Convert.ToString(1.5) + " " + Convert.ToString(2.50m) + " [" + Convert.ToString((object)null) + "] [" + Convert.ToString((string)null) + "]");
        int[] basesInt = { 0, 1, -1, 255, -256, int.MaxValue, int.MinValue, 1000 };
        foreach (int i in basesInt) Console.WriteLine(i + ": " + Convert.ToString(i, 2) + " " + Convert.ToString(i, 8) + " " + Convert.ToString(i, 10) + " " + Convert.ToString(i, 16));
        Console.WriteLine(Convert.ToString(-1L, 16) + " " + Convert.ToString(long.MinValue, 2) + " " + Convert.ToString((short)-1, 16) + " " + Convert.ToString((byte)255, 2) + " " + Convert.ToString((short)300, 8));
        Try("ToString(5, 3)", () => Convert.ToString(5, 3));

        string[,] based = { { "ff", "16" }, { "FF", "16" }, { "0x1F", "16" }, { "7fffffff", "16" }, { "80000000", "16" }, { "ffffffff", "16" },
            { "100000000", "16" }, { "777", "8" }, { "1010", "2" }, { "-12", "10" }, { "-12", "16" }, { "12x", "16" }, { "", "16" },
            { "2147483648", "10" }, { "-2147483648", "10" }, { "11111111111111111111111111111111", "2" }, { "g", "16" }, { "12", "7" }, { " 1", "16" } };
        for (int i = 0; i < based.GetLength(0); i++)
        {
            string s = based[i, 0];
            int b = int.Parse(based[i, 1]);
            Try("ToInt32(\"" + s + "\", " + b + ")", () => Convert.ToInt32(s, b));
            Try("ToInt64(\"" + s + "\", " + b + ")", () => Convert.ToInt64(s, b));
            Try("ToByte(\"" + s + "\", " + b + ")", () => Convert.ToByte(s, b));
            Try("ToUInt32(\"" + s + "\", " + b + ")", () => Convert.ToUInt32(s, b));
            Try("ToInt16(\"" + s + "\", " + b + ")", () => Convert.ToInt16(s, b));
        }

        byte[][] blobs = { new byte[0], new byte[] { 0 }, new byte[] { 1, 2 }, new byte[] { 1, 2, 3 }, new byte[] { 255, 254, 253, 252 },
            new byte[] { 72, 101, 108, 108, 111, 44, 32, 87, 111, 114, 108, 100, 33 } };
        foreach (byte[] blob in blobs)
        {
            string b64 = Convert.ToBase64String(blob);
            byte[] back = Convert.FromBase64String(b64);
            Console.WriteLine("[" + b64 + "] " + BitConverter.ToString(back) + " " + (back.Length == blob.Length));
        }
        byte[] many = new byte[100];
        for (int i = 0; i < many.Length; i++) many[i] = (byte)(i * 7);
        string lines = Convert.ToBase64String(many, Base64FormattingOptions.InsertLineBreaks);
        Console.WriteLine(lines.Replace("\r\n", "|"));
        Console.WriteLine(Convert.ToBase64String(many, 10, 5) + " " + BitConverter.ToString(Convert.FromBase64String(" AQID\nBA== ")));
        string[] badBase64 = { "A", "AB=C", "====", "AQID!", "AQ==AQ==", "AQ=" };
        foreach (string bad in badBase64) Try("FromBase64String(\"" + bad + "\")", () => Convert.FromBase64String(bad).Length);
        Try("FromBase64String(null)", () => Convert.FromBase64String(null));
        Try("ToBase64String(null)", () => Convert.ToBase64String(null));

        Try("ChangeType(\"12\", int)", () => Convert.ChangeType("12", typeof(int)));
        Try("ChangeType(12, string)", () => Convert.ChangeType(12, typeof(string)));
        Try("ChangeType(1.5, decimal)", () => Convert.ChangeType(1.5, typeof(decimal)));
        Try("ChangeType(3, double)", () => Convert.ChangeType(3, typeof(double)).GetType().Name);
        Try("ChangeType(null, int)", () => Convert.ChangeType(null, typeof(int)));
        Try("ChangeType(null, string)", () => Convert.ChangeType(null, typeof(string)) == null);
    }
}

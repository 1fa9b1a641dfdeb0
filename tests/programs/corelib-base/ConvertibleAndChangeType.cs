// expect-stdout-file: ConvertibleAndChangeType.out
// .NET names the text in its FormatExceptions ("String 'yes' was not recognized as a valid Boolean."), parses
// "1e400" as infinity, says which type a value could not be cast to IConvertible from, refuses ChangeType to DBNull
// before asking the value, words Convert.ToUInt64(-2.5)'s overflow as Convert does, and prints floats with the
// shortest round-trip digits.
// IConvertible on the primitives, string, DateTime, decimal, enums and DBNull; TypeCode and GetTypeCode;
// Convert's object overloads (with and without a format provider) and Convert.ChangeType by Type and TypeCode,
// with .NET's InvalidCastException, FormatException and OverflowException.
using System;
using System.Globalization;

enum Shade : byte { Light = 1, Dark = 200 }
enum Big : long { Huge = 1L << 40 }

// A user type converting itself to a few types.
class Meters : IConvertible
{
    private readonly double value;
    public Meters(double value) { this.value = value; }
    public TypeCode GetTypeCode() { return TypeCode.Object; }
    public bool ToBoolean(IFormatProvider provider) { return value != 0; }
    public char ToChar(IFormatProvider provider) { throw new InvalidCastException("no char"); }
    public sbyte ToSByte(IFormatProvider provider) { return Convert.ToSByte(value); }
    public byte ToByte(IFormatProvider provider) { return Convert.ToByte(value); }
    public short ToInt16(IFormatProvider provider) { return Convert.ToInt16(value); }
    public ushort ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(value); }
    public int ToInt32(IFormatProvider provider) { return Convert.ToInt32(value); }
    public uint ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(value); }
    public long ToInt64(IFormatProvider provider) { return Convert.ToInt64(value); }
    public ulong ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(value); }
    public float ToSingle(IFormatProvider provider) { return (float)value; }
    public double ToDouble(IFormatProvider provider) { return value; }
    public decimal ToDecimal(IFormatProvider provider) { return (decimal)value; }
    public DateTime ToDateTime(IFormatProvider provider) { throw new InvalidCastException("no date"); }
    public string ToString(IFormatProvider provider) { return value + " m"; }
    public object ToType(Type conversionType, IFormatProvider provider)
    {
        if (conversionType == typeof(Meters)) return this;
        throw new InvalidCastException("Meters to " + conversionType.Name);
    }
    public override string ToString() { return ToString(null); }
}

class Plain { public override string ToString() { return "plain"; } }

class ConvertibleAndChangeType
{
    static string Show(object o)
    {
        if (o is char && (char)o < ' ') return "Char:\\u" + ((int)(char)o).ToString("x4");
        return o == null ? "null" : o.GetType().Name + ":" + Convert.ToString(o, CultureInfo.InvariantCulture);
    }

    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + " = " + Show(f())); }
        catch (Exception e) { Console.WriteLine(label + " ! " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        object[] values = { true, 'A', (sbyte)-5, (byte)250, (short)-300, (ushort)60000, -70000, 4000000000u, -5000000000L, 10000000000000000000UL,
            1.5f, -2.5, 3.75m, "42", new DateTime(2020, 1, 2, 3, 4, 5), Shade.Dark, Big.Huge, DBNull.Value, new Meters(7.6), new Plain(), null };
        foreach (object v in values)
        {
            IConvertible c = v as IConvertible;
            Console.WriteLine(Show(v) + " code " + Convert.GetTypeCode(v) + (c != null ? " self " + c.GetTypeCode() : "") + " dbnull " + Convert.IsDBNull(v)
                + " type " + (v == null ? "-" : Type.GetTypeCode(v.GetType()).ToString()));
        }
        Console.WriteLine(Type.GetTypeCode(null) + " " + Type.GetTypeCode(typeof(object)) + " " + Type.GetTypeCode(typeof(Shade)) + " " + Type.GetTypeCode(typeof(int[]))
            + " " + Type.GetTypeCode(typeof(DBNull)) + " " + Type.GetTypeCode(typeof(Plain)) + " " + (int)TypeCode.String + " " + (int)TypeCode.DateTime + " " + Convert.DBNull + "|");

        string[] targets = { "Boolean", "Char", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Single", "Double", "Decimal", "DateTime", "String" };
        foreach (object v in values)
        {
            Console.WriteLine("-- " + Show(v));
            foreach (string t in targets)
            {
                object value = v;
                switch (t)
                {
                    case "Boolean": Try("  ToBoolean", () => Convert.ToBoolean(value, CultureInfo.InvariantCulture)); break;
                    case "Char": Try("  ToChar", () => Convert.ToChar(value)); break;
                    case "SByte": Try("  ToSByte", () => Convert.ToSByte(value, null)); break;
                    case "Byte": Try("  ToByte", () => Convert.ToByte(value)); break;
                    case "Int16": Try("  ToInt16", () => Convert.ToInt16(value, NumberFormatInfo.InvariantInfo)); break;
                    case "UInt16": Try("  ToUInt16", () => Convert.ToUInt16(value)); break;
                    case "Int32": Try("  ToInt32", () => Convert.ToInt32(value, CultureInfo.InvariantCulture)); break;
                    case "UInt32": Try("  ToUInt32", () => Convert.ToUInt32(value)); break;
                    case "Int64": Try("  ToInt64", () => Convert.ToInt64(value, null)); break;
                    case "UInt64": Try("  ToUInt64", () => Convert.ToUInt64(value)); break;
                    case "Single": Try("  ToSingle", () => Convert.ToSingle(value, CultureInfo.InvariantCulture)); break;
                    case "Double": Try("  ToDouble", () => Convert.ToDouble(value)); break;
                    case "Decimal": Try("  ToDecimal", () => Convert.ToDecimal(value, CultureInfo.InvariantCulture)); break;
                    case "DateTime": Try("  ToDateTime", () => Convert.ToDateTime(value, CultureInfo.InvariantCulture)); break;
                    case "String": Try("  ToString", () => Convert.ToString(value)); break;
                }
            }
        }

        // strings that do not convert
        Try("ToInt32(\"abc\")", () => Convert.ToInt32((object)"abc"));
        Try("ToInt32(\"99999999999\")", () => Convert.ToInt32((object)"99999999999", CultureInfo.InvariantCulture));
        Try("ToByte(\"-1\")", () => Convert.ToByte((object)"-1"));
        Try("ToBoolean(\"yes\")", () => Convert.ToBoolean((object)"yes"));
        Try("ToChar(\"ab\")", () => Convert.ToChar((object)"ab"));
        Try("ToDouble(\"1e400\")", () => Convert.ToDouble((object)"1e400"));
        Try("ToDateTime(\"2021-05-06\")", () => Convert.ToDateTime((object)"2021-05-06"));
        Try("ToDecimal(\" 12.50 \")", () => Convert.ToDecimal((object)" 12.50 "));

        // ChangeType
        Type[] types = { typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(object),
            typeof(DateTime), typeof(Shade), typeof(Enum), typeof(Meters), typeof(DBNull), typeof(Plain) };
        object[] sources = { 65, "123", 2.5, 'x', true, Shade.Light, new Meters(3), DBNull.Value, new Plain(), null, new DateTime(2001, 2, 3) };
        foreach (object s in sources)
        {
            object source = s;
            foreach (Type t in types)
            {
                Type target = t;
                Try("ChangeType(" + Show(source) + ", " + target.Name + ")", () => Convert.ChangeType(source, target, CultureInfo.InvariantCulture));
            }
        }
        Try("ChangeType(null, int?)", () => Convert.ChangeType(null, typeof(int?)));
        Try("ChangeType(1, null)", () => Convert.ChangeType(1, (Type)null));
        foreach (TypeCode code in new[] { TypeCode.Empty, TypeCode.Object, TypeCode.DBNull, TypeCode.Boolean, TypeCode.Char, TypeCode.Int16, TypeCode.UInt64, TypeCode.Single,
            TypeCode.Decimal, TypeCode.DateTime, TypeCode.String, (TypeCode)17 })
        {
            TypeCode c = code;
            Try("ChangeType(\"1\", " + c + ")", () => Convert.ChangeType("1", c));
            Try("ChangeType(7, " + c + ")", () => Convert.ChangeType(7, c, CultureInfo.InvariantCulture));
            Try("ChangeType(null, " + c + ")", () => Convert.ChangeType(null, c));
        }
        IConvertible ic = 5;
        Console.WriteLine(ic.ToType(typeof(long), null).GetType().Name + " " + ((IConvertible)"3").ToType(typeof(short), null).GetType().Name + " " + ((IConvertible)Shade.Dark).ToType(typeof(int), null)
            + " " + ((IConvertible)Shade.Dark).ToString(null) + " " + ((IConvertible)3.5).ToString(CultureInfo.InvariantCulture) + " " + ((IConvertible)new DateTime(2000, 1, 1)).ToDateTime(null).Year);
    }
}

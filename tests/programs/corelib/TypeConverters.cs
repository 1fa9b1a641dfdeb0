// expect-stdout-file: TypeConverters.out
// System.ComponentModel's TypeConverter: the base converts anything to a string and nothing else (with .NET's
// NotSupportedException messages), subclasses add conversions through the context-taking virtuals, standard
// values come in a StandardValuesCollection, and ExpandableObjectConverter and TypeConverterAttribute are there for
// the declarations mono's mcs test test-463 makes (a nested class named TypeConverter deriving from one).
// The .out file is .NET's: ArgumentNullException's message, and TypeConverterAttribute(null) throws it (Mono: a
// NullReferenceException).
using System;
using System.Collections;
using System.ComponentModel;
using System.Globalization;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return X + ";" + Y; }
}

class PointConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
    {
        return sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
    }

    public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
    {
        string text = value as string;
        if (text == null) return base.ConvertFrom(context, culture, value);
        string[] parts = text.Split(';');
        return new Point(int.Parse(parts[0]), int.Parse(parts[1]));
    }

    public override bool GetStandardValuesSupported(ITypeDescriptorContext context) { return true; }
    public override bool GetStandardValuesExclusive(ITypeDescriptorContext context) { return true; }

    public override StandardValuesCollection GetStandardValues(ITypeDescriptorContext context)
    {
        return new StandardValuesCollection(new[] { new Point(0, 0), new Point(1, 1) });
    }
}

public class PropertySorter : ExpandableObjectConverter { }

[TypeConverter(typeof(PathItem.TypeConverter))]
class PathItem
{
    internal class TypeConverter : PropertySorter { }
}

class Program
{
    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine("{0}: {1}", what, f()); }
        catch (Exception e) { Console.WriteLine("{0}: {1}: {2}", what, e.GetType().Name, e.Message); }
    }

    static void Main()
    {
        var plain = new TypeConverter();
        Console.WriteLine("base: to string {0}, to int {1}, from string {2}", plain.CanConvertTo(typeof(string)), plain.CanConvertTo(typeof(int)), plain.CanConvertFrom(typeof(string)));
        Try("ConvertToString(42)", () => plain.ConvertToString(42));
        Try("ConvertToInvariantString(Point)", () => plain.ConvertToInvariantString(new Point(3, 4)));
        Try("ConvertToString(null)", () => "'" + plain.ConvertToString(null) + "'");
        Try("ConvertTo(42, int)", () => plain.ConvertTo(42, typeof(int)));
        Try("ConvertTo(null, int)", () => plain.ConvertTo(null, typeof(int)));
        Try("ConvertFrom(\"x\")", () => plain.ConvertFrom("x"));
        Try("ConvertFromString(\"x\")", () => plain.ConvertFromString("x"));
        Try("ConvertTo(1, null)", () => plain.ConvertTo(1, null));
        Console.WriteLine("base: valid {0}, properties {1}, create instance {2}, standard values {3}, instance {4}",
            plain.IsValid("x"), plain.GetPropertiesSupported(), plain.GetCreateInstanceSupported(), plain.GetStandardValuesSupported(),
            plain.CreateInstance(new Hashtable()) == null ? "null" : "some");
        Console.WriteLine("base: standard values null {0}, exclusive {1}", plain.GetStandardValues() == null, plain.GetStandardValuesExclusive());

        var points = new PointConverter();
        Try("points from \"5;6\"", () => points.ConvertFromString("5;6"));
        Try("points from 7", () => points.ConvertFrom(7));
        Console.WriteLine("points: valid \"1;2\" {0}, valid \"1\" {1}, valid 3 {2}", points.IsValid("1;2"), points.IsValid("1"), points.IsValid(3));
        var values = points.GetStandardValues();
        Console.Write("points: {0} standard values:", values.Count);
        foreach (object v in values) Console.Write(" " + v);
        Console.WriteLine();
        var collection = points.GetStandardValues(null);
        Console.WriteLine("points: [1] = {0}, exclusive {1}", collection[1], points.GetStandardValuesExclusive());
        var copy = new object[3];
        collection.CopyTo(copy, 1);
        Console.WriteLine("points: copied {0}, {1}, {2}", copy[0] ?? "null", copy[1], copy[2]);

        var expandable = new PathItem.TypeConverter();
        Console.WriteLine("expandable: properties {0}, to string {1}", expandable.GetPropertiesSupported(), expandable.ConvertToString(new Point(8, 9)));

        var byType = new TypeConverterAttribute(typeof(PointConverter));
        var byName = new TypeConverterAttribute("PointConverter");
        Console.WriteLine("attribute: by type starts with PointConverter, {0}", byType.ConverterTypeName.StartsWith("PointConverter, "));
        Console.WriteLine("attribute: by name '{0}', default '{1}', equal {2} {3}", byName.ConverterTypeName, TypeConverterAttribute.Default.ConverterTypeName,
            byName.Equals(new TypeConverterAttribute("PointConverter")), byName.Equals(byType));
        Try("attribute of null type", () => new TypeConverterAttribute((Type)null));
    }
}

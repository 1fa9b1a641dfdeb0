// expect-stdout-file: PropertyReads.out
// PropertyInfo.GetValue's fast path (PropertyGetter) and the cases it hands to Invoke: value and reference results,
// structs, statics, overridden getters read through the base's PropertyInfo, a target of another type, a getter that
// throws, enums and indexers. Mono wraps a null or mistyped target's exception in TargetInvocationException; .NET
// throws TargetException (the .out file).
using System;
using System.Reflection;

enum Color { Red, Green }

struct Point
{
    public int X { get; set; }
    public string Label { get { return "p" + X; } }
}

class Shape
{
    public static int Count { get { return 7; } }
    public virtual string Name { get { return "shape"; } }
    public double Area { get; set; }
    public Color Color { get; set; }
    public Point Origin { get; set; }
    public int Broken { get { throw new InvalidOperationException("broken getter"); } }
    public string this[int i] { get { return "item" + i; } }
}

class Circle : Shape
{
    public override string Name { get { return "circle"; } }
}

static class Program
{
    static void Show(string what, object value)
    {
        Console.WriteLine(what + " = " + (value == null ? "null" : value + " (" + value.GetType().Name + ")"));
    }

    static int Main()
    {
        Type shape = typeof(Shape);
        Shape s = new Shape { Area = 2.5, Color = Color.Green, Origin = new Point { X = 3 } };
        Show("Area", shape.GetProperty("Area").GetValue(s, null));
        Show("Name", shape.GetProperty("Name").GetValue(s, null));
        Show("Color", shape.GetProperty("Color").GetValue(s, null));
        Show("Origin", ((Point)shape.GetProperty("Origin").GetValue(s, null)).X);
        Show("Count", shape.GetProperty("Count").GetValue(null, null));
        Show("Count with a target", shape.GetProperty("Count").GetValue(s, null));
        Show("Name of a Circle through Shape's property", shape.GetProperty("Name").GetValue(new Circle(), null));
        Show("Area of a Circle", shape.GetProperty("Area").GetValue(new Circle { Area = 1.5 }, null));
        Show("indexer", shape.GetProperty("Item").GetValue(s, new object[] { 3 }));
        object boxed = new Point { X = 5 };
        Show("X of a boxed Point", typeof(Point).GetProperty("X").GetValue(boxed, null));
        Show("Label of a boxed Point", typeof(Point).GetProperty("Label").GetValue(boxed, null));
        PropertyInfo area = shape.GetProperty("Area");
        for (int i = 0; i < 3; i++)
        {
            s.Area = i;
            Show("Area again", area.GetValue(s, null));
        }
        try { area.GetValue(null, null); }
        catch (TargetException e) { Console.WriteLine("null target: " + e.GetType().Name + ": " + e.Message); }
        try { area.GetValue("a string", null); }
        catch (TargetException e) { Console.WriteLine("wrong target: " + e.GetType().Name + ": " + e.Message); }
        try { shape.GetProperty("Broken").GetValue(s, null); }
        catch (TargetInvocationException e) { Console.WriteLine("throwing getter: " + e.InnerException.Message); }
        return 0;
    }
}

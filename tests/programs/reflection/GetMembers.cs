// Type.GetMember/GetMembers: every kind of member by name (fields, properties, methods, events, constructors,
// nested types), binding flags, ignore-case, filtering by MemberTypes, and MemberType of each result (mono's mcs
// tests gtest-340 and test-tuple-05 look members up this way).
using System;
using System.Linq;
using System.Reflection;

class Shape
{
    public int Sides;
    private string label = "x";
    public static int Count;
    public Shape() { }
    public Shape(int sides) { Sides = sides; }
    public double Area { get; set; }
    public event EventHandler Changed;
    public void Draw() { }
    public void Draw(int scale) { }
    private void Hidden() { }
    public static Shape Make() { return new Shape(); }
    public class Corner { }
    public override string ToString() { return label + Changed; }
}

class Square : Shape
{
    public int Side;
    public new void Draw() { }
}

static class Program
{
    static string Show(MemberInfo[] members)
    {
        return members.Length + ": " + string.Join(", ", members.Select(m => m.MemberType + " " + m.Name)
            .OrderBy(s => s, StringComparer.Ordinal));
    }

    static void Main()
    {
        Type t = typeof(Shape);
        Console.WriteLine("Sides " + Show(t.GetMember("Sides")));
        Console.WriteLine("Area " + Show(t.GetMember("Area")));
        Console.WriteLine("get_Area " + Show(t.GetMember("get_Area")));
        Console.WriteLine("Draw " + Show(t.GetMember("Draw")));
        Console.WriteLine("Changed " + Show(t.GetMember("Changed")));
        Console.WriteLine(".ctor " + Show(t.GetMember(".ctor")));
        Console.WriteLine("Corner " + Show(t.GetMember("Corner")));
        Console.WriteLine("label (public) " + Show(t.GetMember("label")));
        Console.WriteLine("label (non-public) " + Show(t.GetMember("label", BindingFlags.Instance | BindingFlags.NonPublic)));
        Console.WriteLine("Hidden " + Show(t.GetMember("Hidden", BindingFlags.Instance | BindingFlags.NonPublic)));
        Console.WriteLine("Count (instance only) " + Show(t.GetMember("Count", BindingFlags.Instance | BindingFlags.Public)));
        Console.WriteLine("Count (static) " + Show(t.GetMember("Count", BindingFlags.Static | BindingFlags.Public)));
        Console.WriteLine("sides (ignore case) " + Show(t.GetMember("sides", BindingFlags.Instance | BindingFlags.Public | BindingFlags.IgnoreCase)));
        Console.WriteLine("sides (case) " + Show(t.GetMember("sides")));
        Console.WriteLine("Draw as field " + Show(t.GetMember("Draw", MemberTypes.Field, BindingFlags.Instance | BindingFlags.Public)));
        Console.WriteLine("Draw as method " + Show(t.GetMember("Draw", MemberTypes.Method, BindingFlags.Instance | BindingFlags.Public)));
        Console.WriteLine("FOO on int " + Show(typeof(int).GetMember("FOO", BindingFlags.Static | BindingFlags.Instance | BindingFlags.NonPublic)));
        Console.WriteLine("Square.Draw " + Show(typeof(Square).GetMember("Draw")));
        Console.WriteLine("Square.Sides " + Show(typeof(Square).GetMember("Sides")));
        Console.WriteLine("declared only " + Show(typeof(Square).GetMembers(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)));
        MemberInfo[] all = t.GetMembers(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly);
        foreach (MemberTypes kind in new[] { MemberTypes.Method, MemberTypes.Constructor, MemberTypes.Property, MemberTypes.Event, MemberTypes.Field, MemberTypes.NestedType })
            Console.WriteLine(kind + ": " + all.Count(m => m.MemberType == kind));
        // .NET's order: methods, constructors, properties, events, fields, nested types
        Console.WriteLine(string.Join(" ", all.Select(m => (int)m.MemberType).Distinct()));
        Console.WriteLine(typeof(Shape.Corner).MemberType + " " + typeof(Shape).MemberType);
    }
}

// Assembly through reflection: Type.Assembly, GetEntryAssembly, GetAssembly, GetName (Name, Version), FullName,
// AssemblyQualifiedName, GetTypes, GetType(name) and the assembly's custom attributes.
using System;
using System.Collections.Generic;
using System.Reflection;

[assembly: AssemblyVersion("1.2.3.4")]
[assembly: AssemblyTitle("Queries")]
[assembly: Plugin("alpha", Order = 2)]
[assembly: Plugin("beta")]

[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
class PluginAttribute : Attribute
{
    public string Name;
    public int Order { get; set; }
    public PluginAttribute(string name) { Name = name; }
}

namespace Shapes
{
    interface IShape { double Area(); }
    class Square : IShape { public double Side = 2; public double Area() { return Side * Side; } }
    class Circle : IShape { public double R = 1; public double Area() { return 3 * R * R; } public class Center { } }
}

static class Program
{
    static int Main()
    {
        // GetType and GetTypes see the types reflection describes: those the program constructs or names with typeof
        var all = new Shapes.IShape[] { new Shapes.Square(), new Shapes.Circle() };
        Console.WriteLine("interface: " + typeof(Shapes.IShape).IsInterface + " " + all.Length);
        Assembly a = typeof(Shapes.Square).Assembly;
        Console.WriteLine("same: " + (a == typeof(Program).Assembly) + " " + (a == Assembly.GetEntryAssembly())
                          + " " + (a == Assembly.GetAssembly(typeof(Shapes.Circle))) + " " + (Assembly.GetAssembly(typeof(int)) == typeof(string).Assembly));
        try { Assembly.GetAssembly(null); }
        catch (ArgumentNullException e) { Console.WriteLine("GetAssembly(null): " + e.ParamName); }
        AssemblyName name = a.GetName();
        // the test harnesses name the assembly differently (program, Program): shown as <name>
        Console.WriteLine("name: " + (name.Name.ToLowerInvariant() == "program" || name.Name == "AssemblyQueries") + " " + name.Version);
        Console.WriteLine("full: " + a.FullName.Replace(name.Name, "<name>"));
        Console.WriteLine("qualified: " + typeof(Shapes.Circle.Center).AssemblyQualifiedName.Replace(name.Name, "<name>"));
        Console.WriteLine("generic assembly: " + (typeof(List<Shapes.Square>).Assembly == typeof(List<int>).Assembly)
                          + " " + (typeof(List<int>).Assembly == a) + " " + (typeof(Shapes.Square[]).Assembly == a));

        var names = new List<string>();
        foreach (Type t in a.GetTypes())
        {
            if (t.Namespace == "Shapes") names.Add(t.FullName);
        }
        names.Sort(string.CompareOrdinal);
        Console.WriteLine("types: " + string.Join(", ", names));

        Type found = a.GetType("Shapes.Circle");
        var shape = (Shapes.IShape)Activator.CreateInstance(found);
        Console.WriteLine("GetType: " + found.Name + " area " + shape.Area());
        Console.WriteLine("nested: " + (a.GetType("Shapes.Circle+Center") == typeof(Shapes.Circle.Center)));
        Console.WriteLine("missing: " + (a.GetType("Shapes.Triangle") == null));
        try { a.GetType("Shapes.Triangle", true); }
        catch (TypeLoadException) { Console.WriteLine("TypeLoadException"); }

        var plugins = new List<string>();
        foreach (PluginAttribute p in a.GetCustomAttributes(typeof(PluginAttribute), false)) plugins.Add(p.Name + ":" + p.Order);
        plugins.Sort(string.CompareOrdinal);
        Console.WriteLine("plugins: " + string.Join(" ", plugins));
        var title = (AssemblyTitleAttribute)Attribute.GetCustomAttribute(a, typeof(AssemblyTitleAttribute));
        Console.WriteLine("title: " + title.Title + " " + a.IsDefined(typeof(AssemblyTitleAttribute), false)
                          + " " + a.IsDefined(typeof(ObsoleteAttribute), false));
        return 0;
    }
}

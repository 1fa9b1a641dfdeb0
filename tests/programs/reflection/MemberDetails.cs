// expect-stdout-file: MemberDetails.out
// An indexer's GetValue without index arguments: Mono throws ArgumentException, .NET TargetParameterCountException.
using System;
using System.Reflection;

// Members the reflection API lists beyond methods and properties: nested types, type handles, parameter flags and
// default values, indexers, literal constants and enum fields.
enum Shade { Light = 1, Dark = 2, Both = 3 }

class Outer
{
    public class Alpha { public int A; }
    public class Beta { }
    internal class Gamma { }
    public const int Answer = 42;
    public const string Greeting = "hi";
    public const double Ratio = 1.25;
    public const Shade Favourite = Shade.Dark;
    public static readonly int NotConst = 3;
}

class Grid
{
    private readonly int[,] cells = new int[3, 3];
    public int this[int row, int column] { get { return cells[row, column]; } set { cells[row, column] = value; } }
}

class Named
{
    private readonly string[] names = { "zero", "one", "two" };
    public string this[int i] { get { return names[i]; } }
}

class Signatures
{
    public static string Defaults(int a, string b = "text", double c = 2.5, bool d = true, char e = 'x', long f = -9,
                                  string g = null, object h = null, uint i = 4000000000u, float j = 0.5f) { return a + b; }
    public static void Flags(ref int r, out int o, [System.Runtime.InteropServices.Optional] int opt, params int[] rest) { o = r; }
}

class Program
{
    static void Main()
    {
        foreach (Type t in typeof(Outer).GetNestedTypes()) Console.WriteLine("public nested: " + t.FullName + " " + t.Name + " " + t.IsNested);
        foreach (Type t in typeof(Outer).GetNestedTypes(BindingFlags.NonPublic)) Console.WriteLine("non-public nested: " + t.FullName);
        Console.WriteLine("GetNestedType: " + typeof(Outer).GetNestedType("Beta") + " " + (typeof(Outer).GetNestedType("Gamma") == null));
        Console.WriteLine(new Outer.Alpha().A + " " + new Outer.Beta() + " " + new Outer.Gamma());

        RuntimeTypeHandle handle = typeof(string).TypeHandle;
        Console.WriteLine("handle: " + Type.GetTypeFromHandle(handle) + " " + (Type.GetTypeFromHandle(Type.GetTypeHandle("x")) == typeof(string)));
        Console.WriteLine("element: " + typeof(int[]).GetElementType() + " " + typeof(string[][]).GetElementType() + " " + (typeof(int).GetElementType() == null));

        foreach (ParameterInfo p in typeof(Signatures).GetMethod("Defaults").GetParameters())
            Console.WriteLine(p.Position + " " + p.Name + " " + p.HasDefaultValue + " " + p.IsOptional + " [" + (p.DefaultValue ?? "null") + "] "
                + (p.DefaultValue == null ? "null" : p.DefaultValue.GetType().Name) + " " + p.Attributes);
        foreach (ParameterInfo p in typeof(Signatures).GetMethod("Flags").GetParameters())
            Console.WriteLine(p.Name + " " + p.ParameterType.Name + " in=" + p.IsIn + " out=" + p.IsOut + " optional=" + p.IsOptional
                + " default=" + p.HasDefaultValue + " " + p.Attributes + " " + (p.DefaultValue == Missing.Value ? "Missing" : p.DefaultValue == DBNull.Value ? "DBNull" : "?")
                + " params=" + p.IsDefined(typeof(ParamArrayAttribute), false));

        PropertyInfo item = typeof(Grid).GetProperty("Item");
        Grid grid = new Grid();
        item.SetValue(grid, 7, new object[] { 1, 2 });
        Console.WriteLine("grid: " + grid[1, 2] + " " + item.GetValue(grid, new object[] { 1, 2 }) + " " + item.GetIndexParameters().Length
            + " " + item.GetIndexParameters()[1].Name + " " + item.CanRead + item.CanWrite);
        PropertyInfo named = typeof(Named).GetProperty("Item");
        Console.WriteLine("named: " + named.GetValue(new Named(), new object[] { 2 }) + " " + named.CanWrite + " " + named.PropertyType.Name);
        try { named.GetValue(new Named(), null); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }

        foreach (FieldInfo f in typeof(Outer).GetFields(BindingFlags.Public | BindingFlags.Static))
            Console.WriteLine("field " + f.Name + " literal=" + f.IsLiteral + " initonly=" + f.IsInitOnly + " " + f.GetValue(null) + " " + f.GetValue(null).GetType().Name
                + (f.IsLiteral ? " raw=" + f.GetRawConstantValue() + " " + f.GetRawConstantValue().GetType().Name : ""));
        foreach (FieldInfo f in typeof(Shade).GetFields(BindingFlags.Public | BindingFlags.Static))
            Console.WriteLine("enum field " + f.Name + " " + f.IsStatic + " " + f.FieldType.Name + " " + f.GetValue(null) + " " + (f.IsLiteral ? f.GetRawConstantValue().GetType().Name : "-"));
        Console.WriteLine("instance fields: " + typeof(Shade).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Length);
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Shade))) + " " + Enum.GetName(typeof(Shade), 2) + " " + Enum.Parse(typeof(Shade), "Both"));
    }
}

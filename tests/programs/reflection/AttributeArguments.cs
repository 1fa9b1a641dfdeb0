// Custom attributes with constructor and named arguments of every kind, read back through GetCustomAttributes,
// CustomAttributeData, Attribute.GetCustomAttribute(s) and IsDefined, and inherited as AttributeUsage says.
using System;
using System.Collections.Generic;
using System.Reflection;

enum Level : byte { Low = 1, High = 200 }
[Flags] enum Bits : long { A = 1, B = 1L << 40 }

[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
class EveryAttribute : Attribute
{
    public readonly object[] Values;
    public EveryAttribute(bool b, char c, sbyte sb, byte by, short s, ushort us, int i, uint ui, long l, ulong ul,
                          float f, double d, string str, Level level, Bits bits, Type type)
    {
        Values = new object[] { b, c, sb, by, s, us, i, ui, l, ul, f, d, str, level, bits, type };
    }
    public int[] Ints { get; set; }
    public string[] Strings;
    public Type[] Types { get; set; }
    public Level[] Levels;
    public object Boxed { get; set; }
    public object[] Objects;
}

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
class NotInheritedAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
class SingleAttribute : Attribute
{
    public string Who;
    public SingleAttribute(string who) { Who = who; }
}

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true, AllowMultiple = true)]
class ManyAttribute : Attribute
{
    public int N;
    public ManyAttribute(int n) { N = n; }
}

class MarkAttribute : Attribute { }

[Every(true, 'x', -5, 250, -300, 60000, -70000, 4000000000, -1L << 50, ulong.MaxValue, 1.5f, -2.25, "text",
       Level.High, Bits.A | Bits.B, typeof(List<int>),
       Ints = new[] { 1, 2, 3 }, Strings = new[] { "a", null, "c" }, Types = new[] { typeof(int), typeof(string[]) },
       Levels = new[] { Level.Low, Level.High }, Boxed = Level.Low, Objects = new object[] { 1, "two", 3.0, typeof(Bits), null })]
[Every(false, '\0', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, (Level)0, 0, null, Boxed = "s", Ints = null)]
[NotInherited, Single("base"), Many(1)]
class Base
{
    [Mark] public int Field;
    [Mark, Many(7)] public virtual void Method([Mark] int p, int q) { }
    [Mark] public string Property { get; set; }
    public void Plain() { }
}

[Single("derived"), Many(2)]
class Derived : Base { }

class Leaf : Derived { }

static class Program
{
    static string Show(object v)
    {
        if (v == null) return "null";
        if (v is Type) return "typeof(" + v + ")";
        if (v is Array)
        {
            var parts = new List<string>();
            foreach (object o in (Array)v) parts.Add(Show(o));
            return v.GetType().Name + "{" + string.Join(",", parts) + "}";
        }
        if (v is float) return ((float)v).ToString("R") + "f";
        if (v is double) return ((double)v).ToString("R") + "d";
        if (v is char) return "'" + (int)(char)v + "'";
        return v.GetType().Name + ":" + v;
    }

    static string Names(object[] attributes)
    {
        var names = new List<string>();
        foreach (object a in attributes)
        {
            string n = a.GetType().Name;
            if (a is SingleAttribute) n += "(" + ((SingleAttribute)a).Who + ")";
            if (a is ManyAttribute) n += "(" + ((ManyAttribute)a).N + ")";
            names.Add(n);
        }
        names.Sort(string.CompareOrdinal);
        return string.Join(" ", names);
    }

    static int Main()
    {
        object[] every = typeof(Base).GetCustomAttributes(typeof(EveryAttribute), false);
        Console.WriteLine("Every: " + every.Length);
        foreach (EveryAttribute e in every)
        {
            var parts = new List<string>();
            foreach (object v in e.Values) parts.Add(Show(v));
            Console.WriteLine("  ctor: " + string.Join(" ", parts));
            Console.WriteLine("  named: " + Show(e.Ints) + " " + Show(e.Strings) + " " + Show(e.Types) + " " + Show(e.Levels)
                              + " " + Show(e.Boxed) + " " + Show(e.Objects));
        }

        Console.WriteLine("Base: " + Names(typeof(Base).GetCustomAttributes(false)));
        Console.WriteLine("Derived declared: " + Names(typeof(Derived).GetCustomAttributes(false)));
        Console.WriteLine("Derived inherit: " + Names(typeof(Derived).GetCustomAttributes(true)));
        Console.WriteLine("Leaf inherit: " + Names(typeof(Leaf).GetCustomAttributes(true)));
        Console.WriteLine("Leaf Many: " + Names(typeof(Leaf).GetCustomAttributes(typeof(ManyAttribute), true)));
        Console.WriteLine("IsDefined: " + typeof(Leaf).IsDefined(typeof(SingleAttribute), true) + " "
                          + typeof(Leaf).IsDefined(typeof(SingleAttribute), false) + " "
                          + Attribute.IsDefined(typeof(Leaf), typeof(NotInheritedAttribute)) + " "
                          + Attribute.IsDefined(typeof(Base), typeof(NotInheritedAttribute)));
        var single = (SingleAttribute)Attribute.GetCustomAttribute(typeof(Leaf), typeof(SingleAttribute));
        Console.WriteLine("GetCustomAttribute: " + single.Who);
        try
        {
            Attribute.GetCustomAttribute(typeof(Base), typeof(EveryAttribute));
        }
        catch (AmbiguousMatchException)
        {
            Console.WriteLine("two Every: AmbiguousMatchException");
        }
        Console.WriteLine("none: " + (Attribute.GetCustomAttribute(typeof(Program), typeof(MarkAttribute)) == null));

        MethodInfo method = typeof(Base).GetMethod("Method");
        Console.WriteLine("Method: " + Names(method.GetCustomAttributes(false)));
        ParameterInfo[] ps = method.GetParameters();
        Console.WriteLine("Parameters: " + Names(ps[0].GetCustomAttributes(false)) + " | " + Names(ps[1].GetCustomAttributes(false))
                          + " " + ps[0].IsDefined(typeof(MarkAttribute), false));
        Console.WriteLine("Field: " + Names(typeof(Base).GetField("Field").GetCustomAttributes(false)));
        Console.WriteLine("Property: " + Names(typeof(Base).GetProperty("Property").GetCustomAttributes(true)));
        Console.WriteLine("Plain: " + typeof(Base).GetMethod("Plain").GetCustomAttributes(false).Length);
        Console.WriteLine("typed array: " + typeof(Base).GetCustomAttributes(typeof(ManyAttribute), false).GetType().Name);
        Console.WriteLine("Attribute[]: " + Attribute.GetCustomAttributes(typeof(Derived)).Length);

        foreach (CustomAttributeData d in CustomAttributeData.GetCustomAttributes(typeof(Base)))
        {
            if (d.AttributeType != typeof(EveryAttribute)) continue;
            Console.WriteLine("data: " + d.Constructor.DeclaringType.Name + " " + d.ConstructorArguments.Count + " args, "
                              + d.NamedArguments.Count + " named");
            foreach (CustomAttributeTypedArgument a in d.ConstructorArguments)
            {
                object v = a.Value;
                string shown = v is System.Collections.ObjectModel.ReadOnlyCollection<CustomAttributeTypedArgument>
                    ? "collection of " + ((System.Collections.ObjectModel.ReadOnlyCollection<CustomAttributeTypedArgument>)v).Count : Show(v);
                Console.WriteLine("  " + a.ArgumentType.Name + " = " + shown);
            }
            foreach (CustomAttributeNamedArgument n in d.NamedArguments)
            {
                var items = n.TypedValue.Value as IList<CustomAttributeTypedArgument>;
                string shown = items == null ? Show(n.TypedValue.Value) : items.Count + " items";
                // the element types of an object[] argument: Mono says RuntimeType and Object where .NET says Type and String
                bool objects = n.TypedValue.ArgumentType == typeof(object[]);
                if (items != null) foreach (var item in items) shown += " " + (objects ? "" : item.ArgumentType.Name + ":") + Show(item.Value);
                // the type of an object-typed argument: Mono says Object, the encoded value's own type (Level, String) here
                string type = n.MemberName == "Boxed" ? "" : n.TypedValue.ArgumentType.Name;
                Console.WriteLine("  " + n.MemberName + (n.IsField ? " (field) " : " (property) ") + type + " = " + shown);
            }
        }
        return 0;
    }
}

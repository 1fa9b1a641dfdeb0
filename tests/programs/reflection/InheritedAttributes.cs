// expect-stdout-file: InheritedAttributes.out
// Mono's EventInfo and ParameterInfo GetCustomAttributes(true) inherit; .NET's ignore inherit there (Attribute's
// static methods take it), so the .out file has [] for "Changed own" and "count own".
using System;
using System.Reflection;

// GetCustomAttributes(inherit: true) on overriding methods, properties, events and parameters: the attributes of
// the members they override whose AttributeUsage is Inherited (of a type not AllowMultiple, only when no more derived
// member has one), as .NET's CustomAttribute and Attribute walk GetParentDefinition.
[AttributeUsage(AttributeTargets.All, Inherited = true)]
class MarkAttribute : Attribute
{
    public string Text;
    public MarkAttribute(string text) { Text = text; }
    public override string ToString() { return "Mark(" + Text + ")"; }
}

[AttributeUsage(AttributeTargets.All, Inherited = true, AllowMultiple = true)]
class TagAttribute : Attribute
{
    public string Text;
    public TagAttribute(string text) { Text = text; }
    public override string ToString() { return "Tag(" + Text + ")"; }
}

[AttributeUsage(AttributeTargets.All, Inherited = false)]
class LocalAttribute : Attribute
{
    public override string ToString() { return "Local"; }
}

class Base
{
    [Mark("base"), Tag("b1"), Local]
    public virtual void Run([Mark("p-base")] int count) { }

    [Mark("base-only")]
    public virtual void Walk() { }

    [Mark("hidden")]
    public virtual void Hide() { }

    [Mark("prop-base"), Tag("pb")]
    public virtual int Size { get { return 1; } }

    [Mark("event-base")]
    public virtual event EventHandler Changed { add { } remove { } }
}

class Middle : Base
{
    [Tag("m1")]
    public override void Walk() { }
}

class Derived : Middle
{
    [Mark("derived"), Tag("d1")]
    public override void Run(int count) { }

    public override void Walk() { }

    public new virtual void Hide() { }

    [Tag("pd")]
    public override int Size { get { return 2; } }

    public override event EventHandler Changed { add { } remove { } }
}

class Program
{
    static string Show(object[] attributes)
    {
        string[] texts = new string[attributes.Length];
        for (int i = 0; i < attributes.Length; i++) texts[i] = attributes[i].ToString();
        Array.Sort(texts, StringComparer.Ordinal);
        return "[" + string.Join(", ", texts) + "]";
    }

    static void Main()
    {
        Type d = typeof(Derived);
        MethodInfo run = d.GetMethod("Run");
        Console.WriteLine("Run own:       " + Show(run.GetCustomAttributes(false)));
        Console.WriteLine("Run inherit:   " + Show(run.GetCustomAttributes(true)));
        Console.WriteLine("Run Mark:      " + Show(run.GetCustomAttributes(typeof(MarkAttribute), true)));
        Console.WriteLine("Run Attribute: " + Show(Attribute.GetCustomAttributes(run)));
        Console.WriteLine("Run defined:   " + run.IsDefined(typeof(LocalAttribute), true) + " " + Attribute.IsDefined(run, typeof(TagAttribute)));
        MethodInfo walk = d.GetMethod("Walk");
        Console.WriteLine("Walk inherit:  " + Show(walk.GetCustomAttributes(true)));
        Console.WriteLine("Walk own:      " + Show(walk.GetCustomAttributes(false)));
        Console.WriteLine("Walk base:     " + walk.GetBaseDefinition().DeclaringType.Name);
        MethodInfo hide = d.GetMethod("Hide", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        Console.WriteLine("Hide inherit:  " + Show(hide.GetCustomAttributes(true)));
        Console.WriteLine("Hide base:     " + hide.GetBaseDefinition().DeclaringType.Name);
        Console.WriteLine("Run base:      " + run.GetBaseDefinition().DeclaringType.Name);

        PropertyInfo size = d.GetProperty("Size");
        Console.WriteLine("Size member:   " + Show(size.GetCustomAttributes(true)));
        Console.WriteLine("Size Attribute:" + Show(Attribute.GetCustomAttributes(size, true)));
        Console.WriteLine("Size no inh:   " + Show(Attribute.GetCustomAttributes(size, false)));
        Console.WriteLine("Size defined:  " + Attribute.IsDefined(size, typeof(MarkAttribute)) + " " + size.IsDefined(typeof(MarkAttribute), true));
        EventInfo changed = d.GetEvent("Changed");
        Console.WriteLine("Changed:       " + Show(Attribute.GetCustomAttributes(changed, true)));
        Console.WriteLine("Changed own:   " + Show(changed.GetCustomAttributes(true)));

        ParameterInfo count = run.GetParameters()[0];
        Console.WriteLine("count own:     " + Show(count.GetCustomAttributes(true)));
        Console.WriteLine("count inherit: " + Show(Attribute.GetCustomAttributes(count, true)));
        Console.WriteLine("count no inh:  " + Show(Attribute.GetCustomAttributes(count, false)));
        Console.WriteLine("count Mark:    " + Attribute.GetCustomAttribute(count, typeof(MarkAttribute)));
        Console.WriteLine("count defined: " + Attribute.IsDefined(count, typeof(MarkAttribute)) + " " + Attribute.IsDefined(count, typeof(MarkAttribute), false));
        Console.WriteLine(new Derived().Size + new Base().Size);
    }
}

using System;
using System.Reflection;
using System.Text;

// Dumps public properties of objects through reflection, and copies them between objects (a tiny mapper).
enum Color { Red, Green, Blue }

class Address
{
    public string City { get; set; }
    public int Zip { get; set; }
}

class Person
{
    public string Name { get; set; }
    public int Age { get; set; }
    public double Height { get; set; }
    public bool Active { get; set; }
    public Color Favorite { get; set; }
    public Address Home { get; set; }
    public string ReadOnly { get { return "ro:" + Name; } }
    private int Secret { get; set; }
    public static int Count { get; set; }
}

class PersonDto
{
    public string Name { get; set; }
    public int Age { get; set; }
    public bool Active { get; set; }
}

struct Size
{
    public int Width { get; set; }
    public int Height { get; set; }
}

static class Program
{
    static string Dump(object o, int depth)
    {
        if (o == null) return "null";
        Type t = o.GetType();
        if (t.IsPrimitive || t.IsEnum || t == typeof(string)) return o.ToString();
        StringBuilder sb = new StringBuilder(t.Name + " {");
        PropertyInfo[] props = t.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        for (int i = 0; i < props.Length; i++)
        {
            PropertyInfo p = props[i];
            sb.Append(i == 0 ? " " : ", ").Append(p.Name).Append(": ").Append(p.PropertyType.Name).Append(" = ");
            sb.Append(depth > 2 ? "..." : Dump(p.GetValue(o, null), depth + 1));
        }
        return sb.Append(" }").ToString();
    }

    static T Map<T>(object source) where T : new()
    {
        T target = new T();
        foreach (PropertyInfo to in typeof(T).GetProperties())
        {
            PropertyInfo from = source.GetType().GetProperty(to.Name);
            if (from != null && from.PropertyType == to.PropertyType && to.CanWrite) to.SetValue(target, from.GetValue(source, null), null);
        }
        return target;
    }

    static int Main()
    {
        Person p = new Person { Name = "Ada", Age = 36, Height = 1.65, Active = true, Favorite = Color.Green, Home = new Address { City = "London", Zip = 12345 } };
        Console.WriteLine(Dump(p, 0));
        Console.WriteLine(Dump(new Size { Width = 3, Height = 4 }, 0));
        Type t = typeof(Person);
        Console.WriteLine("public instance: " + t.GetProperties().Length + ", with non-public: "
            + t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Length
            + ", static: " + t.GetProperties(BindingFlags.Static | BindingFlags.Public).Length);
        PropertyInfo age = t.GetProperty("Age");
        age.SetValue(p, 37, null);
        Console.WriteLine("age now " + p.Age + ", getter " + age.GetGetMethod().Name + ", setter " + age.GetSetMethod().Name);
        PropertyInfo ro = t.GetProperty("ReadOnly");
        Console.WriteLine("ReadOnly: canWrite=" + ro.CanWrite + " setter null=" + (ro.GetSetMethod() == null) + " value=" + ro.GetValue(p, null));
        Console.WriteLine("missing property null: " + (t.GetProperty("Nope") == null));
        Console.WriteLine("secret found non-public: " + (t.GetProperty("Secret", BindingFlags.Instance | BindingFlags.NonPublic) != null));
        t.GetProperty("Count").SetValue(null, 5, null);
        Console.WriteLine("static Count " + Person.Count + " read back " + t.GetProperty("Count").GetValue(null, null));
        object box = new Size { Width = 1, Height = 2 };
        typeof(Size).GetProperty("Width").SetValue(box, 9, null);
        Console.WriteLine("boxed size width " + ((Size)box).Width);
        PersonDto dto = Map<PersonDto>(p);
        Console.WriteLine("dto " + dto.Name + " " + dto.Age + " " + dto.Active);
        try { age.SetValue(p, "old", null); }
        catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
        return 0;
    }
}

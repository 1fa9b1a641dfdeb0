using System;

interface IName { string Name { get; } }
class Person : IName { public string N = "nobody"; public string Name { get { return N; } } }
class Robot : IName { public string Name { get { return "robot"; } } }

class GenericConstraints
{
    static T OrDefault<T>(T v, T fallback) where T : class { return v ?? fallback; }
    static string Describe<T>(T v) where T : struct { return "value " + v.ToString(); }
    static string NameOf<T>(T v) where T : class, IName { return v.Name; }
    static T FirstNamed<T>(T[] items, string name) where T : class, IName
    {
        for (int i = 0; i < items.Length; i++) if (items[i].Name == name) return items[i];
        return null;
    }

    static void Main()
    {
        Console.WriteLine(OrDefault<string>(null, "fallback"));
        Console.WriteLine(OrDefault("given", "fallback"));
        Console.WriteLine(Describe(42));
        Console.WriteLine(Describe(7L));
        Console.WriteLine(NameOf(new Person()));
        Console.WriteLine(NameOf(new Robot()));
        Person a = new Person(); a.N = "alice";
        Person b = new Person(); b.N = "bob";
        Person[] ps = new Person[] { a, b };
        Console.WriteLine(FirstNamed(ps, "bob") == b);
        Console.WriteLine(FirstNamed(ps, "carol") == null);
        IName[] mixed = new IName[] { new Robot(), a };
        Console.WriteLine(FirstNamed(mixed, "robot").Name);
    }
}

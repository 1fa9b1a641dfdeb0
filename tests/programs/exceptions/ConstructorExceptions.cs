using System;

class Resource
{
    public static int Created, Failed;
    public readonly string Name;
    public Resource(string name)
    {
        if (string.IsNullOrEmpty(name)) { Failed++; throw new ArgumentNullException("name"); }
        if (name.Length > 5) { Failed++; throw new ArgumentException("name too long: " + name); }
        Name = name;
        Created++;
    }
}
class Wrapper
{
    public Resource R;
    public Wrapper(string n) { Console.WriteLine("wrapper ctor start " + n); R = new Resource(n); Console.WriteLine("wrapper ctor end"); }
}

class ConstructorExceptions
{
    static Resource TryMake(string n)
    {
        try { return new Resource(n); }
        catch (ArgumentNullException) { Console.WriteLine("null/empty name"); return null; }
        catch (ArgumentException e) { Console.WriteLine(e.Message); return null; }
    }

    static void Main()
    {
        string[] names = new string[] { "ok", "", null, "toolongname", "fine" };
        for (int i = 0; i < names.Length; i++)
        {
            Resource r = TryMake(names[i]);
            Console.WriteLine(r == null ? "-" : r.Name);
        }
        Console.WriteLine(Resource.Created + " created, " + Resource.Failed + " failed");
        Wrapper w = null;
        try { w = new Wrapper("abcdefgh"); }
        catch (ArgumentException) { Console.WriteLine("wrapper failed"); }
        Console.WriteLine(w == null);
    }
}

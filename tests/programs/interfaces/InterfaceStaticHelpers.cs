using System;

interface IAnimal { string Sound(); int Legs { get; } }
class Dog : IAnimal { public string Sound() { return "woof"; } public int Legs { get { return 4; } } }
class Bird : IAnimal { public string Sound() { return "tweet"; } public int Legs { get { return 2; } } }
class Snake : IAnimal { public string Sound() { return "hiss"; } public int Legs { get { return 0; } } }

static class Zoo
{
    public static int CountLegs(IAnimal[] zoo) { int n = 0; for (int i = 0; i < zoo.Length; i++) n += zoo[i].Legs; return n; }
    public static string Chorus(IAnimal[] zoo, Predicate<IAnimal> filter)
    {
        string s = "";
        for (int i = 0; i < zoo.Length; i++) if (filter(zoo[i])) s += zoo[i].Sound() + " ";
        return s;
    }
}

class InterfaceStaticHelpers
{
    static void Main()
    {
        IAnimal[] zoo = new IAnimal[] { new Dog(), new Bird(), new Snake(), new Dog(), new Bird() };
        Console.WriteLine(Zoo.CountLegs(zoo));
        Console.WriteLine(Zoo.Chorus(zoo, a => true));
        Console.WriteLine(Zoo.Chorus(zoo, a => a.Legs > 0));
        Console.WriteLine(Zoo.Chorus(zoo, a => a is Dog));
        int dogs = 0;
        for (int i = 0; i < zoo.Length; i++) { Dog d = zoo[i] as Dog; if (d != null) dogs++; }
        Console.WriteLine("dogs " + dogs);
    }
}

// Method calls bound on the arguments' runtime types: overloads chosen by C#'s better-conversion rules (exact
// match, int before long before double, a derived class before its base, object last), a static method called with
// a dynamic argument, instance methods through a dynamic receiver (virtual ones dispatch), params arrays, simple
// generic inference, a delegate invoked dynamically, a delegate-typed property invoked as a method, constructors
// with dynamic arguments, out arguments, and void methods. (A generic method's instantiation must exist in the
// program: Echo<int> and Echo<string> are also called statically.)
using System;
using System.Collections.Generic;

class Animal
{
    public virtual string Speak() { return "..."; }
}

class Dog : Animal
{
    public override string Speak() { return "Woof"; }
}

class Shelter
{
    private readonly List<string> _log = new List<string>();
    public Func<int, int> Twice { get; set; }

    public Shelter() : this("default") { }
    public Shelter(string name) { _log.Add("named " + name); }
    public Shelter(int capacity) { _log.Add("capacity " + capacity); }

    public string Describe(Animal a) { return "animal " + a.Speak(); }
    public string Describe(Dog d) { return "dog " + d.Speak(); }
    public string Describe(object o) { return "object " + o; }
    public void Note(string text) { _log.Add(text); }
    public string Log { get { return string.Join("; ", _log); } }
}

class Program
{
    static string Pick(int x) { return "int"; }
    static string Pick(long x) { return "long"; }
    static string Pick(double x) { return "double"; }
    static string Pick(string x) { return "string"; }
    static string Pick(object x) { return "object"; }

    static string Sum(string label, params int[] values)
    {
        int total = 0;
        foreach (int v in values) total += v;
        return label + " " + values.Length + " " + total;
    }

    static T Echo<T>(T value) { return value; }

    static bool TryHalf(int value, out int half)
    {
        half = value / 2;
        return value % 2 == 0;
    }

    static void Main()
    {
        dynamic[] values = { 1, 2L, 3.5, "four", 'c', (short)6, 7f, new object() };
        foreach (dynamic v in values) Console.Write(Pick(v) + " ");
        Console.WriteLine();

        dynamic shelter = new Shelter();
        dynamic rex = new Dog();
        dynamic generic = new Animal();
        Console.WriteLine(shelter.Describe(rex));
        Console.WriteLine(shelter.Describe(generic));
        Console.WriteLine(shelter.Describe(42));
        Animal asAnimal = new Dog();
        Console.WriteLine(shelter.Describe((dynamic)asAnimal));
        Console.WriteLine(generic.Speak() + " " + rex.Speak());

        dynamic three = 3;
        Console.WriteLine(Sum("sum", three, 4, 5));
        Console.WriteLine(Sum("none"));
        Console.WriteLine(Echo(1) + Echo("s"));
        Console.WriteLine(Echo(three).GetType().Name + " " + Echo((dynamic)"x").GetType().Name);
        Console.WriteLine(Math.Max(three, 10L) + " " + Math.Abs((dynamic)(-2.5)));

        int half;
        dynamic even = 10;
        bool ok = TryHalf(even, out half);
        Console.WriteLine(ok + " " + half);

        Func<int, string> f = n => "f" + n;
        dynamic df = f;
        Console.WriteLine(df(three));
        shelter.Twice = (Func<int, int>)(n => n * 2);
        Console.WriteLine(shelter.Twice(21));

        dynamic cap = 12;
        dynamic name = "north";
        shelter.Note("noted");
        Console.WriteLine(shelter.Log);
        Console.WriteLine(new Shelter(cap).Log);
        Console.WriteLine(new Shelter(name).Log);

        dynamic list = new List<int>();
        list.Add(three);
        list.Add(4);
        list.Insert(0, 9);
        Console.WriteLine(list.Count + " " + list.IndexOf(4) + " " + list[0] + list[1] + list[2]);
        Console.WriteLine(three.ToString() + three.Equals(3) + three.CompareTo(5));
    }
}

// expect-stdout-file: NetCoreLinq.out
// LINQ operators of .NET Core 2.0 to .NET 6 that Mono 6.8 lacks: MinBy/MaxBy, DistinctBy, Chunk, Zip into tuples,
// FirstOrDefault/LastOrDefault/SingleOrDefault with a default value, Min/Max with a comparer.
using System;
using System.Collections.Generic;
using System.Linq;

class City
{
    public string Name;
    public int? Population;
    public City(string name, int? population) { Name = name; Population = population; }
    public override string ToString() { return Name; }
}

class NetCoreLinq
{
    static string Show<T>(IEnumerable<T> items) { return "[" + string.Join(", ", items) + "]"; }

    static void Main()
    {
        City[] cities = { new City("Oslo", 700), new City("Lima", null), new City("Rome", 2800), new City("Kyiv", 2800), new City("Bern", 130) };
        Console.WriteLine(cities.MinBy(c => c.Population) + " " + cities.MaxBy(c => c.Population) + " " + cities.MinBy(c => c.Name) + " " + cities.MaxBy(c => c.Name.Length));
        Console.WriteLine(cities.MaxBy(c => c.Name, StringComparer.Ordinal) + " " + (new City[0].MinBy(c => c.Name) == null) + " " + new[] { new City("x", null) }.MinBy(c => c.Population));
        try
        {
            new int[0].MaxBy(x => x);
        }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Show(cities.DistinctBy(c => c.Population)) + " " + Show(new[] { "a", "B", "b", "A", "c" }.DistinctBy(s => s, StringComparer.OrdinalIgnoreCase)));
        foreach (int[] chunk in Enumerable.Range(1, 7).Chunk(3)) Console.Write(Show(chunk) + " ");
        Console.WriteLine(new int[0].Chunk(2).Count());
        try
        {
            new[] { 1 }.Chunk(0);
        }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Show(cities.Select(c => c.Name).Zip(Enumerable.Range(1, 3))));
        Console.WriteLine(new int[0].FirstOrDefault(7) + " " + cities.FirstOrDefault(c => c.Name == "Paris", cities[0]) + " " + new string[0].LastOrDefault("last") + " " + new[] { 3, 4 }.LastOrDefault(x => x > 9, -9) + " " + new[] { 5 }.SingleOrDefault(x => x > 9, 0));
        Console.WriteLine(new[] { "b", "C", "a" }.Min(StringComparer.Ordinal) + " " + new[] { "b", "C", "a" }.Max(StringComparer.OrdinalIgnoreCase) + " " + new[] { "b", "C", "a" }.Min());
    }
}

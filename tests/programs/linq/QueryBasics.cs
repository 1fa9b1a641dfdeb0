using System;
using System.Collections.Generic;
using System.Linq;

class Person
{
    public string Name;
    public int Age;
    public string City;
    public Person(string name, int age, string city) { Name = name; Age = age; City = city; }
}

class QueryBasics
{
    static IEnumerable<int> Squares(int n)
    {
        for (int i = 1; i <= n; i++) yield return i * i;
    }

    static void Main()
    {
        List<Person> people = new List<Person>
        {
            new Person("Ann", 31, "Oslo"), new Person("Bob", 25, "Rome"), new Person("Cid", 31, "Oslo"),
            new Person("Dee", 19, "Lima"), new Person("Eve", 25, "Rome"), new Person("Fay", 44, "Oslo"),
        };
        var adults = people.Where(p => p.Age > 20).Select(p => p.Name);
        Console.WriteLine(string.Join(",", adults));
        var byAge = people.OrderBy(p => p.Age).ThenByDescending(p => p.Name).Select(p => p.Name + p.Age);
        Console.WriteLine(string.Join(" ", byAge));
        foreach (var g in people.GroupBy(p => p.City))
        {
            Console.WriteLine(g.Key + ": " + g.Count() + " avg " + g.Average(p => p.Age).ToString("F2"));
        }
        Console.WriteLine(people.Sum(p => p.Age) + " " + people.Max(p => p.Age) + " " + people.Min(p => p.Name));
        Console.WriteLine(people.Any(p => p.City == "Lima") + " " + people.All(p => p.Age > 18) + " " + people.Count(p => p.Age == 25));
        Console.WriteLine(people.First(p => p.Age > 40).Name + " " + (people.FirstOrDefault(p => p.Age > 90) == null));
        Console.WriteLine(string.Join(",", Squares(10).Where(x => x % 2 == 0).Skip(1).Take(3)));
        Console.WriteLine(Enumerable.Range(1, 10).Aggregate((a, b) => a * b % 1000));
        Console.WriteLine(string.Join(",", new[] { 3, 1, 3, 2, 1 }.Distinct().OrderByDescending(x => x)));
        Console.WriteLine(string.Join(",", Enumerable.Range(1, 3).Zip(new[] { "a", "b", "c" }, (n, s) => s + n)));
        Dictionary<string, int> ages = people.ToDictionary(p => p.Name, p => p.Age);
        Console.WriteLine(ages["Eve"] + " " + ages.Count);
        int[] arr = Squares(5).Reverse().ToArray();
        Console.WriteLine(arr[0] + " " + arr.Length + " " + arr.Contains(16) + " " + arr.Last());
        Console.WriteLine(string.Join(",", people.Select((p, i) => i + p.Name.Substring(0, 1))));
        Console.WriteLine(string.Join(",", new[] { "x y", "z" }.SelectMany(s => s.Split(' '))));
        var query = from p in people where p.City == "Oslo" orderby p.Name descending select p.Name.ToUpper();
        Console.WriteLine(string.Join(" ", query));
        Console.WriteLine(Enumerable.Repeat("ab", 3).Aggregate("", (acc, s) => acc + s));
    }
}

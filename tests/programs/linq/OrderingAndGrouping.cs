using System;
using System.Collections.Generic;
using System.Linq;

class Employee
{
    public string Name, Dept, City;
    public int Salary;
    public Employee(string name, string dept, string city, int salary) { Name = name; Dept = dept; City = city; Salary = salary; }
    public override string ToString() { return Name; }
}

class LengthThenOrdinal : IComparer<string>
{
    public int Compare(string a, string b) { return a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b); }
}

class FirstLetter : IEqualityComparer<string>
{
    public bool Equals(string a, string b) { return a[0] == b[0]; }
    public int GetHashCode(string s) { return s[0]; }
}

class OrderingAndGrouping
{
    static string Show<T>(IEnumerable<T> items) { return "[" + string.Join(", ", items) + "]"; }

    static void Main()
    {
        List<Employee> staff = new List<Employee>();
        string[] depts = { "ops", "dev", "qa" };
        string[] cities = { "Oslo", "Rome", "Lima", "Kyiv" };
        for (int i = 0; i < 30; i++)
            staff.Add(new Employee("e" + i, depts[(i * 7) % 3], cities[(i * 5) % 4], 1000 + (i * 37) % 5 * 100));

        // stable ordering: ties keep source order, also when descending, and for more than 16 elements
        Console.WriteLine(Show(staff.OrderBy(e => e.Salary)));
        Console.WriteLine(Show(staff.OrderByDescending(e => e.Salary)));
        Console.WriteLine(Show(staff.OrderBy(e => e.Dept).ThenByDescending(e => e.Salary).Select(e => e.Name + e.Dept + e.Salary)));
        Console.WriteLine(Show(staff.OrderByDescending(e => e.City).ThenBy(e => e.Dept).ThenByDescending(e => e.Name.Length).Take(10)));
        Console.WriteLine(Show(staff.OrderBy(e => e.Name, new LengthThenOrdinal()).Take(12)));
        Console.WriteLine(Show(staff.OrderBy(e => e.Name.Length).ThenBy(e => e.Name, StringComparer.Ordinal).Skip(20)));
        var query = from e in staff where e.Salary > 1200 orderby e.City descending, e.Salary, e.Name select e.City + ":" + e.Name;
        Console.WriteLine(Show(query));
        Console.WriteLine(Show(new[] { 3, 1, 2 }.OrderBy(x => x).ThenBy(x => -x)) + " " + Show(new int[0].OrderBy(x => x)) + " " + Show(new[] { int.MinValue, 5, int.MaxValue, 0 }.OrderByDescending(x => x)));
        Console.WriteLine(Show(new[] { "b", "A", "a", "B", "c" }.OrderBy(s => s)) + " " + Show(new[] { "b", "A", "a", "B" }.OrderBy(s => s, StringComparer.Ordinal)));
        Console.WriteLine(Show(new double[] { 2.5, double.NaN, -1, 0 }.OrderBy(x => x)) + " " + Show(new int?[] { 3, null, 1 }.OrderBy(x => x)));

        // each key selector runs once per element: all of the first level, then the next level
        List<string> calls = new List<string>();
        var ordered = new[] { "bb", "a", "ab", "b" }.OrderBy(s => { calls.Add("len " + s); return s.Length; }).ThenBy(s => { calls.Add("key " + s); return s; });
        Console.WriteLine("deferred " + calls.Count);
        Console.WriteLine(Show(ordered) + " " + string.Join("; ", calls));
        calls.Clear();
        List<int> source = new List<int> { 5, 2, 8 };
        IEnumerable<int> sortedLater = source.OrderBy(x => x);
        source.Add(1);
        Console.WriteLine(Show(sortedLater) + " " + Show(sortedLater.Reverse()));
        try
        {
            Console.WriteLine(Show(new[] { new object(), new object() }.OrderBy(o => o)));
        }
        catch (InvalidOperationException e) { Console.WriteLine("InvalidOperationException " + e.Message + " / " + e.InnerException.GetType().Name); }
        Console.WriteLine(Show(new[] { new object() }.OrderBy(o => o).Select(o => "one")));

        // grouping keeps first-appearance order of keys and source order within groups
        foreach (var g in staff.GroupBy(e => e.Dept))
            Console.WriteLine(g.Key + " " + g.Count() + " " + Show(g.Take(5)) + " " + g.Sum(e => e.Salary));
        foreach (var g in staff.GroupBy(e => e.City, e => e.Salary))
            Console.WriteLine(g.Key + " " + Show(g.Distinct().OrderBy(s => s)));
        Console.WriteLine(Show(staff.GroupBy(e => e.Dept, (key, members) => key + "=" + members.Count())));
        Console.WriteLine(Show(staff.GroupBy(e => e.City, e => e.Name.Length, (key, lengths) => key + lengths.Sum())));
        Console.WriteLine(Show(new[] { "apple", "avocado", "banana", "blueberry", "cherry", "apricot" }.GroupBy(s => s, new FirstLetter()).Select(g => g.Key + ":" + g.Count())));
        Console.WriteLine(Show(new[] { "x", null, "y", null, "x" }.GroupBy(s => s).Select(g => (g.Key ?? "null") + g.Count())));
        var byLength = from w in new[] { "one", "two", "three", "four", "five", "six" } group w.ToUpper() by w.Length into g orderby g.Key descending select g.Key + ":" + string.Join("/", g);
        Console.WriteLine(Show(byLength));
        List<int> grouped = new List<int> { 1, 2, 3 };
        var lazyGroups = grouped.GroupBy(x => x % 2);
        grouped.Add(5);
        Console.WriteLine(Show(lazyGroups.Select(g => g.Key + ":" + g.Count())));
        IGrouping<int, int> first = lazyGroups.First();
        Console.WriteLine(first.Key + " " + first.ElementAt(1) + " " + first.Contains(5) + " " + first.Count() + " " + first.Last());

        // lookups are built at once
        ILookup<char, string> lookup = new[] { "ant", "bee", "asp", "cow" }.ToLookup(s => s[0]);
        Console.WriteLine(lookup.Count + " " + Show(lookup['a']) + " " + Show(lookup['z']) + " " + lookup.Contains('b') + " " + lookup.Contains('q'));
        Console.WriteLine(Show(lookup.Select(g => g.Key + "" + g.Count())));
        ILookup<string, int> lengthLookup = new[] { "a", "B", "cc", "DD", "e" }.ToLookup(s => s.ToLower().Length.ToString(), s => s.Length);
        Console.WriteLine(Show(lengthLookup["1"]) + " " + Show(lengthLookup["2"]));
        ILookup<string, string> caseless = new[] { "Hi", "hi", "HI", "yo" }.ToLookup(s => s, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(caseless.Count + " " + Show(caseless["hI"]));

        // joins
        var depts2 = new[] { new { Id = 1, Name = "ops" }, new { Id = 2, Name = "dev" }, new { Id = 3, Name = "empty" } };
        var people = new[] { new { Name = "ann", Dept = 2 }, new { Name = "bob", Dept = 1 }, new { Name = "cid", Dept = 2 }, new { Name = "dee", Dept = 9 } };
        Console.WriteLine(Show(people.Join(depts2, p => p.Dept, d => d.Id, (p, d) => p.Name + "@" + d.Name)));
        Console.WriteLine(Show(depts2.GroupJoin(people, d => d.Id, p => p.Dept, (d, ps) => d.Name + ":" + string.Join("+", ps.Select(p => p.Name)))));
        var leftJoin = from p in people
                       join d in depts2 on p.Dept equals d.Id into ds
                       from d in ds.DefaultIfEmpty()
                       select p.Name + "->" + (d == null ? "none" : d.Name);
        Console.WriteLine(Show(leftJoin));
        var inner = from d in depts2 join p in people on d.Id equals p.Dept orderby p.Name descending select d.Name + "/" + p.Name;
        Console.WriteLine(Show(inner));
        string[] keysWithNull = { "a", null, "b" };
        string[] otherKeys = { null, "a", "a" };
        Console.WriteLine(Show(keysWithNull.Join(otherKeys, x => x, y => y, (x, y) => x + y)) + " " + Show(keysWithNull.GroupJoin(otherKeys, x => x, y => y, (x, ys) => ys.Count())));
        Console.WriteLine(Show(new[] { "Ab", "cd" }.Join(new[] { "AB", "CD", "ab" }, x => x, y => y, (x, y) => x + "=" + y, StringComparer.OrdinalIgnoreCase)));
        List<string> joinLog = new List<string>();
        var logged = Logged("outer", new[] { 1, 2 }, joinLog).Join(Logged("inner", new[] { 2, 3 }, joinLog), x => x, y => y, (x, y) => x * y);
        Console.WriteLine(Show(logged) + " " + string.Join(" ", joinLog));
        joinLog.Clear();
        Console.WriteLine(Show(Logged("outer", new int[0], joinLog).Join(Logged("inner", new[] { 2, 3 }, joinLog), x => x, y => y, (x, y) => x * y)) + " " + string.Join(" ", joinLog));
    }

    static IEnumerable<int> Logged(string name, int[] items, List<string> log)
    {
        foreach (int i in items)
        {
            log.Add(name + i);
            yield return i;
        }
        log.Add(name + " end");
    }
}

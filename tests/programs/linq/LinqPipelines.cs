// LINQ to objects pipelines: Where/Select/SelectMany, OrderBy/ThenBy (stable), GroupBy, Join, Aggregate,
// Distinct, Skip/Take, Any/All/Count/Sum/Min/Max/Average, ToDictionary, deferred execution, query syntax.
using System;
using System.Collections.Generic;
using System.Linq;

class Employee
{
    public string Name; public string Dept; public int Salary; public int Age;
    public Employee(string n, string d, int s, int a) { Name = n; Dept = d; Salary = s; Age = a; }
}

class LinqPipelines
{
    static void Main()
    {
        var staff = new List<Employee> {
            new Employee("Ann", "eng", 120, 34), new Employee("Bob", "ops", 80, 45), new Employee("Cid", "eng", 100, 28),
            new Employee("Dee", "hr", 70, 39), new Employee("Eve", "eng", 120, 41), new Employee("Fay", "ops", 95, 30) };

        Console.WriteLine(string.Join(",", staff.Where(e => e.Salary >= 100).Select(e => e.Name)));
        Console.WriteLine(string.Join(",", staff.OrderByDescending(e => e.Salary).ThenBy(e => e.Name).Select(e => e.Name + e.Salary)));
        Console.WriteLine(string.Join(",", staff.OrderBy(e => e.Dept).Select(e => e.Name)));
        foreach (var g in staff.GroupBy(e => e.Dept))
            Console.WriteLine(g.Key + ": " + g.Count() + " people, total " + g.Sum(e => e.Salary) + ", oldest " + g.Max(e => e.Age));

        var depts = new[] { new { Code = "eng", Floor = 3 }, new { Code = "ops", Floor = 1 }, new { Code = "fin", Floor = 2 } };
        var joined = staff.Join(depts, e => e.Dept, d => d.Code, (e, d) => e.Name + "@" + d.Floor);
        Console.WriteLine(string.Join(",", joined));

        var q = from e in staff
                where e.Age < 40
                orderby e.Age
                select new { e.Name, Decade = e.Age / 10 * 10 };
        Console.WriteLine(string.Join(" ", q.Select(x => x.Name + ":" + x.Decade)));

        int[] nums = { 5, 3, 8, 3, 1, 8, 9, 2, 5 };
        Console.WriteLine(string.Join(",", nums.Distinct()) + " | " + string.Join(",", nums.Skip(2).Take(4)) + " | " + string.Join(",", nums.Reverse()));
        Console.WriteLine(nums.Sum() + " " + nums.Min() + " " + nums.Max() + " " + nums.Take(4).Average() + " " + nums.Count(n => n > 4));
        Console.WriteLine(nums.Any(n => n > 8) + " " + nums.All(n => n > 0) + " " + nums.Contains(7) + " " + nums.First(n => n > 5) + " " + nums.LastOrDefault(n => n > 100));
        Console.WriteLine(nums.Aggregate((a, b) => a * 10 + b) + " " + nums.Aggregate("", (acc, n) => acc + (char)('a' + n)));
        Console.WriteLine(string.Join(",", nums.Select((n, i) => n * i).Where(x => x % 2 == 0)));

        var words = new[] { "apple", "bob", "cat", "anna", "dog", "civic" };
        var letters = words.SelectMany(w => w.ToCharArray()).Distinct().OrderBy(c => c);
        Console.WriteLine(new string(letters.ToArray()));
        var palins = words.Where(w => w.SequenceEqual(w.Reverse()));
        Console.WriteLine(string.Join(",", palins));
        var byFirst = words.ToDictionary(w => w, w => w.Length);
        Console.WriteLine(byFirst["civic"] + " " + byFirst.Count);
        var lookup = words.GroupBy(w => w.Length).OrderBy(g => g.Key).Select(g => g.Key + "=" + string.Join("/", g));
        Console.WriteLine(string.Join(" ", lookup));

        // deferred execution sees later changes; ToList snapshots
        var source = new List<int> { 1, 2, 3 };
        var deferred = source.Select(x => x * 10);
        var snapshot = deferred.ToList();
        source.Add(4);
        Console.WriteLine(string.Join(",", deferred) + " vs " + string.Join(",", snapshot));
        int evaluations = 0;
        var counted = source.Where(x => { evaluations++; return x % 2 == 0; });
        Console.WriteLine("before enumeration: " + evaluations);
        Console.WriteLine("first even: " + counted.First() + ", evaluations " + evaluations);
        Console.WriteLine(string.Join(",", Enumerable.Range(1, 5).Select(i => i * i)) + " " + string.Join("", Enumerable.Repeat("ab", 3)));
        Console.WriteLine(string.Join(",", Enumerable.Range(0, 20).Where(i => i % 3 == 0).Skip(1).Take(3)));
        Console.WriteLine(staff.Max(e => e.Name) + " " + staff.Min(e => e.Age) + " " + staff.Select(e => e.Dept).Distinct().Count());
    }
}

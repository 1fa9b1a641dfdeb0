// LINQ chains as report code writes them: GroupBy with element and result selectors, OrderBy/ThenBy(Descending),
// SelectMany, Join, GroupJoin, ToLookup, Aggregate, Zip, set operators, partitioning and query syntax.
using System;
using System.Collections.Generic;
using System.Linq;

class Order { public int Id; public string Customer; public string Product; public int Qty; public decimal Price; }
class Customer { public string Name; public string City; }

class LinqReports
{
    static int Main()
    {
        var orders = new List<Order>
        {
            new Order { Id = 1, Customer = "acme", Product = "bolt", Qty = 100, Price = 0.25m },
            new Order { Id = 2, Customer = "zeta", Product = "nut", Qty = 250, Price = 0.10m },
            new Order { Id = 3, Customer = "acme", Product = "gear", Qty = 4, Price = 12.50m },
            new Order { Id = 4, Customer = "beta", Product = "bolt", Qty = 40, Price = 0.25m },
            new Order { Id = 5, Customer = "zeta", Product = "gear", Qty = 2, Price = 12.50m },
            new Order { Id = 6, Customer = "acme", Product = "nut", Qty = 300, Price = 0.09m },
            new Order { Id = 7, Customer = "nova", Product = "spring", Qty = 10, Price = 1.20m },
        };
        var customers = new[]
        {
            new Customer { Name = "acme", City = "Oslo" }, new Customer { Name = "beta", City = "Rome" },
            new Customer { Name = "zeta", City = "Oslo" }, new Customer { Name = "omni", City = "Lima" },
        };

        var byCustomer = orders.GroupBy(o => o.Customer, o => o.Qty * o.Price, (c, totals) => new { Customer = c, Total = totals.Sum(), Count = totals.Count() })
                               .OrderByDescending(x => x.Total).ThenBy(x => x.Customer);
        foreach (var x in byCustomer) Console.WriteLine("{0,-6}{1,3}{2,10:F2}", x.Customer, x.Count, x.Total);

        var products = orders.OrderBy(o => o.Product).ThenByDescending(o => o.Qty).Select(o => o.Product + ":" + o.Qty);
        Console.WriteLine(string.Join(" ", products));

        var joined = from o in orders
                     join c in customers on o.Customer equals c.Name
                     where o.Qty >= 10
                     orderby c.City, o.Id descending
                     select c.City + "/" + o.Id;
        Console.WriteLine("join: " + string.Join(" ", joined));

        var groupJoin = customers.GroupJoin(orders, c => c.Name, o => o.Customer, (c, os) => c.Name + "(" + os.Count() + ")");
        Console.WriteLine("groupjoin: " + string.Join(" ", groupJoin));
        var leftOuter = from c in customers
                        join o in orders on c.Name equals o.Customer into g
                        from o in g.DefaultIfEmpty()
                        select c.Name + "-" + (o == null ? "none" : o.Product);
        Console.WriteLine("left outer: " + string.Join(" ", leftOuter));

        var lookup = orders.ToLookup(o => o.Product);
        Console.WriteLine("lookup: " + lookup.Count + " gear=" + string.Join(",", lookup["gear"].Select(o => o.Id)) + " missing=" + lookup["widget"].Count() + " contains=" + lookup.Contains("nut"));
        foreach (var g in lookup) Console.Write(g.Key + "[" + g.Sum(o => o.Qty) + "] ");
        Console.WriteLine();

        var pairs = customers.SelectMany(c => orders.Where(o => o.Customer == c.Name), (c, o) => c.City[0] + "" + o.Id);
        Console.WriteLine("selectmany: " + string.Join(" ", pairs));
        var letters = new[] { "ab", "", "cde" }.SelectMany(s => s).Select((ch, i) => ch + "" + i);
        Console.WriteLine("indexed: " + string.Join(" ", letters));

        int[] nums = { 5, 3, 8, 1, 9, 2, 7, 3, 5 };
        Console.WriteLine("aggregate " + nums.Aggregate((a, b) => a * 10 % 997 + b) + " " + nums.Aggregate(0L, (acc, n) => acc + n * n) + " " + nums.Aggregate("", (s, n) => s + n, s => s.Length));
        Console.WriteLine("zip " + string.Join(",", nums.Zip(nums.Skip(1), (a, b) => b - a)));
        Console.WriteLine("distinct " + string.Join(",", nums.Distinct()) + " union " + string.Join(",", nums.Take(3).Union(new[] { 3, 4, 5 })) + " intersect " + string.Join(",", nums.Intersect(new[] { 9, 5, 4 })) + " except " + string.Join(",", nums.Except(new[] { 3, 5 })));
        Console.WriteLine("partition " + string.Join(",", nums.Skip(2).Take(3)) + " | " + string.Join(",", nums.TakeWhile(n => n != 1)) + " | " + string.Join(",", nums.SkipWhile(n => n != 9)) + " | " + string.Join(",", nums.Reverse()));
        Console.WriteLine("quantifiers " + nums.Any(n => n > 8) + nums.All(n => n > 0) + nums.Contains(4) + " count " + nums.Count(n => n % 2 == 1) + " " + nums.LongCount());
        Console.WriteLine("elements " + nums.First() + nums.Last() + nums.First(n => n > 5) + nums.LastOrDefault(n => n > 100) + nums.ElementAt(4) + nums.ElementAtOrDefault(100) + " single " + nums.Single(n => n == 8));
        Console.WriteLine("stats " + nums.Min() + " " + nums.Max() + " " + nums.Sum() + " " + nums.Average().ToString("F3") + " " + orders.Max(o => o.Price) + " " + orders.Min(o => o.Customer) + " " + orders.Average(o => o.Qty).ToString("F2"));
        int?[] maybe = { 3, null, 7, null, 1 };
        Console.WriteLine("nullable stats " + maybe.Sum() + " " + maybe.Min() + " " + maybe.Max() + " " + maybe.Average().Value.ToString("F4") + " " + maybe.Count(x => x.HasValue) + " " + new int?[0].Max().HasValue);
        try { new int[0].First(); } catch (InvalidOperationException) { Console.WriteLine("First on empty throws"); }
        try { nums.Single(n => n == 3); } catch (InvalidOperationException) { Console.WriteLine("Single with two matches throws"); }
        try { new int[0].Average(); } catch (InvalidOperationException) { Console.WriteLine("Average on empty throws"); }

        var dict = orders.ToDictionary(o => o.Id, o => o.Product);
        Console.WriteLine("todictionary " + dict[3] + " " + dict.Count);
        var seq = Enumerable.Range(1, 20).Where(n => n % 3 == 0).Select(n => n * n).OrderByDescending(n => n).ToList();
        Console.WriteLine("range " + string.Join(",", seq) + " repeat " + string.Join("", Enumerable.Repeat("ab", 3)) + " empty " + Enumerable.Empty<int>().Count());
        object[] mixed = { 1, "two", 3.0, 4, "five", null, 6L };
        Console.WriteLine("oftype " + string.Join(",", mixed.OfType<int>()) + " " + string.Join(",", mixed.OfType<string>()) + " cast " + string.Join(",", new object[] { "a", "b" }.Cast<string>().Select(s => s.ToUpper())));
        Console.WriteLine("sequenceequal " + nums.Take(2).SequenceEqual(new[] { 5, 3 }) + " " + nums.SequenceEqual(nums.Reverse()) + " concat " + string.Join(",", nums.Take(2).Concat(nums.Skip(7))));

        var query = from o in orders
                    let revenue = o.Qty * o.Price
                    where revenue > 5
                    group new { o.Id, revenue } by o.Customer into g
                    orderby g.Key descending
                    select g.Key + "=" + string.Join("+", g.Select(x => x.Id)) + ":" + g.Sum(x => x.revenue);
        foreach (string line in query) Console.WriteLine(line);
        var words = "the quick brown fox jumps over the lazy dog".Split(' ');
        var byLength = words.GroupBy(w => w.Length).OrderBy(g => g.Key).Select(g => g.Key + ":" + string.Join("/", g.OrderBy(w => w).Distinct()));
        Console.WriteLine(string.Join(" ", byLength));
        var first = words.Select((w, i) => new { w, i }).Where(x => x.w.Contains("o")).Select(x => x.i);
        Console.WriteLine("indices with o: " + string.Join(",", first));
        return 100;
    }
}

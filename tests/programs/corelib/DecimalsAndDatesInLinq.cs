using System;
using System.Linq;
using System.Collections.Generic;
class Item { public string Name; public decimal Price; public float Weight; public long Count; public double Score; }
class DecimalsAndDatesInLinq { static void Main() {
 var items = new List<Item> { new Item { Name = "a", Price = 1.25m, Weight = 0.5f, Count = 3, Score = 2.5 }, new Item { Name = "b", Price = 10.10m, Weight = 1.25f, Count = 4, Score = 4 }, new Item { Name = "c", Price = 0.05m, Weight = 2f, Count = 5, Score = 1 } };
 Console.WriteLine(items.Sum(i => i.Price) + " " + items.Average(i => i.Price) + " " + items.Max(i => i.Price) + " " + items.Min(i => i.Price));
 Console.WriteLine(items.Sum(i => i.Weight) + " " + items.Average(i => i.Weight) + " " + items.Average(i => i.Count) + " " + items.Average(i => i.Score));
 Console.WriteLine(new[] { 1.5m, 2.25m }.Sum() + " " + new[] { 1m, 2m, 2m }.Average() + " " + new[] { 3L, 4L }.Average() + " " + new[] { 0.5f, 0.25f }.Average());
 Console.WriteLine(string.Join(",", items.OrderByDescending(i => i.Price).Select(i => i.Name)));
 try { new decimal[0].Average(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
 var spans = new List<TimeSpan> { TimeSpan.FromHours(2), TimeSpan.FromMinutes(5), TimeSpan.FromDays(1) };
 spans.Sort(); Console.WriteLine(string.Join(" ", spans));
 var dates = new List<DateTime> { new DateTime(2024,5,1), new DateTime(2020,1,1), new DateTime(2022,3,3) };
 Console.WriteLine(string.Join(" ", dates.OrderBy(d => d).Select(d => d.ToString("yyyy-MM-dd"))) + " " + dates.Max().Year);
 var byDay = new Dictionary<DateTime, int> { { new DateTime(2024,1,1), 1 } }; byDay[new DateTime(2024,1,1,0,0,0)] += 1; Console.WriteLine(byDay[new DateTime(2024,1,1)]);
 var prices = new Dictionary<decimal, string> { { 1.0m, "one" } }; Console.WriteLine(prices[1.00m]);
} }

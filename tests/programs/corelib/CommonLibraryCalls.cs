// Common List, LINQ, string, Math and decimal calls with StringWriter/StringReader, compared with Mono.
using System; using System.Collections.Generic; using System.Linq; using System.Text; using System.IO;
class CommonLibraryCalls {
  static void Main() {
    var list = new List<int> { 5, 1, 4 };
    list.Sort(); list.Reverse(); Console.WriteLine(string.Join(",", list) + " " + list.IndexOf(4) + " " + list.Contains(9) + " " + list.FindIndex(x => x < 3) + " " + list.TrueForAll(x => x > 0));
    list.RemoveAll(x => x == 4); list.InsertRange(0, new[] { 7, 8 }); Console.WriteLine(string.Join(",", list.GetRange(1, 2)) + " " + list.ConvertAll(x => x * 2).Sum());
    Console.WriteLine(string.Join(",", list.OrderByDescending(x => x).ThenBy(x => x % 2)) + " " + list.Skip(1).TakeWhile(x => x > 1).Count() + " " + list.Any(x => x > 7) + " " + list.All(x => x > 0));
    var words = new[] { "apple", "Banana", "cherry" };
    Console.WriteLine(string.Join(",", words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase)) + " " + words.Min() + " " + words.Select((w, i) => i + w[0].ToString()).Last());
    Console.WriteLine(string.Join(",", Enumerable.Repeat("ab", 3)) + " " + Enumerable.Range(0, 5).Reverse().First() + " " + new[] { 1, 2, 3 }.Concat(new[] { 4 }).Except(new[] { 2 }).Count());
    Console.WriteLine(words.ToDictionary(w => w[0]).Keys.Count + " " + words.GroupJoin(words, a => a.Length, b => b.Length, (a, bs) => bs.Count()).Sum() + " " + string.Join("", words.Select(w => w.Substring(0, 1))));
    var sw = new StringWriter(); sw.Write("a"); sw.WriteLine(1); Console.Write(sw.ToString());
    var sr = new StringReader("l1\nl2"); Console.WriteLine(sr.ReadLine() + sr.ReadToEnd());
    Console.WriteLine("Hello World".Split(' ').Select(s => s.ToUpperInvariant()).Aggregate((a, b) => b + " " + a) + " " + "abc".Contains("b") + " " + "a b".Replace(' ', '_') + " " + "ab".EndsWith("b"));
    Console.WriteLine(string.Join(",", "a1b2c3".Where(char.IsDigit)) + " " + "xyz".IndexOfAny(new[] { 'z', 'y' }) + " " + "  pad".TrimStart() + "|" + "abc".Insert(1, "-") + " " + string.IsNullOrWhiteSpace(" "));
    Console.WriteLine(Math.Max(1.5, 2) + " " + Math.Sign(-3) + " " + Math.Truncate(2.7) + " " + Math.Log10(1000) + " " + Math.Exp(0) + " " + (7 % 3) + " " + (-7 / 2) + " " + 7.0 / 2);
    Console.WriteLine(long.MaxValue + " " + ulong.MaxValue + " " + 1e21);
    Console.WriteLine(decimal.Parse("1.10") + 2.5m + " " + Math.Round(2.675m, 2) + " " + (10m / 3).ToString("F4") + " " + decimal.MaxValue);
    var kv = new KeyValuePair<string, int>("k", 1); Console.WriteLine(kv + " " + kv.Key);
    int[] jag = new int[3]; jag[0] = 1; Console.WriteLine(jag.Sum() + " " + jag.Length + " " + Array.IndexOf(jag, 0) + " " + Array.Exists(jag, x => x == 1) + " " + Array.FindAll(jag, x => x == 0).Length);
    Console.WriteLine(String.Join(";", new List<string> { "q" }.AsReadOnly()) + " " + new List<int>(new[] { 3, 1 }).Max() + " " + Enumerable.Empty<int>().DefaultIfEmpty(9).Single());
  }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Animal { public string Name; public Animal(string n) { Name = n; } public override string ToString() { return Name; } }
class Dog : Animal { public Dog(string n) : base(n) { } }
class Cat : Animal { public Cat(string n) : base(n) { } }

class ProjectionAndPartitioning
{
    static List<string> log = new List<string>();

    static IEnumerable<int> Source(int n)
    {
        for (int i = 1; i <= n; i++)
        {
            log.Add("yield " + i);
            yield return i;
        }
        log.Add("end");
    }

    static string Show<T>(IEnumerable<T> items) { return "[" + string.Join(", ", items) + "]"; }

    static void Flush(string label)
    {
        Console.WriteLine(label + ": " + string.Join("; ", log));
        log.Clear();
    }

    static void Main()
    {
        // deferred execution: nothing runs until enumeration, and operators interleave element by element
        var query = Source(4).Where(x => { log.Add("where " + x); return x % 2 == 0; }).Select(x => { log.Add("select " + x); return x * 10; });
        Flush("built");
        foreach (int x in query) log.Add("got " + x);
        Flush("enumerated");
        Console.WriteLine(query.First());
        Flush("first");
        Console.WriteLine(Source(10).Take(2).Sum());
        Flush("take");
        Console.WriteLine(Source(5).Skip(3).Count());
        Flush("skip");
        Console.WriteLine(Show(Source(6).TakeWhile(x => x < 3)));
        Flush("takewhile");
        Console.WriteLine(Source(3).Reverse().First());
        Flush("reverse");

        List<int> numbers = new List<int> { 1, 2, 3 };
        IEnumerable<int> doubled = numbers.Select(x => x * 2);
        numbers.Add(4);
        Console.WriteLine(Show(doubled));
        IEnumerable<int> bigOnes = numbers.Where(x => x > 2);
        numbers.Remove(4);
        numbers.Add(10);
        Console.WriteLine(Show(bigOnes));

        int[] data = { 5, 3, 8, 1, 9, 2 };
        Console.WriteLine(Show(data.Select((x, i) => x * i)) + " " + Show(data.Where((x, i) => i % 2 == 0)) + " " + Show(data.Where((x, i) => x > i)));
        string[] sentences = { "the cat", "a dog barks", "" };
        Console.WriteLine(Show(sentences.SelectMany(s => s.Split(' '))));
        Console.WriteLine(Show(sentences.SelectMany((s, i) => s.Split(' ').Select(w => i + w))));
        Console.WriteLine(Show(sentences.SelectMany(s => s.Split(' '), (s, w) => s.Length + ":" + w)));
        Console.WriteLine(Show(sentences.SelectMany((s, i) => Enumerable.Repeat(i, i), (s, n) => s + n)));
        var pairs = from x in Enumerable.Range(1, 3) from y in Enumerable.Range(x, 2) where x + y > 3 select x + "-" + y;
        Console.WriteLine(Show(pairs));

        object[] objects = { 1, "two", 3, null, 4.5, "six", new Dog("rex"), new Cat("tom") };
        Console.WriteLine(Show(objects.OfType<int>()) + " " + Show(objects.OfType<string>()) + " " + Show(objects.OfType<Animal>()) + " " + Show(objects.OfType<Cat>()));
        Animal[] animals = { new Dog("a"), new Dog("b") };
        Console.WriteLine(Show(animals.Cast<Dog>()) + " " + Show(new object[] { 1, 2 }.Cast<int>()) + " " + (animals.Cast<Animal>() == (object)animals));
        try
        {
            Console.WriteLine(Show(objects.Cast<int>()));
        }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }

        Console.WriteLine(Show(data.Zip(new[] { "a", "b", "c" }, (n, s) => s + n)) + " " + Show("abc".Zip(Enumerable.Range(0, 10), (c, i) => c + i.ToString())));
        Console.WriteLine(Show(data.Concat(new[] { 100, 200 })) + " " + Show(data.Append(7).Prepend(0)) + " " + Show(new int[0].Append(1)));
        Console.WriteLine(Show(data.Skip(2)) + Show(data.Skip(-1)) + Show(data.Skip(100)) + Show(data.Take(3)) + Show(data.Take(0)) + Show(data.Take(-5)) + Show(data.Take(100)));
        Console.WriteLine(Show(data.SkipWhile(x => x > 2)) + Show(data.SkipWhile((x, i) => i < 4)) + Show(data.TakeWhile(x => x != 1)) + Show(data.TakeWhile((x, i) => x > i)));
        Console.WriteLine(Show(data.SkipLast(2)) + Show(data.TakeLast(2)) + Show(data.SkipLast(0)) + Show(data.TakeLast(0)) + Show(data.TakeLast(10)) + Show(data.SkipLast(10)));
        Console.WriteLine(Show(data.Reverse()) + Show(new int[0].DefaultIfEmpty()) + Show(new string[0].DefaultIfEmpty("none")) + Show(data.DefaultIfEmpty(-1)));
        Console.WriteLine(Show(Enumerable.Range(-2, 5)) + Show(Enumerable.Range(7, 0)) + Show(Enumerable.Repeat("x", 3)) + Show(Enumerable.Empty<double>()) + " " + (Enumerable.Empty<int>() == Enumerable.Empty<int>()));
        Console.WriteLine(Enumerable.Range(int.MaxValue, 1).First() + " " + Enumerable.Range(1, 100000).Count() + " " + Enumerable.Range(1, 1000).Select(x => (long)x).Sum());
        try
        {
            Enumerable.Range(int.MaxValue, 2);
        }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("range too long"); }
        try
        {
            Enumerable.Repeat(1, -1);
        }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("negative repeat"); }

        // arguments are checked eagerly, the sequence lazily
        try
        {
            ((IEnumerable<int>)null).Select(x => x);
        }
        catch (ArgumentNullException) { Console.WriteLine("null source"); }
        try
        {
            data.Where((Func<int, bool>)null);
        }
        catch (ArgumentNullException) { Console.WriteLine("null predicate"); }
        IEnumerable<int> failing = data.Select(x => 10 / (x - 8));
        Console.WriteLine("not yet");
        try
        {
            Console.WriteLine(Show(failing));
        }
        catch (DivideByZeroException) { Console.WriteLine("DivideByZeroException while enumerating"); }

        List<int> fromList = data.ToList();
        int[] fromArray = Source(3).ToArray();
        Flush("toarray");
        fromList.Add(99);
        Console.WriteLine(fromList.Count + " " + data.Length + " " + fromArray.Length + " " + Show(data.AsEnumerable()));
        IEnumerator<int> e = Source(2).Select(x => x + 1).GetEnumerator();
        Console.WriteLine(e.MoveNext() + " " + e.Current + " " + e.MoveNext() + " " + e.Current + " " + e.MoveNext());
        Flush("manual");
    }
}

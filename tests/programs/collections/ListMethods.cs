using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

class Person
{
    public string Name;
    public int Age;
    public Person(string name, int age) { Name = name; Age = age; }
    public override string ToString() { return Name + ":" + Age; }
}

class ByAge : IComparer<Person>
{
    public int Compare(Person a, Person b) { return a.Age.CompareTo(b.Age); }
}

class Descending : IComparer<int>
{
    public int Compare(int a, int b) { return b.CompareTo(a); }
}

class ListMethods
{
    static string Show<T>(IEnumerable<T> items) { return "[" + string.Join(", ", items) + "]"; }

    static void Try(string label, Action action)
    {
        try
        {
            action();
            Console.WriteLine(label + ": no exception");
        }
        catch (InvalidOperationException e) { Console.WriteLine(label + ": " + e.GetType().Name + " " + e.Message); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static void Main()
    {
        List<int> list = new List<int>();
        Console.Write("capacity:");
        for (int i = 0; i < 10; i++)
        {
            list.Add(i * 3 % 7);
            Console.Write(" " + list.Capacity);
        }
        Console.WriteLine();
        Console.WriteLine(Show(list) + " count " + list.Count);
        list.Capacity = 20;
        Console.WriteLine("capacity " + list.Capacity);
        list.TrimExcess();
        Console.WriteLine("trimmed " + list.Capacity);
        Console.WriteLine(new List<int>(new[] { 1, 2, 3 }).Capacity + " " + new List<int>(5).Capacity);

        // searching
        Console.WriteLine(list.IndexOf(6) + " " + list.IndexOf(6, 3) + " " + list.IndexOf(6, 3, 3) + " " + list.LastIndexOf(6) + " " + list.LastIndexOf(6, 5));
        Console.WriteLine(list.Find(x => x > 4) + " " + list.FindLast(x => x > 4) + " " + list.FindIndex(x => x > 4) + " " + list.FindLastIndex(x => x > 4));
        Console.WriteLine(list.FindIndex(4, x => x > 4) + " " + list.FindIndex(2, 3, x => x == 5) + " " + list.FindLastIndex(5, x => x > 4) + " " + list.FindLastIndex(8, 2, x => x < 1));
        Console.WriteLine(Show(list.FindAll(x => x % 2 == 0)) + " " + list.Exists(x => x == 5) + " " + list.Exists(x => x == 9) + " " + list.TrueForAll(x => x < 7));
        Console.WriteLine(list.Contains(4) + " " + list.Contains(10) + " " + list.Find(x => x > 100));

        // ranges
        Console.WriteLine(Show(list.GetRange(2, 4)));
        list.InsertRange(3, new[] { 100, 101 });
        Console.WriteLine(Show(list));
        list.RemoveRange(1, 3);
        Console.WriteLine(Show(list));
        list.InsertRange(0, new List<int> { -1, -2 });
        list.AddRange(new int[0]);
        list.AddRange(Yield(3));
        Console.WriteLine(Show(list));
        List<int> self = new List<int> { 1, 2, 3 };
        self.InsertRange(1, self);
        Console.WriteLine("self " + Show(self));
        list.Reverse();
        Console.WriteLine(Show(list));
        list.Reverse(1, 4);
        Console.WriteLine(Show(list));
        Console.WriteLine(list.RemoveAll(x => x < 0) + " " + Show(list));
        Console.WriteLine(list.RemoveAll(x => x > 1000) + " " + list.Remove(101) + " " + list.Remove(555) + " " + Show(list));
        list.Insert(0, 42);
        list.Insert(list.Count, 43);
        list.RemoveAt(1);
        Console.WriteLine(Show(list));
        Console.WriteLine(Show(list.ConvertAll(x => "<" + x + ">")));
        int[] array = list.ToArray();
        array[0] = 0;
        Console.WriteLine(array.Length + " " + list[0]);
        int[] dest = new int[list.Count + 2];
        list.CopyTo(dest, 1);
        Console.WriteLine(Show(dest));
        list.CopyTo(1, dest, 0, 2);
        Console.WriteLine(Show(dest));
        int sum = 0;
        list.ForEach(x => sum += x);
        Console.WriteLine("sum " + sum);

        // sorting: ties beyond 16 elements show the exact (unstable) order .NET's introsort gives
        List<Person> people = new List<Person>();
        string[] names = { "ann", "bob", "cid", "dee", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lou", "max", "ned", "oda", "pam",
            "quin", "rob", "sue", "tom", "uma", "vic", "wes", "xia", "yul", "zed" };
        for (int i = 0; i < names.Length; i++) people.Add(new Person(names[i], (i * 7) % 5 + 20));
        List<Person> small = people.GetRange(0, 5);
        small.Sort(new ByAge());
        Console.WriteLine(Show(small));
        List<Person> three = new List<Person> { new Person("x", 2), new Person("y", 2), new Person("z", 1) };
        three.Sort(new ByAge());
        Console.WriteLine(Show(three));
        people.Sort(new ByAge());
        Console.WriteLine(Show(people));
        people.Sort((a, b) => string.CompareOrdinal(b.Name, a.Name));
        Console.WriteLine(Show(people));
        people.Sort((a, b) => a.Age - b.Age);
        Console.WriteLine(Show(people));
        List<int> numbers = new List<int>();
        for (int i = 0; i < 200; i++) numbers.Add((i * 7919) % 211);
        numbers.Sort();
        Console.WriteLine(numbers[0] + " " + numbers[100] + " " + numbers[199] + " sorted " + IsSorted(numbers));
        numbers.Sort(new Descending());
        Console.WriteLine(numbers[0] + " " + numbers[199]);
        numbers.Sort(10, 20, null);
        Console.WriteLine(Show(numbers.GetRange(8, 24)));
        List<int> keys = new List<int> { 1, 3, 5, 7, 9, 11 };
        Console.WriteLine(keys.BinarySearch(7) + " " + keys.BinarySearch(8) + " " + keys.BinarySearch(0) + " " + keys.BinarySearch(12));
        List<int> down = new List<int> { 9, 7, 5, 3 };
        Console.WriteLine(down.BinarySearch(5, new Descending()) + " " + down.BinarySearch(1, 2, 3, new Descending()) + " " + down.BinarySearch(4, new Descending()));
        List<string> words = new List<string> { "pear", "Apple", "fig", "apple", "Banana" };
        words.Sort();
        Console.WriteLine(Show(words));
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine(Show(words));

        // read-only view
        List<int> backing = new List<int> { 1, 2 };
        ReadOnlyCollection<int> view = backing.AsReadOnly();
        backing.Add(3);
        Console.WriteLine(view.Count + " " + view[2] + " " + view.Contains(2) + " " + view.IndexOf(3) + " " + Show(view));
        IList<int> viewAsList = view;
        Try("view add", () => viewAsList.Add(4));
        Try("view set", () => viewAsList[0] = 4);
        Console.WriteLine(viewAsList.IsReadOnly + " " + ((ICollection<int>)backing).IsReadOnly);

        // errors
        Try("index", () => Console.WriteLine(list[99]));
        Try("negative index", () => list[-1] = 1);
        Try("insert", () => list.Insert(99, 1));
        Try("remove at", () => list.RemoveAt(list.Count));
        Try("range", () => list.GetRange(2, 99));
        Try("remove range", () => list.RemoveRange(-1, 1));
        Try("capacity", () => list.Capacity = 1);
        Try("negative capacity", () => new List<int>(-1));
        Try("null collection", () => new List<int>(null));
        Try("modified", () => { foreach (int x in list) if (x == 42) list.Add(1); });
        Try("set while enumerating", () => { foreach (int x in list) list[0] = x; });
        Try("foreach modified", () => list.ForEach(x => list.Add(x)));
        Try("sort modified", () => { foreach (int x in list) list.Sort(); });
        Try("uncomparable", () => new List<object> { new object(), new object() }.Sort());
        Try("comparer throws", () => new List<int> { 2, 1 }.Sort((a, b) => { throw new FormatException(); }));
        List<object> one = new List<object> { new object() };
        one.Sort();
        Console.WriteLine("one uncomparable sorts fine");
        Try("binary search", () => new List<object> { new object(), new object() }.BinarySearch(new object()));
        List<int> enumerated = new List<int> { 1, 2, 3 };
        List<int>.Enumerator e = enumerated.GetEnumerator();
        while (e.MoveNext()) Console.Write(e.Current + " ");
        Console.WriteLine(e.MoveNext() + " " + e.Current);
    }

    static bool IsSorted(List<int> items)
    {
        for (int i = 1; i < items.Count; i++) if (items[i - 1] > items[i]) return false;
        return true;
    }

    static IEnumerable<int> Yield(int n)
    {
        for (int i = 0; i < n; i++) yield return 50 + i;
    }
}

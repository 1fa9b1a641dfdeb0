// Sorting with custom IComparer<T> classes, Comparison delegates, Comparer<T>.Default, keys/items arrays,
// multi-key orderings, BinarySearch with a comparer, and string comparers.
using System;
using System.Collections;
using System.Collections.Generic;

class Employee
{
    public string Name; public string Dept; public int Age; public decimal Salary;
    public Employee(string n, string d, int a, decimal s) { Name = n; Dept = d; Age = a; Salary = s; }
    public override string ToString() { return Name; }
}

class ByAge : IComparer<Employee>
{
    public int Compare(Employee x, Employee y) { return x.Age.CompareTo(y.Age); }
}

class ByDeptThenSalaryDesc : IComparer<Employee>
{
    public int Compare(Employee x, Employee y)
    {
        int c = string.CompareOrdinal(x.Dept, y.Dept);
        return c != 0 ? c : y.Salary.CompareTo(x.Salary);
    }
}

class Reverse<T> : IComparer<T>
{
    readonly IComparer<T> inner;
    public Reverse(IComparer<T> inner) { this.inner = inner; }
    public int Compare(T x, T y) { return inner.Compare(y, x); }
}

class LengthThenAlpha : IComparer<string>
{
    public int Compare(string a, string b) { return a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b); }
}

class OldStyle : IComparer
{
    public int Compare(object a, object b) { return ((int)b).CompareTo((int)a); }
}

class ComparersAndSorting
{
    static void Print<T>(string label, IEnumerable<T> items) { Console.WriteLine(label + ": " + string.Join(" ", items)); }

    static int Main()
    {
        var staff = new List<Employee>
        {
            new Employee("Ann", "Ops", 41, 5200m), new Employee("Bob", "Dev", 29, 6100m), new Employee("Cid", "Dev", 35, 7300m),
            new Employee("Dee", "Ops", 23, 3900m), new Employee("Eve", "Sec", 52, 8800m), new Employee("Fay", "Dev", 47, 6100.5m),
        };
        staff.Sort(new ByAge());
        Print("by age", staff);
        staff.Sort(new ByDeptThenSalaryDesc());
        Print("by dept, salary desc", staff);
        staff.Sort(new Reverse<Employee>(new ByAge()));
        Print("by age desc", staff);
        staff.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        Print("by name", staff);
        staff.Sort(1, 3, new ByAge());
        Print("middle by age", staff);

        int[] numbers = { 5, -3, 12, 0, 7, -8, 3 };
        Array.Sort(numbers);
        Print("ints", numbers);
        Array.Sort(numbers, new Reverse<int>(Comparer<int>.Default));
        Print("ints desc", numbers);
        Array.Sort(numbers, (a, b) => Math.Abs(a).CompareTo(Math.Abs(b)) != 0 ? Math.Abs(a).CompareTo(Math.Abs(b)) : a.CompareTo(b));
        Print("ints by abs", numbers);
        object[] boxed = { 4, 1, 3 };
        Array.Sort(boxed, new OldStyle());
        Print("old style", boxed);

        string[] keys = { "delta", "alpha", "charlie", "bravo" };
        int[] values = { 4, 1, 3, 2 };
        Array.Sort(keys, values);
        Print("keys", keys);
        Print("values follow", values);
        int[] ranks = { 30, 10, 20 };
        string[] labels = { "third", "first", "second" };
        Array.Sort(ranks, labels);
        Print("labels by rank", labels);

        string[] words = { "pear", "Fig", "apple", "kiwi", "Banana", "date", "fig" };
        var w1 = (string[])words.Clone();
        Array.Sort(w1, StringComparer.Ordinal);
        Print("ordinal", w1);
        var w2 = (string[])words.Clone();
        Array.Sort(w2, StringComparer.OrdinalIgnoreCase);
        Print("ignore case", w2);
        var w3 = (string[])words.Clone();
        Array.Sort(w3, new LengthThenAlpha());
        Print("length then alpha", w3);
        Array.Sort(w3, 2, 3, StringComparer.Ordinal);
        Print("range sort", w3);

        var sortedNums = new List<int> { 1, 3, 5, 7, 9, 11 };
        Console.WriteLine("binary search " + sortedNums.BinarySearch(7) + " " + sortedNums.BinarySearch(4) + " " + ~sortedNums.BinarySearch(4) + " " + sortedNums.BinarySearch(100));
        string[] desc = { "zeta", "mu", "kappa", "beta" };
        Console.WriteLine("search with comparer " + Array.BinarySearch(desc, "kappa", new Reverse<string>(StringComparer.Ordinal)) + " " + Array.BinarySearch(new[] { 2, 4, 6 }, 5));

        Console.WriteLine("default comparer " + Comparer<string>.Default.Compare("a", "b") + " " + Math.Sign(Comparer<int>.Default.Compare(5, 2)) + " " + Comparer<string>.Default.Compare(null, "x") + " " + Comparer<int?>.Default.Compare(null, 1));
        var sortedSet = new SortedSet<string>(words, StringComparer.OrdinalIgnoreCase);
        Print("sorted set ignore case", sortedSet);
        var sortedDict = new SortedDictionary<int, string>(new Reverse<int>(Comparer<int>.Default)) { { 1, "one" }, { 3, "three" }, { 2, "two" } };
        Print("sorted dict desc", sortedDict.Values);

        // insertion sort with a comparer, as textbook code does
        var items = new List<Employee>(staff);
        var cmp = new ByDeptThenSalaryDesc();
        for (int i = 1; i < items.Count; i++)
        {
            var cur = items[i];
            int j = i - 1;
            while (j >= 0 && cmp.Compare(items[j], cur) > 0) { items[j + 1] = items[j]; j--; }
            items[j + 1] = cur;
        }
        Print("insertion sort", items);
        Employee[] arr = staff.ToArray();
        Array.Sort(arr, delegate(Employee x, Employee y) { return y.Salary.CompareTo(x.Salary); });
        Print("delegate salary desc", arr);
        Console.WriteLine("max by comparer " + Max(arr, new ByAge()) + " min " + Max(arr, new Reverse<Employee>(new ByAge())));
        return 100;
    }

    static T Max<T>(T[] items, IComparer<T> cmp)
    {
        T best = items[0];
        foreach (T t in items) if (cmp.Compare(t, best) > 0) best = t;
        return best;
    }
}

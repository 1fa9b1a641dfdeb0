using System;

interface IComparer2<T> { int Compare(T a, T b); }
class IntAsc : IComparer2<int> { public int Compare(int a, int b) { return a < b ? -1 : (a > b ? 1 : 0); } }
class IntDesc : IComparer2<int> { public int Compare(int a, int b) { return -new IntAsc().Compare(a, b); } }
class ByLength : IComparer2<string> { public int Compare(string a, string b) { return a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b); } }

static class Sorter
{
    public static void Sort<T>(T[] a, IComparer2<T> c)
    {
        for (int i = 0; i < a.Length; i++)
        {
            int best = i;
            for (int j = i + 1; j < a.Length; j++) if (c.Compare(a[j], a[best]) < 0) best = j;
            T t = a[i]; a[i] = a[best]; a[best] = t;
        }
    }
    public static void Print<T>(T[] a) { for (int i = 0; i < a.Length; i++) Console.Write(a[i] + (i + 1 < a.Length ? " " : "\n")); }
}

class GenericComparer
{
    static void Main()
    {
        int[] a = new int[] { 5, -3, 12, 0, 7, 7, -20 };
        Sorter.Sort(a, new IntAsc());
        Sorter.Print(a);
        Sorter.Sort(a, new IntDesc());
        Sorter.Print(a);
        string[] s = new string[] { "ccc", "a", "bb", "aa", "b", "abc" };
        Sorter.Sort(s, new ByLength());
        Sorter.Print(s);
    }
}

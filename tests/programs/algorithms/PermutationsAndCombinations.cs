// Combinatorial generators written as iterators: permutations in lexicographic order (next-permutation),
// k-combinations, power sets by bit masks, Cartesian products, integer partitions and Gray codes.
using System;
using System.Collections.Generic;
using System.Text;

class PermutationsAndCombinations
{
    static IEnumerable<int[]> Permutations(int n)
    {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i + 1;
        while (true)
        {
            yield return (int[])a.Clone();
            int k = n - 2;
            while (k >= 0 && a[k] >= a[k + 1]) k--;
            if (k < 0) yield break;
            int l = n - 1;
            while (a[l] <= a[k]) l--;
            int t = a[k]; a[k] = a[l]; a[l] = t;
            Array.Reverse(a, k + 1, n - k - 1);
        }
    }

    static IEnumerable<List<T>> Combinations<T>(IList<T> items, int k, int start = 0)
    {
        if (k == 0) { yield return new List<T>(); yield break; }
        for (int i = start; i <= items.Count - k; i++)
            foreach (var rest in Combinations(items, k - 1, i + 1))
            {
                rest.Insert(0, items[i]);
                yield return rest;
            }
    }

    static IEnumerable<string> PowerSet(string letters)
    {
        for (int mask = 0; mask < 1 << letters.Length; mask++)
        {
            var sb = new StringBuilder("{");
            for (int i = 0; i < letters.Length; i++) if ((mask & (1 << i)) != 0) sb.Append(letters[i]);
            yield return sb.Append('}').ToString();
        }
    }

    static IEnumerable<string> Product(string[][] sets, int index = 0, string prefix = "")
    {
        if (index == sets.Length) { yield return prefix; yield break; }
        foreach (string s in sets[index])
            foreach (string p in Product(sets, index + 1, prefix + s))
                yield return p;
    }

    static IEnumerable<List<int>> Partitions(int n, int max)
    {
        if (n == 0) { yield return new List<int>(); yield break; }
        for (int first = Math.Min(n, max); first >= 1; first--)
            foreach (var rest in Partitions(n - first, first))
            {
                rest.Insert(0, first);
                yield return rest;
            }
    }

    static void Main()
    {
        int count = 0;
        var sb = new StringBuilder();
        foreach (int[] p in Permutations(4)) { if (count++ < 8) sb.Append(string.Join("", p)).Append(' '); }
        Console.WriteLine("permutations of 4: " + count + " first: " + sb.ToString().Trim());
        int perms6 = 0; foreach (var p in Permutations(6)) perms6++;
        Console.WriteLine("permutations of 6: " + perms6);
        var letters = new List<char>("abcde".ToCharArray());
        var combos = new List<string>();
        foreach (var c in Combinations(letters, 3)) combos.Add(new string(c.ToArray()));
        Console.WriteLine("C(5,3) = " + combos.Count + ": " + string.Join(" ", combos));
        Console.WriteLine("power set: " + string.Join(" ", PowerSet("xyz")));
        Console.WriteLine("product: " + string.Join(" ", Product(new[] { new[] { "a", "b" }, new[] { "1", "2", "3" }, new[] { "!" } })));
        var parts = new List<string>();
        foreach (var p in Partitions(6, 6)) parts.Add(string.Join("+", p));
        Console.WriteLine("partitions of 6 (" + parts.Count + "): " + string.Join(", ", parts));
        var gray = new List<string>();
        for (int i = 0; i < 16; i++) gray.Add(Convert4(i ^ (i >> 1)));
        Console.WriteLine("gray code: " + string.Join(" ", gray));
    }

    static string Convert4(int v) { var c = new char[4]; for (int i = 0; i < 4; i++) c[3 - i] = (v & (1 << i)) != 0 ? '1' : '0'; return new string(c); }
}

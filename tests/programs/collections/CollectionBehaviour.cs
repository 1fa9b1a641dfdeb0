// Observable behaviour of the standard collections: List insert/remove/range operations, Dictionary insertion
// order without removals, TryGetValue/ContainsKey/indexer exceptions, Stack and Queue order, HashSet set algebra.
using System;
using System.Collections.Generic;

class CollectionBehaviour
{
    static void Main()
    {
        var list = new List<int> { 5, 1, 4 };
        list.Add(9);
        list.Insert(0, 7);
        list.InsertRange(2, new[] { 2, 2 });
        Console.WriteLine(string.Join(",", list) + " count " + list.Count);
        list.Remove(2);
        list.RemoveAt(list.Count - 1);
        Console.WriteLine(string.Join(",", list) + " indexOf 4 = " + list.IndexOf(4) + ", contains 9 = " + list.Contains(9));
        list.RemoveAll(x => x % 2 == 1);
        Console.WriteLine(string.Join(",", list));
        list.AddRange(new[] { 10, 3, 8 });
        list.Sort();
        list.Reverse();
        Console.WriteLine(string.Join(",", list) + " find>5 " + list.Find(x => x > 5) + " findIndex<3 " + list.FindIndex(x => x < 3));
        Console.WriteLine(string.Join(",", list.GetRange(1, 3)) + " | " + string.Join(",", list.ConvertAll(x => x * 2)));
        list.Clear();
        Console.WriteLine("cleared " + list.Count);
        try { int x = list[0]; Console.WriteLine(x); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("list index out of range"); }

        var dict = new Dictionary<string, int>();
        foreach (string k in new[] { "delta", "alpha", "charlie", "bravo" }) dict.Add(k, k.Length);
        Console.WriteLine(string.Join(",", dict.Keys) + " | " + string.Join(",", dict.Values));
        dict["alpha"] = 100;
        Console.WriteLine("after update: " + string.Join(",", dict) );
        int v;
        Console.WriteLine(dict.TryGetValue("echo", out v) + " " + v + " " + dict.ContainsKey("bravo") + " " + dict.ContainsValue(7));
        try { dict.Add("alpha", 1); }
        catch (ArgumentException) { Console.WriteLine("duplicate key rejected"); }
        try { Console.WriteLine(dict["zulu"]); }
        catch (KeyNotFoundException) { Console.WriteLine("missing key throws KeyNotFoundException"); }
        Console.WriteLine("removed " + dict.Remove("delta") + " " + dict.Remove("delta") + ", count " + dict.Count);
        var ints = new Dictionary<int, string>();
        for (int i = 0; i < 50; i++) ints[i * 37 % 101] = "v" + i;
        int sum = 0;
        foreach (var kv in ints) sum += kv.Key;
        Console.WriteLine("50 keys, sum " + sum + ", [37] = " + ints[37] + ", first key " + new List<int>(ints.Keys)[0]);

        var stack = new Stack<string>();
        stack.Push("a"); stack.Push("b"); stack.Push("c");
        Console.WriteLine("peek " + stack.Peek() + " pop " + stack.Pop() + " then " + string.Join(",", stack) + " count " + stack.Count);
        var queue = new Queue<string>();
        queue.Enqueue("x"); queue.Enqueue("y"); queue.Enqueue("z");
        Console.WriteLine("peek " + queue.Peek() + " dequeue " + queue.Dequeue() + " then " + string.Join(",", queue) + " count " + queue.Count);
        try { new Stack<int>().Pop(); }
        catch (InvalidOperationException) { Console.WriteLine("empty stack pop throws"); }
        try { new Queue<int>().Dequeue(); }
        catch (InvalidOperationException) { Console.WriteLine("empty queue dequeue throws"); }

        var evens = new HashSet<int> { 0, 2, 4, 6, 8 };
        var small = new HashSet<int> { 0, 1, 2, 3 };
        Console.WriteLine("add existing: " + evens.Add(4) + ", add new: " + evens.Add(10) + ", contains 6: " + evens.Contains(6));
        var union = new HashSet<int>(evens); union.UnionWith(small);
        var inter = new HashSet<int>(evens); inter.IntersectWith(small);
        var diff = new HashSet<int>(evens); diff.ExceptWith(small);
        var ul = new List<int>(union); ul.Sort();
        var il = new List<int>(inter); il.Sort();
        var dl = new List<int>(diff); dl.Sort();
        Console.WriteLine("union " + string.Join(",", ul) + " inter " + string.Join(",", il) + " diff " + string.Join(",", dl));
        Console.WriteLine("subset " + inter.IsSubsetOf(evens) + " overlaps " + evens.Overlaps(small));
    }
}

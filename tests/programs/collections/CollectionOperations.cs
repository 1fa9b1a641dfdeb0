// The other collections in everyday code: HashSet set algebra, SortedSet ranges, SortedDictionary/SortedList
// ordering, Queue/Stack based algorithms (BFS, bracket matching, undo), LinkedList editing, List range
// operations and ReadOnlyCollection.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

class CollectionOperations
{
    static string Show<T>(IEnumerable<T> items) { return "[" + string.Join(",", items) + "]"; }

    static bool Balanced(string s)
    {
        var stack = new Stack<char>();
        foreach (char c in s)
        {
            if ("([{".IndexOf(c) >= 0) stack.Push(c);
            else if (")]}".IndexOf(c) >= 0)
            {
                if (stack.Count == 0) return false;
                char open = stack.Pop();
                if ("([{".IndexOf(open) != ")]}".IndexOf(c)) return false;
            }
        }
        return stack.Count == 0;
    }

    static int Main()
    {
        var a = new HashSet<int> { 1, 2, 3, 4, 5 };
        var b = new HashSet<int> { 4, 5, 6, 7 };
        var u = new HashSet<int>(a); u.UnionWith(b);
        var i = new HashSet<int>(a); i.IntersectWith(b);
        var e = new HashSet<int>(a); e.ExceptWith(b);
        var x = new HashSet<int>(a); x.SymmetricExceptWith(b);
        Console.WriteLine("sets " + Show(u.OrderBy(n => n)) + Show(i.OrderBy(n => n)) + Show(e.OrderBy(n => n)) + Show(x.OrderBy(n => n)));
        Console.WriteLine("relations " + i.IsSubsetOf(a) + a.IsSupersetOf(i) + a.Overlaps(b) + a.SetEquals(new[] { 5, 4, 3, 2, 1, 1 }) + i.IsProperSubsetOf(i) + " add dup " + a.Add(3) + " remove " + a.Remove(1) + " where " + a.RemoveWhere(n => n % 2 == 0));

        var ss = new SortedSet<int> { 50, 10, 40, 20, 30, 60 };
        Console.WriteLine("sortedset " + Show(ss) + " min " + ss.Min + " max " + ss.Max + " view " + Show(ss.GetViewBetween(15, 45)) + " reverse " + Show(ss.Reverse()));
        var sd = new SortedDictionary<string, int>(StringComparer.Ordinal) { { "pear", 3 }, { "apple", 5 }, { "Zebra", 1 }, { "mango", 2 } };
        sd["banana"] = 4;
        Console.WriteLine("sorteddict " + Show(sd.Select(kv => kv.Key + "=" + kv.Value)) + " first " + sd.First().Key);
        var sl = new SortedList<int, string> { { 3, "c" }, { 1, "a" }, { 2, "b" } };
        sl.Add(0, "zero");
        Console.WriteLine("sortedlist " + Show(sl.Keys) + Show(sl.Values) + " index " + sl.IndexOfKey(2) + " " + sl.Values[sl.IndexOfKey(3)] + " remove " + sl.Remove(1) + " count " + sl.Count);

        // BFS on a small graph
        var graph = new Dictionary<string, string[]>
        {
            { "A", new[] { "B", "C" } }, { "B", new[] { "D" } }, { "C", new[] { "D", "E" } }, { "D", new[] { "F" } }, { "E", new[] { "F" } }, { "F", new string[0] },
        };
        var dist = new Dictionary<string, int> { { "A", 0 } };
        var queue = new Queue<string>();
        queue.Enqueue("A");
        var order = new List<string>();
        while (queue.Count > 0)
        {
            string n = queue.Dequeue();
            order.Add(n);
            foreach (string m in graph[n]) if (!dist.ContainsKey(m)) { dist[m] = dist[n] + 1; queue.Enqueue(m); }
        }
        Console.WriteLine("bfs " + Show(order) + " dist F " + dist["F"] + " peek-empty " + (queue.Count == 0));
        Console.WriteLine("brackets " + Balanced("{[()()]}") + Balanced("([)]") + Balanced("((") + Balanced(""));

        var undo = new Stack<string>();
        var doc = new List<string>();
        foreach (string cmd in new[] { "add:one", "add:two", "add:three", "undo", "add:four", "undo", "undo" })
        {
            if (cmd == "undo") { if (undo.Count > 0) doc.Remove(undo.Pop()); }
            else { string item = cmd.Substring(4); doc.Add(item); undo.Push(item); }
        }
        Console.WriteLine("undo " + Show(doc) + " stack " + Show(undo) + " peek " + undo.Peek());
        var q2 = new Queue<int>(Enumerable.Range(1, 5));
        q2.Dequeue();
        q2.Enqueue(6);
        Console.WriteLine("queue " + Show(q2) + " peek " + q2.Peek() + " contains " + q2.Contains(6) + " array " + Show(q2.ToArray()));

        var ll = new LinkedList<string>(new[] { "b", "d" });
        ll.AddFirst("a");
        ll.AddLast("e");
        ll.AddAfter(ll.Find("b"), "c");
        ll.AddBefore(ll.Last, "d2");
        ll.Remove("d");
        Console.WriteLine("linkedlist " + Show(ll) + " first " + ll.First.Value + " last " + ll.Last.Value + " count " + ll.Count + " next of c " + ll.Find("c").Next.Value);
        for (var node = ll.First; node != null; node = node.Next) if (node.Value.Length > 1) node.Value = node.Value.ToUpper();
        Console.WriteLine("edited " + Show(ll) + " reversed " + Show(ll.Reverse()));

        var list = Enumerable.Range(1, 10).ToList();
        list.RemoveRange(2, 3);
        list.InsertRange(1, new[] { 100, 200 });
        list.RemoveAll(n => n % 7 == 0);
        Console.WriteLine("list " + Show(list) + " range " + Show(list.GetRange(2, 3)) + " idx " + list.IndexOf(200) + " last " + list.LastIndexOf(10) + " find " + list.Find(n => n > 8) + " findlast " + list.FindLast(n => n < 8) + " exists " + list.Exists(n => n == 6));
        list.Reverse(0, 3);
        Console.WriteLine("reversed head " + Show(list) + " trueforall " + list.TrueForAll(n => n > 0) + " convert " + Show(list.ConvertAll(n => n % 3)));
        var ro = new ReadOnlyCollection<int>(list);
        Console.WriteLine("readonly " + ro.Count + " " + ro[0] + " contains " + ro.Contains(200));
        try { ((IList<int>)ro).Add(1); } catch (NotSupportedException) { Console.WriteLine("readonly rejects Add"); }
        int[] arr = list.ToArray();
        Array.Resize(ref arr, 4);
        Console.WriteLine("array " + Show(arr) + " indexof " + Array.IndexOf(arr, 200) + " exists " + Array.Exists(arr, n => n == 3) + " findall " + Show(Array.FindAll(arr, n => n > 50)));
        try { list.GetRange(5, 100); } catch (ArgumentException) { Console.WriteLine("bad range -> ArgumentException"); }
        try { foreach (int n in list) if (n == 6) list.Add(7); } catch (InvalidOperationException) { Console.WriteLine("modified during enumeration -> InvalidOperationException"); }
        try { new Stack<int>().Pop(); } catch (InvalidOperationException) { Console.WriteLine("empty stack pop -> InvalidOperationException"); }
        return 100;
    }
}

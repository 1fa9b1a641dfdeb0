// Hand-written generic containers: a growable ring buffer, a binary min-heap with a comparer, an immutable
// persistent stack and an LRU cache over a hand-made doubly linked list and a dictionary.
using System;
using System.Collections;
using System.Collections.Generic;

class RingBuffer<T> : IEnumerable<T>
{
    T[] items = new T[2];
    int head, count;
    public int Count { get { return count; } }
    public void Push(T item)
    {
        if (count == items.Length)
        {
            var bigger = new T[items.Length * 2];
            for (int i = 0; i < count; i++) bigger[i] = items[(head + i) % items.Length];
            items = bigger; head = 0;
        }
        items[(head + count++) % items.Length] = item;
    }
    public T Shift() { T v = items[head]; items[head] = default(T); head = (head + 1) % items.Length; count--; return v; }
    public IEnumerator<T> GetEnumerator() { for (int i = 0; i < count; i++) yield return items[(head + i) % items.Length]; }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Heap<T>
{
    readonly List<T> data = new List<T>();
    readonly IComparer<T> cmp;
    public Heap(IComparer<T> cmp) { this.cmp = cmp; }
    public int Count { get { return data.Count; } }
    public void Add(T x)
    {
        data.Add(x);
        for (int i = data.Count - 1; i > 0;)
        {
            int p = (i - 1) / 2;
            if (cmp.Compare(data[p], data[i]) <= 0) break;
            T t = data[p]; data[p] = data[i]; data[i] = t; i = p;
        }
    }
    public T Pop()
    {
        T top = data[0];
        data[0] = data[data.Count - 1];
        data.RemoveAt(data.Count - 1);
        for (int i = 0; ;)
        {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < data.Count && cmp.Compare(data[l], data[m]) < 0) m = l;
            if (r < data.Count && cmp.Compare(data[r], data[m]) < 0) m = r;
            if (m == i) break;
            T t = data[m]; data[m] = data[i]; data[i] = t; i = m;
        }
        return top;
    }
}

sealed class PStack<T>
{
    public static readonly PStack<T> Empty = new PStack<T>(default(T), null);
    public readonly T Head; public readonly PStack<T> Tail;
    PStack(T head, PStack<T> tail) { Head = head; Tail = tail; }
    public bool IsEmpty { get { return this == Empty; } }
    public PStack<T> Push(T x) { return new PStack<T>(x, this); }
    public override string ToString() { return IsEmpty ? "[]" : Head + "::" + Tail; }
}

class Lru<K, V>
{
    class Entry { public K Key; public V Value; public Entry Prev, Next; }
    readonly int capacity;
    readonly Entry sentinel = new Entry();
    readonly Dictionary<K, Entry> map = new Dictionary<K, Entry>();
    public Lru(int capacity) { this.capacity = capacity; sentinel.Prev = sentinel.Next = sentinel; }
    void Unlink(Entry e) { e.Prev.Next = e.Next; e.Next.Prev = e.Prev; }
    void AddFirst(Entry e) { e.Next = sentinel.Next; e.Prev = sentinel; sentinel.Next.Prev = e; sentinel.Next = e; }
    public bool TryGet(K key, out V value)
    {
        Entry e;
        if (!map.TryGetValue(key, out e)) { value = default(V); return false; }
        Unlink(e); AddFirst(e);
        value = e.Value;
        return true;
    }
    public void Put(K key, V value)
    {
        Entry e;
        if (map.TryGetValue(key, out e)) Unlink(e);
        else
        {
            if (map.Count == capacity) { Entry last = sentinel.Prev; Unlink(last); map.Remove(last.Key); }
            e = new Entry { Key = key };
            map[key] = e;
        }
        e.Value = value;
        AddFirst(e);
    }
    public string Keys() { var s = new List<string>(); for (Entry e = sentinel.Next; e != sentinel; e = e.Next) s.Add(e.Key.ToString()); return string.Join(",", s); }
}

class ByLengthThenText : IComparer<string>
{
    public int Compare(string a, string b) { return a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b); }
}

class GenericContainers
{
    static void Main()
    {
        var ring = new RingBuffer<int>();
        for (int i = 1; i <= 5; i++) ring.Push(i * i);
        Console.WriteLine("ring: " + string.Join(" ", ring) + " (count " + ring.Count + ")");
        Console.WriteLine("shift: " + ring.Shift() + " " + ring.Shift());
        for (int i = 6; i <= 9; i++) ring.Push(i);
        Console.WriteLine("ring: " + string.Join(" ", ring));

        var heap = new Heap<string>(new ByLengthThenText());
        foreach (string w in "the quick brown fox jumps over a lazy dog".Split(' ')) heap.Add(w);
        var popped = new List<string>();
        while (heap.Count > 0) popped.Add(heap.Pop());
        Console.WriteLine("heap order: " + string.Join(" ", popped));

        var s0 = PStack<int>.Empty;
        var s1 = s0.Push(1);
        var s2 = s1.Push(2);
        var s3 = s1.Push(3);
        Console.WriteLine("persistent: " + s0 + " | " + s2 + " | " + s3 + " | shared tail: " + ReferenceEquals(s2.Tail, s3.Tail));

        var lru = new Lru<string, int>(3);
        lru.Put("a", 1); lru.Put("b", 2); lru.Put("c", 3);
        int v;
        Console.WriteLine("get a: " + lru.TryGet("a", out v) + " " + v + " order " + lru.Keys());
        lru.Put("d", 4);
        Console.WriteLine("after d: " + lru.Keys() + ", b present: " + lru.TryGet("b", out v));
        lru.Put("c", 30);
        lru.TryGet("c", out v);
        Console.WriteLine("c updated: " + v + " order " + lru.Keys());
    }
}

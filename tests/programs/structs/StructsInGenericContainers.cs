using System;

struct Entry { public string Key; public int Count; }

class Table<T>
{
    public T[] Items = new T[4];
    public int N;
    public void Add(T v) { if (N == Items.Length) { T[] b = new T[N * 2]; for (int i = 0; i < N; i++) b[i] = Items[i]; Items = b; } Items[N++] = v; }
    public T Get(int i) { return Items[i]; }
}

class StructsInGenericContainers
{
    static int Find(Table<Entry> t, string k) { for (int i = 0; i < t.N; i++) if (t.Items[i].Key == k) return i; return -1; }

    static void Main()
    {
        Table<Entry> t = new Table<Entry>();
        string[] words = new string[] { "a", "b", "a", "c", "b", "a", "d", "e", "a" };
        for (int i = 0; i < words.Length; i++)
        {
            int idx = Find(t, words[i]);
            if (idx < 0) { Entry e = new Entry(); e.Key = words[i]; e.Count = 1; t.Add(e); }
            else t.Items[idx].Count++;
        }
        for (int i = 0; i < t.N; i++) Console.WriteLine(t.Items[i].Key + "=" + t.Items[i].Count);
        Entry copy = t.Get(0);
        copy.Count = 1000;
        Console.WriteLine(t.Get(0).Count + " " + copy.Count);
        Table<Table<Entry>> nested = new Table<Table<Entry>>();
        nested.Add(t);
        nested.Get(0).Items[1].Count = -5;
        Console.WriteLine(t.Items[1].Count);
    }
}

// Found by mono's mcs tests test-187, test-489 and gtest-exmethod-12: NameValueCollection, NameObjectCollectionBase
// and StringCollection of System.Collections.Specialized.
using System;
using System.Collections;
using System.Collections.Specialized;

class Headers : NameObjectCollectionBase
{
    public Headers() { }
    public Headers(IEqualityComparer comparer) : base(comparer) { }
    public void Add(string name, object value) { BaseAdd(name, value); }
    public void Put(string name, object value) { BaseSet(name, value); }
    public object Get(string name) { return BaseGet(name); }
    public void Remove(string name) { BaseRemove(name); }
    public void RemoveAt(int i) { BaseRemoveAt(i); }
    public void Freeze() { IsReadOnly = true; }
    public string Dump()
    {
        string s = "";
        object[] values = BaseGetAllValues();
        string[] keys = BaseGetAllKeys();
        for (int i = 0; i < keys.Length; i++) s += (keys[i] ?? "<null>") + "=" + values[i] + ";";
        return s + " has keys " + BaseHasKeys();
    }
}

static class Program
{
    static string Show(string[] a) { return a == null ? "null" : "[" + string.Join("|", a) + "]"; }
    static string Show(string s) { return s == null ? "null" : "'" + s + "'"; }

    static void Print(NameValueCollection c)
    {
        for (int i = 0; i < c.Count; i++)
            Console.Write((c.GetKey(i) ?? "<null>") + "=" + Show(c[i]) + " ");
        Console.WriteLine("(" + c.Count + ")");
    }

    static int Main()
    {
        var q = new NameValueCollection();
        q.Add("a", "1");
        q.Add("B", "2");
        q.Add("A", "3");
        q.Add("c", null);
        q.Add(null, "n");
        Print(q);
        Console.WriteLine(Show(q["a"]) + " " + Show(q.Get("b")) + " " + Show(q["c"]) + " " + Show(q["missing"]) + " " + Show(q[null]));
        Console.WriteLine(Show(q.GetValues("A")) + " " + Show(q.GetValues("c")) + " " + Show(q.GetValues("zz")) + " " + Show(q.GetValues(1)));
        Console.WriteLine(Show(q.AllKeys) + " " + q.HasKeys());
        q["a"] += ";";
        q.Set("b", null);
        Print(q);
        q.Remove("A");
        Print(q);
        foreach (string k in q) Console.Write((k ?? "<null>") + " ");
        Console.WriteLine();
        foreach (string k in q.Keys) Console.Write((k ?? "<null>") + " ");
        Console.WriteLine(q.Keys.Count + " " + q.Keys[0]);
        try { foreach (string k in q) q.Add("x", "y"); }
        catch (InvalidOperationException) { Console.WriteLine("modified during enumeration"); }

        var copy = new NameValueCollection(q);
        copy.Add("b", "again");
        Print(copy);
        Print(q);
        string[] dest = new string[copy.Count + 1];
        copy.CopyTo(dest, 1);
        Console.WriteLine(Show(dest));

        var exact = new NameValueCollection(StringComparer.Ordinal);
        exact.Add("K", "1");
        exact.Add("k", "2");
        Print(exact);
        exact.Clear();
        Console.WriteLine(exact.Count + " " + exact.HasKeys());

        var h = new Headers();
        h.Add("x", 1); h.Add("X", 2); h.Add(null, 3); h.Add("y", 4);
        Console.WriteLine(h.Get("x") + " " + h.Get(null) + " " + h.Count + " " + h.Dump());
        h.RemoveAt(0);
        Console.WriteLine(h.Get("x") + " " + h.Dump());
        h.Put("y", 5); h.Put("z", 6); h.Remove(null);
        Console.WriteLine(h.Dump());
        h.Freeze();
        try { h.Add("w", 0); } catch (NotSupportedException) { Console.WriteLine("read-only"); }

        var lines = new StringCollection() { "a", "b", "c" };
        lines.AddRange(new[] { "d", null });
        lines.Insert(1, "x");
        lines.Remove("c");
        Console.WriteLine(lines.Count + " " + lines.IndexOf("d") + " " + lines.Contains("x") + " " + lines.Contains("c") + " " + lines.Contains(null));
        foreach (string s in lines) Console.Write((s ?? "<null>") + ",");
        Console.WriteLine();
        StringEnumerator e = lines.GetEnumerator();
        while (e.MoveNext()) Console.Write(e.Current + ".");
        Console.WriteLine();
        string[] arr = new string[lines.Count];
        lines.CopyTo(arr, 0);
        lines.RemoveAt(0);
        lines[0] = "first";
        IList list = lines;
        list.Add("via IList");
        Console.WriteLine(Show(arr) + " " + lines[0] + " " + list[list.Count - 1] + " " + list.IsFixedSize);
        return 0;
    }
}

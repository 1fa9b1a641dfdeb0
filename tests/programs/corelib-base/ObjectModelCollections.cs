// expect-stdout-file: ObjectModelCollections.out
// .NET: " (Parameter 'x')" after messages; Collection<T>.Insert past the end says "Index must be within the bounds
// of the List."; ReadOnlyDictionary's IDictionary indexer gives null for a missing key (Mono throws); copying
// mixed objects into a string[] fails with Array.Copy's worded InvalidCastException; KeyedCollection's own messages.
// System.Collections.ObjectModel: Collection<T> with overridden Insert/Set/Remove/ClearItems, over its own list
// and over a wrapped one (read-only arrays included), through IList<T>, IList and ICollection; ReadOnlyCollection<T>
// through its non-generic interfaces; ReadOnlyDictionary<TKey,TValue> with its key and value collections;
// KeyedCollection<TKey,TItem> below and above its dictionary threshold.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;

class LoggingCollection : Collection<string>
{
    public LoggingCollection() { }
    public LoggingCollection(IList<string> list) : base(list) { }
    protected override void InsertItem(int index, string item) { Console.WriteLine("  insert " + index + " " + item); base.InsertItem(index, item); }
    protected override void SetItem(int index, string item) { Console.WriteLine("  set " + index + " " + item); base.SetItem(index, item); }
    protected override void RemoveItem(int index) { Console.WriteLine("  remove " + index); base.RemoveItem(index); }
    protected override void ClearItems() { Console.WriteLine("  clear"); base.ClearItems(); }
    public int Underlying { get { return Items.Count; } }
}

class NoNegatives : Collection<int>
{
    protected override void InsertItem(int index, int item)
    {
        if (item < 0) throw new ArgumentException("negative");
        base.InsertItem(index, item);
    }
}

class Person
{
    public string Name;
    public int Age;
    public Person(string name, int age) { Name = name; Age = age; }
    public override string ToString() { return Name + "(" + Age + ")"; }
}

class People : KeyedCollection<string, Person>
{
    public People() : base(StringComparer.OrdinalIgnoreCase, 2) { }
    public People(int threshold) : base(null, threshold) { }
    protected override string GetKeyForItem(Person item) { return item.Name; }
    public void Rename(Person p, string name) { ChangeItemKey(p, name); p.Name = name; }
    public bool HasDictionary { get { return Dictionary != null; } }
}

class ObjectModelCollections
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": ok"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message.Replace("\n", " / ")); }
    }

    static string Join(IEnumerable e)
    {
        List<string> parts = new List<string>();
        foreach (object o in e) parts.Add(o == null ? "null" : o.ToString());
        return "[" + string.Join(",", parts) + "]";
    }

    static void Main()
    {
        // ---- Collection<T> ----
        LoggingCollection c = new LoggingCollection();
        c.Add("a");
        c.Add("b");
        c.Insert(1, "x");
        c[0] = "A";
        Console.WriteLine(Join(c) + " count " + c.Count + " " + c.Underlying + " idx " + c.IndexOf("b") + " has " + c.Contains("x") + " " + c.Contains("zz"));
        Console.WriteLine(c.Remove("x") + " " + c.Remove("nope"));
        c.RemoveAt(0);
        Console.WriteLine(Join(c));
        c.Clear();
        Console.WriteLine(Join(c) + " " + c.Count);
        Try("Insert past end", () => c.Insert(1, "q"));
        Try("RemoveAt past end", () => c.RemoveAt(0));
        Try("set past end", () => c[3] = "q");
        Try("get past end", () => { string s = c[0]; });

        IList il = c;
        Console.WriteLine(il.Add("p") + " " + il.Add(null) + " " + il.Contains("p") + " " + il.Contains(5) + " " + il.IndexOf(null) + " " + il.IndexOf(3) + " " + il.IsFixedSize + " " + il.IsReadOnly);
        il.Insert(0, "first");
        il[1] = "second";
        il.Remove("first");
        il.Remove(42);
        Console.WriteLine(Join(c) + " " + il[0]);
        Try("IList add int", () => il.Add(5));
        Try("IList set int", () => il[0] = 5);

        NoNegatives nn = new NoNegatives();
        nn.Add(1);
        Try("veto", () => nn.Add(-1));
        IList nl = nn;
        Try("IList add null to ints", () => nl.Add(null));
        Console.WriteLine(Join(nn) + " " + nl.Contains(null) + " " + nl.IndexOf(null) + " " + nl.Contains(1L));

        // a wrapped list, seen and changed through the collection
        List<string> backing = new List<string> { "one", "two" };
        LoggingCollection wrapped = new LoggingCollection(backing);
        wrapped.Add("three");
        backing.Add("four");
        Console.WriteLine(Join(wrapped) + " " + wrapped.Count);
        // a read-only list (an array) refuses changes before the protected methods run
        LoggingCollection overArray = new LoggingCollection(new string[] { "p", "q" });
        Try("add to array-backed", () => overArray.Add("r"));
        Try("set array-backed", () => overArray[0] = "z");
        Try("remove from array-backed", () => overArray.Remove("p"));
        Try("clear array-backed", () => overArray.Clear());
        Console.WriteLine(((ICollection<string>)overArray).IsReadOnly + " " + ((IList)overArray).IsFixedSize + " " + ((IList)overArray).IsReadOnly + " " + ((IList)wrapped).IsFixedSize);
        Try("null list", () => new Collection<int>(null));

        // ICollection.CopyTo
        ICollection ic = wrapped;
        object[] objects = new object[6];
        ic.CopyTo(objects, 1);
        Console.WriteLine(Join(objects));
        string[] strings = new string[4];
        ic.CopyTo(strings, 0);
        Console.WriteLine(Join(strings) + " " + ic.Count + " " + ic.IsSynchronized);
        Try("CopyTo int[]", () => ic.CopyTo(new int[4], 0));
        Try("CopyTo too small", () => ic.CopyTo(new object[4], 1));
        Try("CopyTo negative", () => ic.CopyTo(new object[4], -1));
        Try("CopyTo 2D", () => ic.CopyTo(new object[2, 2], 0));
        Try("CopyTo null", () => ic.CopyTo(null, 0));
        Collection<object> mixed = new Collection<object> { "s", 1 };
        Try("CopyTo mixed into string[]", () => ((ICollection)mixed).CopyTo(new string[2], 0));
        IReadOnlyList<string> rol = wrapped;
        Console.WriteLine(rol[1] + " " + rol.Count);

        // ---- ReadOnlyCollection<T> ----
        List<int> nums = new List<int> { 3, 1, 2 };
        ReadOnlyCollection<int> ro = new ReadOnlyCollection<int>(nums);
        IList rl = ro;
        Console.WriteLine(Join(ro) + " " + rl[0] + " " + rl.Contains(1) + " " + rl.Contains("1") + " " + rl.IndexOf(2) + " " + rl.IsFixedSize + " " + rl.IsReadOnly + " " + ((ICollection<int>)ro).IsReadOnly);
        nums.Add(9);
        Console.WriteLine(ro.Count + " " + ro[3]);
        Try("ro IList.Add", () => rl.Add(4));
        Try("ro IList set", () => rl[0] = 4);
        Try("ro IList.Clear", () => rl.Clear());
        Try("ro IList.RemoveAt", () => rl.RemoveAt(0));
        Try("ro IList.Insert", () => rl.Insert(0, 1));
        Try("ro IList.Remove", () => rl.Remove(1));
        object[] roObjects = new object[5];
        ((ICollection)ro).CopyTo(roObjects, 1);
        Console.WriteLine(Join(roObjects));
        int[] roInts = new int[4];
        ((ICollection)ro).CopyTo(roInts, 0);
        Console.WriteLine(Join(roInts));

        // ---- ReadOnlyDictionary ----
        Dictionary<string, int> ages = new Dictionary<string, int> { { "ann", 31 }, { "bob", 42 } };
        ReadOnlyDictionary<string, int> rd = new ReadOnlyDictionary<string, int>(ages);
        Console.WriteLine(rd.Count + " " + rd["ann"] + " " + rd.ContainsKey("bob") + " " + rd.ContainsKey("cy") + " " + Join(rd.Keys) + " " + Join(rd.Values) + " " + rd.Keys.Count + " " + rd.Values.Count);
        int v;
        Console.WriteLine(rd.TryGetValue("bob", out v) + " " + v + " " + rd.TryGetValue("zed", out v) + " " + v);
        ages["cy"] = 7;
        Console.WriteLine(rd.Count + " " + Join(rd) + " " + Join(rd.Keys));
        Try("missing key", () => { int x = rd["nobody"]; });
        IDictionary<string, int> gd = rd;
        Try("IDictionary<>.Add", () => gd.Add("d", 1));
        Try("IDictionary<> set", () => gd["d"] = 1);
        Try("IDictionary<>.Remove", () => gd.Remove("ann"));
        Try("ICollection<>.Clear", () => gd.Clear());
        Try("Keys.Add", () => gd.Keys.Add("k"));
        Try("Values.Remove", () => gd.Values.Remove(31));
        Console.WriteLine(gd.IsReadOnly + " " + gd.Keys.IsReadOnly + " " + gd.Keys.Contains("ann") + " " + gd.Values.Contains(42) + " " + gd.Contains(new KeyValuePair<string, int>("ann", 31)) + " " + gd.Contains(new KeyValuePair<string, int>("ann", 1)));
        IDictionary nd = rd;
        Console.WriteLine(nd["ann"] + " [" + nd["zzz"] + "] [" + nd[5] + "] " + nd.Contains("bob") + " " + nd.Contains(5) + " " + nd.IsFixedSize + " " + nd.IsReadOnly + " " + Join(nd.Keys) + " " + Join(nd.Values));
        Try("IDictionary null key", () => { object o = nd[null]; });
        Try("IDictionary.Add", () => nd.Add("x", 1));
        Try("IDictionary set", () => nd["x"] = 1);
        IDictionaryEnumerator de = nd.GetEnumerator();
        while (de.MoveNext()) Console.Write(de.Key + "=" + de.Value + "/" + de.Entry.Key + " ");
        Console.WriteLine();
        DictionaryEntry[] entries = new DictionaryEntry[3];
        ((ICollection)rd).CopyTo(entries, 0);
        Console.WriteLine(entries[2].Key + "=" + entries[2].Value);
        KeyValuePair<string, int>[] pairs = new KeyValuePair<string, int>[4];
        ((ICollection)rd).CopyTo(pairs, 1);
        Console.WriteLine(pairs[1] + " " + pairs[3]);
        object[] boxedPairs = new object[3];
        ((ICollection)rd).CopyTo(boxedPairs, 0);
        Console.WriteLine(boxedPairs[0]);
        Try("CopyTo int[]", () => ((ICollection)rd).CopyTo(new int[3], 0));
        string[] keyArray = new string[3];
        rd.Keys.CopyTo(keyArray, 0);
        object[] valueObjects = new object[3];
        ((ICollection)rd.Values).CopyTo(valueObjects, 0);
        Console.WriteLine(Join(keyArray) + " " + Join(valueObjects));
        IReadOnlyDictionary<string, int> ird = rd;
        Console.WriteLine(Join(ird.Keys) + " " + ird["cy"]);
        Try("null dictionary", () => new ReadOnlyDictionary<string, int>(null));

        // ---- KeyedCollection ----
        People people = new People();
        people.Add(new Person("Ann", 31));
        people.Add(new Person("Bob", 42));
        Console.WriteLine(people.HasDictionary + " " + people["ann"] + " " + people.Contains("BOB") + " " + people.Contains("cy"));
        people.Add(new Person("Cy", 7));
        Console.WriteLine(people.HasDictionary + " " + people["CY"] + " " + Join(people) + " " + people[1]);
        Try("duplicate key", () => people.Add(new Person("ANN", 1)));
        Try("missing key", () => { Person p = people["zed"]; });
        Try("null key", () => people.Contains(null));
        Person found;
        Console.WriteLine(people.TryGetValue("bob", out found) + " " + found + " " + people.TryGetValue("nobody", out found) + " " + (found == null));
        Console.WriteLine(people.Remove("BOB") + " " + people.Remove("bob") + " " + Join(people));
        people[0] = new Person("Dee", 50);
        Console.WriteLine(Join(people) + " " + people.Contains("ann") + " " + people.Contains("dee"));
        people.Rename(people["cy"], "Cyd");
        Console.WriteLine(people.Contains("cy") + " " + people["cyd"]);
        Try("rename missing", () => people.Rename(new Person("Ghost", 0), "Boo"));
        people.Clear();
        Console.WriteLine(people.Count + " " + people.Contains("dee"));
        People never = new People(-1);
        for (int i = 0; i < 5; i++) never.Add(new Person("p" + i, i));
        Console.WriteLine(never.HasDictionary + " " + never["p3"] + " " + never.Comparer.Equals("a", "A"));
        Try("never duplicate", () => never.Add(new Person("p1", 9)));
        People always = new People(0);
        always.Add(new Person("z", 1));
        Console.WriteLine(always.HasDictionary + " " + always["z"]);
        Try("bad threshold", () => new People(-2));
    }
}

// Properties and indexers: auto-properties with initializers, computed and validated properties, private setters,
// static properties, multi-parameter and string indexers, indexers on structs, object and collection initializers.
using System;
using System.Collections.Generic;

class Matrix
{
    readonly double[,] cells;
    public int Rows { get; }
    public int Cols { get; }
    public Matrix(int r, int c) { Rows = r; Cols = c; cells = new double[r, c]; }
    public double this[int r, int c]
    {
        get { Check(r, c); return cells[r, c]; }
        set { Check(r, c); cells[r, c] = value; }
    }
    void Check(int r, int c) { if (r < 0 || r >= Rows || c < 0 || c >= Cols) throw new IndexOutOfRangeException("cell " + r + "," + c); }
    public double Trace { get { double t = 0; for (int i = 0; i < Math.Min(Rows, Cols); i++) t += cells[i, i]; return t; } }
}

class Settings
{
    readonly Dictionary<string, string> values = new Dictionary<string, string>();
    public string this[string key]
    {
        get { string v; return values.TryGetValue(key, out v) ? v : "<unset>"; }
        set { if (value == null) values.Remove(key); else values[key] = value; }
    }
    public int this[string key, int fallback]
    {
        get { int n; return int.TryParse(this[key], out n) ? n : fallback; }
    }
    public int Count => values.Count;
}

class Person
{
    static int created;
    public static int Created { get { return created; } }
    string name = "anonymous";
    int age;
    public Person() { created++; }
    public string Name
    {
        get { return name; }
        set { if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException("name must not be blank"); name = value.Trim(); }
    }
    public int Age
    {
        get { return age; }
        set { if (value < 0) throw new ArgumentOutOfRangeException("value"); age = value; }
    }
    public bool IsAdult => Age >= 18;
    public string Nickname { get; set; } = "none";
    public List<string> Tags { get; } = new List<string>();
    public int Visits { get; private set; }
    public void Visit() { Visits++; }
    public override string ToString() { return Name + "(" + Age + (IsAdult ? ", adult" : "") + ", " + Nickname + ", tags=" + string.Join("/", Tags) + ")"; }
}

struct BitSet32
{
    uint bits;
    public bool this[int i]
    {
        get { return (bits & (1u << i)) != 0; }
        set { if (value) bits |= 1u << i; else bits &= ~(1u << i); }
    }
    public int Count { get { int n = 0; for (uint b = bits; b != 0; b &= b - 1) n++; return n; } }
    public uint Raw { get { return bits; } }
}

class PropertiesAndIndexers
{
    static int Main()
    {
        var m = new Matrix(3, 3);
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) m[i, j] = i * 3 + j;
        m[1, 1] += 100;
        Console.WriteLine("trace " + m.Trace + " m[2,1]=" + m[2, 1] + " size " + m.Rows + "x" + m.Cols);
        try { m[3, 0] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine("bad index: " + e.Message); }

        var s = new Settings();
        s["host"] = "localhost";
        s["port"] = "8080";
        s["retries"] = "many";
        s["host"] = null;
        Console.WriteLine(s["host"] + " " + s["port"] + " " + s["port", 0] + " " + s["retries", 3] + " count " + s.Count);

        var p = new Person { Name = "  Ada ", Age = 36, Tags = { "math", "engines" } };
        var q = new Person { Nickname = "kid", Age = 9 };
        p.Visit(); p.Visit();
        Console.WriteLine(p + " " + q + " visits " + p.Visits + " created " + Person.Created);
        try { q.Name = " "; } catch (ArgumentException e) { Console.WriteLine("rejected: " + e.Message); }
        try { q.Age = -1; } catch (ArgumentOutOfRangeException) { Console.WriteLine("rejected negative age"); }
        q.Age++;
        q.Age += 10;
        Console.WriteLine("compound on property " + q.Age + " adult " + q.IsAdult);

        var bs = new BitSet32();
        bs[0] = true; bs[5] = true; bs[31] = true; bs[5] = false; bs[7] = true;
        Console.WriteLine("bits " + bs.Count + " raw " + bs.Raw.ToString("X8") + " " + bs[7] + bs[6]);
        var sets = new BitSet32[2];
        sets[1][3] = true;
        Console.WriteLine("struct indexer in array " + sets[1].Raw + " " + sets[0].Raw);

        var people = new List<Person> { new Person { Name = "Bo", Age = 20 }, new Person { Name = "Cy", Age = 15 } };
        people[0].Age += 1;
        Console.WriteLine("list element property " + people[0].Age + " created " + Person.Created);
        var lookup = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 };
        lookup["three"] = lookup["one"] + lookup["two"];
        Console.WriteLine("dictionary initializer " + lookup["three"] + " " + lookup.Count);
        int[,] grid = { { 1, 2 }, { 3, 4 } };
        grid[1, 0] *= 5;
        Console.WriteLine("grid " + grid[1, 0] + " " + grid.GetLength(0) + grid.GetLength(1) + " rank " + grid.Rank);
        string text = "indexers";
        Console.WriteLine("string indexer " + text[0] + text[text.Length - 1] + " " + new List<char>(text)[3]);
        return 100;
    }
}

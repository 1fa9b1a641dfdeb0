// Properties (auto, computed, private setters, static, virtual, expression-bodied), indexers with several
// parameters and overloads, indexers on interfaces, compound assignment through properties and indexers.
using System;
using System.Collections.Generic;

interface ITable { string this[int row, int col] { get; set; } int Rows { get; } }

class Sheet : ITable
{
    readonly Dictionary<long, string> cells = new Dictionary<long, string>();
    public int Rows { get; private set; }
    public int Reads { get; private set; }
    public string this[int row, int col]
    {
        get { Reads++; string v; return cells.TryGetValue((long)row << 32 | (uint)col, out v) ? v : ""; }
        set { cells[(long)row << 32 | (uint)col] = value; if (row >= Rows) Rows = row + 1; }
    }
    public string this[string address]
    {
        get { return this[address[1] - '1', address[0] - 'A']; }
        set { this[address[1] - '1', address[0] - 'A'] = value; }
    }
}

class Temperature
{
    private double celsius;
    public double Celsius { get { return celsius; } set { if (value < -273.15) throw new ArgumentOutOfRangeException("value"); celsius = value; } }
    public double Fahrenheit { get { return celsius * 9 / 5 + 32; } set { Celsius = (value - 32) * 5 / 9; } }
    public static int Instances { get; private set; }
    public Temperature() { Instances++; }
}

class Base { public virtual string Kind => "base"; public string Describe() => "I am " + Kind; }
class Derived : Base { public override string Kind => "derived"; }

class Counters
{
    private readonly int[] values = new int[4];
    public int this[int i] { get { return values[i]; } set { values[i] = value; } }
    public int Total { get { int s = 0; foreach (int v in values) s += v; return s; } }
    public int Getter { get; } = 42;
}

class PropertiesAndIndexers
{
    static void Main()
    {
        var sheet = new Sheet();
        sheet[0, 0] = "name";
        sheet[0, 1] = "qty";
        sheet["A2"] = "apples";
        sheet["B2"] = "3";
        ITable t = sheet;
        t[2, 0] = "pears";
        t[2, 1] = "5";
        for (int r = 0; r < t.Rows; r++) Console.WriteLine(t[r, 0].PadRight(8) + "|" + t[r, 1]);
        Console.WriteLine("B3 = " + sheet["B3"] + ", missing = [" + sheet[9, 9] + "], reads = " + sheet.Reads + ", rows = " + sheet.Rows);
        sheet["B2"] += "0";
        Console.WriteLine("compound through indexer: " + sheet["B2"]);

        var temp = new Temperature { Celsius = 100 };
        Console.WriteLine(temp.Fahrenheit);
        temp.Fahrenheit = 32;
        Console.WriteLine(temp.Celsius);
        temp.Celsius += 37;
        Console.WriteLine(temp.Fahrenheit.ToString("F1"));
        try { temp.Celsius = -300; } catch (ArgumentOutOfRangeException) { Console.WriteLine("below absolute zero rejected, still " + temp.Celsius); }
        new Temperature(); new Temperature();
        Console.WriteLine("instances " + Temperature.Instances);

        Base b = new Derived();
        Console.WriteLine(b.Describe() + " / " + new Base().Describe());

        var c = new Counters();
        c[0] = 5;
        c[1] += 3;
        c[2]++;
        c[3] = c[0]-- * 2;
        Console.WriteLine(c[0] + " " + c[1] + " " + c[2] + " " + c[3] + " total " + c.Total + " getter " + c.Getter);
        try { c[4] = 1; } catch (IndexOutOfRangeException) { Console.WriteLine("indexer bounds"); }
    }
}

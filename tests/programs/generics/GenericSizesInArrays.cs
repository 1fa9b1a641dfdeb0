using System;

struct Big { public long A, B, C; public byte D; public Big(long a) { A = a; B = a * 2; C = a * 3; D = (byte)a; } public override string ToString() { return A + "/" + B + "/" + C + "/" + D; } }

struct Cell<T>
{
    public byte Before;
    public T Value;
    public byte After;
    public Cell(T v) { Before = 0xAA; Value = v; After = 0x55; }
    public bool Intact { get { return Before == 0xAA && After == 0x55; } }
}

class Column<T>
{
    Cell<T>[] cells;
    public Column(int n) { cells = new Cell<T>[n]; }
    public void Set(int i, T v) { cells[i] = new Cell<T>(v); }
    public T Get(int i) { return cells[i].Value; }
    public bool AllIntact() { for (int i = 0; i < cells.Length; i++) if (!cells[i].Intact) return false; return true; }
    public void Swap(int i, int j) { Cell<T> t = cells[i]; cells[i] = cells[j]; cells[j] = t; }
}

class GenericSizesInArrays
{
    static void Fill<T>(Column<T> c, Func<int, T> f, int n) { for (int i = 0; i < n; i++) c.Set(i, f(i)); c.Swap(0, n - 1); }

    static void Main()
    {
        Column<byte> cb = new Column<byte>(5); Fill(cb, i => (byte)(i + 250), 5);
        Column<short> cs = new Column<short>(5); Fill(cs, i => (short)(-i * 1000), 5);
        Column<long> cl = new Column<long>(5); Fill(cl, i => (long)i << 50, 5);
        Column<Big> cg = new Column<Big>(5); Fill(cg, i => new Big(i + 1), 5);
        Column<string> cstr = new Column<string>(5); Fill(cstr, i => "s" + i, 5);
        Column<bool> cbo = new Column<bool>(5); Fill(cbo, i => i % 2 == 0, 5);
        for (int i = 0; i < 5; i++) Console.WriteLine(cb.Get(i) + " " + cs.Get(i) + " " + cl.Get(i) + " " + cg.Get(i) + " " + cstr.Get(i) + " " + cbo.Get(i));
        Console.WriteLine(cb.AllIntact() + " " + cs.AllIntact() + " " + cl.AllIntact() + " " + cg.AllIntact() + " " + cstr.AllIntact() + " " + cbo.AllIntact());
    }
}

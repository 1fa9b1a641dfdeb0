using System;

interface ISized { int Size(); }
interface IDescribed { string Describe(); }

class Bag<T> : ISized, IDescribed
{
    T[] items;
    public Bag(params T[] xs) { items = xs; }
    public int Size() { return items.Length; }
    public string Describe()
    {
        string s = "Bag[";
        for (int i = 0; i < items.Length; i++) s += (i > 0 ? "," : "") + items[i];
        return s + "]";
    }
}

class InterfaceOnGenericClass
{
    static int TotalSize(ISized[] xs) { int t = 0; for (int i = 0; i < xs.Length; i++) t += xs[i].Size(); return t; }

    static void Main()
    {
        Bag<int> bi = new Bag<int>(1, 2, 3);
        Bag<string> bs = new Bag<string>("x", "y");
        Bag<char> bc = new Bag<char>();
        ISized[] sized = new ISized[] { bi, bs, bc };
        Console.WriteLine(TotalSize(sized));
        IDescribed[] ds = new IDescribed[] { bi, bs, bc };
        for (int i = 0; i < ds.Length; i++) Console.WriteLine(ds[i].Describe());
        object o = bs;
        Console.WriteLine((o is IDescribed) + " " + (o is Bag<string>) + " " + (o is Bag<int>));
    }
}

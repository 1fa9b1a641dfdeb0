using System;

abstract class Repo<T>
{
    protected T[] items = new T[10];
    protected int n;
    public virtual void Add(T item) { items[n++] = item; }
    public abstract string Describe(T item);
    public void PrintAll() { for (int i = 0; i < n; i++) Console.WriteLine(Describe(items[i])); }
}

class IntRepo : Repo<int>
{
    public override void Add(int item) { if (item >= 0) base.Add(item); else Console.WriteLine("rejected " + item); }
    public override string Describe(int item) { return "int " + item; }
}

class PairRepo<A, B> : Repo<A>
{
    public B Extra;
    public override string Describe(A item) { return item + "/" + Extra; }
}

class NamedRepo : PairRepo<string, int>
{
    public override string Describe(string item) { return "[" + base.Describe(item) + "]"; }
}

class GenericInheritance
{
    static void Main()
    {
        IntRepo ir = new IntRepo();
        ir.Add(3); ir.Add(-1); ir.Add(8);
        ir.PrintAll();
        NamedRepo nr = new NamedRepo();
        nr.Extra = 7;
        nr.Add("a"); nr.Add("b");
        nr.PrintAll();
        Repo<string> r = nr;
        r.Add("c");
        Console.WriteLine(r.Describe("z"));
        PairRepo<long, bool> pr = new PairRepo<long, bool>();
        pr.Extra = true;
        pr.Add(1L << 33);
        pr.PrintAll();
    }
}

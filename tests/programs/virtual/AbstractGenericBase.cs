using System;

abstract class Accumulator<T>
{
    protected T acc;
    protected Accumulator(T seed) { acc = seed; }
    public abstract void Add(T x);
    public virtual T Result() { return acc; }
    public void AddAll(T[] xs) { for (int i = 0; i < xs.Length; i++) Add(xs[i]); }
}
class SumAcc : Accumulator<long>
{
    public SumAcc() : base(0) { }
    public override void Add(long x) { acc += x; }
}
class ConcatAcc : Accumulator<string>
{
    public ConcatAcc() : base("") { }
    public override void Add(string x) { acc += x; }
    public override string Result() { return "\"" + base.Result() + "\""; }
}
class MaxAcc : SumAcc
{
    public override void Add(long x) { if (x > acc) acc = x; }
}

class AbstractGenericBase
{
    static void Main()
    {
        long[] xs = new long[] { 4, 9, -2, 7 };
        Accumulator<long> s = new SumAcc();
        s.AddAll(xs);
        Accumulator<long> m = new MaxAcc();
        m.AddAll(xs);
        Console.WriteLine(s.Result() + " " + m.Result());
        Accumulator<string> c = new ConcatAcc();
        c.AddAll(new string[] { "a", "b", "c" });
        Console.WriteLine(c.Result());
    }
}

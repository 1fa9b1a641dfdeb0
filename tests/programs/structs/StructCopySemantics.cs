using System;

struct Counter
{
    public int Value;
    public void Inc() { Value++; }
}

class StructCopySemantics
{
    static void Bump(Counter c) { c.Inc(); Console.WriteLine("inside by value: " + c.Value); }
    static void BumpRef(ref Counter c) { c.Inc(); Console.WriteLine("inside by ref: " + c.Value); }

    static void Main()
    {
        Counter a = new Counter();
        a.Value = 10;
        Counter b = a;
        b.Inc();
        Console.WriteLine("a=" + a.Value + " b=" + b.Value);
        Bump(a);
        Console.WriteLine("after Bump: " + a.Value);
        BumpRef(ref a);
        Console.WriteLine("after BumpRef: " + a.Value);
        Counter[] arr = new Counter[3];
        arr[1].Inc();
        arr[1].Inc();
        Counter copy = arr[1];
        copy.Inc();
        Console.WriteLine("arr[1]=" + arr[1].Value + " copy=" + copy.Value);
        for (int i = 0; i < arr.Length; i++) arr[i].Value += i * 100;
        for (int i = 0; i < arr.Length; i++) Console.WriteLine("arr[" + i + "]=" + arr[i].Value);
    }
}

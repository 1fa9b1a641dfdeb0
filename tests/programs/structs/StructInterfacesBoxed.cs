using System;

interface ICounter { int Next(); int Current { get; } }

struct StepCounter : ICounter
{
    private int cur;
    private int step;
    public StepCounter(int step) { this.step = step; cur = 0; }
    public int Next() { cur += step; return cur; }
    public int Current { get { return cur; } }
}

class StructInterfacesBoxed
{
    static int Drive(ICounter c, int times)
    {
        int last = 0;
        for (int i = 0; i < times; i++) last = c.Next();
        return last;
    }

    static void Main()
    {
        StepCounter s = new StepCounter(3);
        Console.WriteLine(Drive(s, 4) + " original=" + s.Current);
        ICounter boxed = s;
        Console.WriteLine(Drive(boxed, 4) + " boxed=" + boxed.Current);
        Console.WriteLine(Drive(boxed, 1) + " boxed=" + boxed.Current);
        s.Next();
        Console.WriteLine("direct=" + s.Current);
        ICounter again = boxed;
        again.Next();
        Console.WriteLine(boxed.Current + " " + object.ReferenceEquals(again, boxed));
        StepCounter unboxed = (StepCounter)boxed;
        unboxed.Next();
        Console.WriteLine(unboxed.Current + " vs " + boxed.Current);
        object o = s;
        Console.WriteLine(o is ICounter);
        ICounter asI = o as ICounter;
        Console.WriteLine(asI.Current);
    }
}

// Self-checking: struct assignment copies; methods on copies do not affect the original; readonly fields copy.
using System;

struct Counter
{
    public int Value;
    public void Increment() { Value++; }
    public int IncrementAndGet() { return ++Value; }
}

struct Pair
{
    public Counter First;
    public Counter Second;
}

class Holder
{
    public Counter Field;
    public readonly Counter ReadOnlyField;
    public Counter Property { get; set; }
    public Counter[] Array = new Counter[2];
}

class StructCopies
{
    static int failures;

    static void Check(string what, int got, int expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static void Bump(Counter c) { c.Increment(); }
    static void BumpRef(ref Counter c) { c.Increment(); }
    static Counter Returned(Counter c) { c.Value += 10; return c; }

    static int Main()
    {
        Counter a = new Counter();
        Counter b = a;
        b.Increment();
        Check("copy is independent", a.Value, 0);
        Check("copy incremented", b.Value, 1);

        Bump(a);
        Check("by-value parameter", a.Value, 0);
        BumpRef(ref a);
        Check("by-ref parameter", a.Value, 1);
        Counter r = Returned(a);
        Check("returned copy", r.Value, 11);
        Check("original after return", a.Value, 1);

        var h = new Holder();
        h.Field.Increment();
        Check("field method mutates in place", h.Field.Value, 1);
        h.ReadOnlyField.Increment();
        Check("readonly field method works on a copy", h.ReadOnlyField.Value, 0);
        h.Property.Increment();
        Check("property getter returns a copy", h.Property.Value, 0);
        Counter p = h.Property;
        p.Increment();
        h.Property = p;
        Check("property set back", h.Property.Value, 1);

        h.Array[1].Increment();
        h.Array[1].Increment();
        Check("array element in place", h.Array[1].Value, 2);
        Counter e = h.Array[1];
        e.Increment();
        Check("array element copy", h.Array[1].Value, 2);
        Counter[] clone = (Counter[])h.Array.Clone();
        clone[1].Increment();
        Check("cloned array is a copy", h.Array[1].Value, 2);
        Check("clone element", clone[1].Value, 3);

        // nested structs
        Pair pair = new Pair();
        pair.First.Increment();
        pair.Second.Value = 5;
        Pair pair2 = pair;
        pair2.First.Increment();
        pair2.Second.Increment();
        Check("nested original first", pair.First.Value, 1);
        Check("nested original second", pair.Second.Value, 5);
        Check("nested copy first", pair2.First.Value, 2);
        Check("nested copy second", pair2.Second.Value, 6);

        // foreach iteration variable is a copy
        Counter[] arr = new Counter[3];
        foreach (Counter c in arr) { Counter t = c; t.Increment(); }
        Check("foreach copies", arr[0].Value + arr[1].Value + arr[2].Value, 0);
        for (int i = 0; i < arr.Length; i++) arr[i].Increment();
        Check("for index mutates", arr[0].Value + arr[1].Value + arr[2].Value, 3);

        // boxing copies
        object boxed = a;
        a.Increment();
        Check("boxed snapshot", ((Counter)boxed).Value, 1);
        Check("after box", a.Value, 2);

        // struct in a local captured by a lambda is shared with the lambda
        Counter captured = new Counter();
        Action inc = () => captured.Increment();
        inc(); inc();
        Check("captured struct", captured.Value, 2);

        // method call result on an rvalue
        Check("rvalue method", new Counter { Value = 41 }.IncrementAndGet(), 42);

        // struct equality default (field-wise)
        Counter x = new Counter { Value = 3 }, y = new Counter { Value = 3 };
        Check("ValueType.Equals", x.Equals(y) ? 1 : 0, 1);
        y.Value = 4;
        Check("ValueType.Equals differs", x.Equals(y) ? 1 : 0, 0);

        // default(T) and new T() are zeroed
        Pair z = default(Pair);
        Check("default nested", z.First.Value + z.Second.Value, 0);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}

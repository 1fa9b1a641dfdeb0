using System;

class Target
{
    public int Id;
    public Target(int id) { Id = id; }
    public int Get() { return Id; }
}

class DelegateEquality
{
    static int S1() { return 1; }
    static int S2() { return 2; }

    static void Main()
    {
        Func<int> a = S1, b = S1, c = S2;
        Console.WriteLine(a == b);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(a == c);
        Target t1 = new Target(1), t2 = new Target(1);
        Func<int> i1 = t1.Get, i2 = t1.Get, i3 = t2.Get;
        Console.WriteLine(i1 == i2);
        Console.WriteLine(i1 == i3);
        Console.WriteLine(i1() == i3());
        Func<int> m1 = a + c;
        Func<int> m2 = a + c;
        Func<int> m3 = c + a;
        Console.WriteLine(m1 == m2);
        Console.WriteLine(m1 == m3);
        Func<int> removed = m1 - c;
        Console.WriteLine(removed == a);
        Console.WriteLine(object.ReferenceEquals(a, b));
    }
}

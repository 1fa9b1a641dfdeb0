using System;

class Widget { public int Id = 7; }

class Factory<T> where T : new()
{
    public T Make() { return new T(); }
}

class GenericNewConstraint
{
    static T[] MakeMany<T>(int n) where T : new()
    {
        T[] r = new T[n];
        for (int i = 0; i < n; i++) r[i] = new T();
        return r;
    }

    static void Main()
    {
        Widget w = new Factory<Widget>().Make();
        Console.WriteLine(w.Id);
        int zero = new Factory<int>().Make();
        Console.WriteLine(zero);
        Widget[] ws = MakeMany<Widget>(3);
        Console.WriteLine(ws.Length + " " + ws[2].Id + " " + object.ReferenceEquals(ws[0], ws[1]));
        long[] ls = MakeMany<long>(2);
        Console.WriteLine(ls[1]);
    }
}

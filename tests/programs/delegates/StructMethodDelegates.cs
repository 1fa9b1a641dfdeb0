using System;

struct Accum
{
    public int Total;
    public int Add(int x) { Total += x; return Total; }
    public int Peek() { return Total; }
}

class StructMethodDelegates
{
    static void Main()
    {
        Accum a = new Accum();
        Func<int, int> add = a.Add;
        Console.WriteLine(add(5) + " " + add(5) + " original=" + a.Total);
        a.Total = 100;
        Func<int> peek = a.Peek;
        a.Total = 200;
        Console.WriteLine(peek() + " " + a.Peek());
        Accum[] arr = new Accum[2];
        Func<int, int> viaArr = arr[1].Add;
        viaArr(7);
        Console.WriteLine(arr[1].Total);
        int captured = 0;
        Action<int> bump = x => { a.Total += x; captured += x; };
        bump(1); bump(2);
        Console.WriteLine(a.Total + " " + captured);
    }
}

using System;

interface IContainer<T>
{
    void Put(T item);
    T Get(int index);
    int Size { get; }
}

interface ITransformer<TIn, TOut> { TOut Apply(TIn x); }

class ArrayContainer<T> : IContainer<T>
{
    T[] data = new T[8];
    int n;
    public void Put(T item) { data[n++] = item; }
    public T Get(int index) { return data[index]; }
    public int Size { get { return n; } }
}

class Doubler : ITransformer<int, int> { public int Apply(int x) { return x * 2; } }
class Shower : ITransformer<int, string> { public string Apply(int x) { return "<" + x + ">"; } }

class GenericInterfaces
{
    static void Fill(IContainer<int> c, int n) { for (int i = 1; i <= n; i++) c.Put(i); }
    static void Show<T>(IContainer<T> c, ITransformer<T, string> t)
    {
        for (int i = 0; i < c.Size; i++) Console.Write(t.Apply(c.Get(i)));
        Console.WriteLine();
    }

    static void Main()
    {
        ArrayContainer<int> c = new ArrayContainer<int>();
        Fill(c, 5);
        Show(c, new Shower());
        ITransformer<int, int> d = new Doubler();
        int s = 0;
        for (int i = 0; i < c.Size; i++) s += d.Apply(c.Get(i));
        Console.WriteLine(s);
        IContainer<string> cs = new ArrayContainer<string>();
        cs.Put("x"); cs.Put("y");
        Console.WriteLine(cs.Get(1) + cs.Get(0) + cs.Size);
        object o = c;
        Console.WriteLine(o is IContainer<int>);
        Console.WriteLine(o is IContainer<string>);
    }
}

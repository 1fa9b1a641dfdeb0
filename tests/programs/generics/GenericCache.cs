using System;

class Lazy2<T>
{
    Func<T> factory;
    T value;
    bool created;
    public int Calls;
    public Lazy2(Func<T> f) { factory = f; }
    public T Value
    {
        get
        {
            if (!created) { value = factory(); created = true; Calls++; }
            return value;
        }
    }
}

class Memo<T>
{
    T[] cache; bool[] known; Func<int, Memo<T>, T> f;
    public Memo(int n, Func<int, Memo<T>, T> f) { cache = new T[n]; known = new bool[n]; this.f = f; }
    public T Get(int i) { if (!known[i]) { cache[i] = f(i, this); known[i] = true; } return cache[i]; }
}

class GenericCache
{
    static void Main()
    {
        int evaluations = 0;
        Lazy2<string> l = new Lazy2<string>(() => { evaluations++; return "computed"; });
        Console.WriteLine(evaluations);
        Console.WriteLine(l.Value + " " + l.Value + " " + evaluations + " " + l.Calls);
        Memo<long> fib = new Memo<long>(91, (i, m) => i < 2 ? (long)i : m.Get(i - 1) + m.Get(i - 2));
        Console.WriteLine(fib.Get(90));
        Memo<string> bin = new Memo<string>(20, (i, m) => i == 0 ? "0" : (i == 1 ? "1" : m.Get(i / 2) + (i % 2)));
        Console.WriteLine(bin.Get(19) + " " + bin.Get(8));
    }
}

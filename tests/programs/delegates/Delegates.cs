using System;

delegate int BinaryOp(int a, int b);
delegate void Notify(string message);

class Counter
{
    public int Count;
    public string Name;
    public Counter(string name) { Name = name; }
    public void OnNotify(string message) { Count++; Console.WriteLine(Name + " got " + message); }
    public virtual int Apply(int x) { return x + 1; }
}

class Doubler : Counter
{
    public Doubler() : base("doubler") { }
    public override int Apply(int x) { return x * 2; }
}

class Delegates
{
    static int Add(int a, int b) { return a + b; }
    static int Mul(int a, int b) { return a * b; }

    static int Fold(int[] items, int seed, BinaryOp op)
    {
        int acc = seed;
        foreach (int x in items) acc = op(acc, x);
        return acc;
    }

    static Func<int, int> MakeAdder(int n) { return x => x + n; }

    static void Main()
    {
        int[] items = { 1, 2, 3, 4, 5 };
        Console.WriteLine(Fold(items, 0, Add));
        Console.WriteLine(Fold(items, 1, Mul));
        Console.WriteLine(Fold(items, 0, (a, b) => a - b));
        int captured = 10;
        Console.WriteLine(Fold(items, 0, (a, b) => a + b * captured));
        Func<int, int> add5 = MakeAdder(5);
        Console.WriteLine(add5(37));
        Counter c1 = new Counter("one");
        Counter c2 = new Counter("two");
        Notify n = c1.OnNotify;
        n += c2.OnNotify;
        n += c1.OnNotify;
        n("hello");
        n -= c1.OnNotify;
        n("again");
        Console.WriteLine(c1.Count + " " + c2.Count);
        Func<int, int> virt = new Doubler().Apply;
        Console.WriteLine(virt(21));
        Action<string> print = Console.WriteLine;
        print("via Action");
        Func<string> lazy = () => "lazy " + captured;
        captured = 99;
        Console.WriteLine(lazy());
        Predicate<int> even = x => x % 2 == 0;
        Console.WriteLine(even(4) + " " + even(7));
        BinaryOp op = Add;
        Console.WriteLine(op == new BinaryOp(Add));
        Console.WriteLine(op == new BinaryOp(Mul));
    }
}

using System;

class Box<T>
{
    private T value;
    public static int Count;
    public Box(T value) { this.value = value; Count++; }
    public T Value { get { return value; } }
    public virtual string Kind() { return "box"; }
}

class Pair<A, B> : Box<A>
{
    public B Second;
    public Pair(A a, B b) : base(a) { Second = b; }
    public override string Kind() { return "pair"; }
}

class GenericBox
{
    static T Identity<T>(T x) { return x; }

    static T[] Fill<T>(int n, T item)
    {
        T[] items = new T[n];
        for (int i = 0; i < n; i++) items[i] = item;
        return items;
    }

    static void Main()
    {
        Box<int> b = new Box<int>(41);
        Console.WriteLine(b.Value + 1);
        Box<string> s = new Box<string>("text");
        Console.WriteLine(s.Value);
        Box<string> p = new Pair<string, long>("first", 2L);
        Console.WriteLine(p.Kind() + " " + p.Value + " " + ((Pair<string, long>)p).Second);
        Console.WriteLine(Identity(7) + Identity(8L));
        Console.WriteLine(Identity("id"));
        Console.WriteLine(Fill(3, 'x').Length);
        Console.WriteLine(Box<int>.Count + " " + Box<string>.Count);
    }
}

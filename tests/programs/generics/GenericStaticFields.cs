using System;

class Registry<T>
{
    public static int Count;
    public static string Tag = "unset";
    public static void Add() { Count++; }
}

class Counter<T>
{
    static int created;
    public readonly int Id;
    public Counter() { created++; Id = created; }
    public static int Created { get { return created; } }
}

class GenericStaticFields
{
    static void Main()
    {
        Registry<int>.Add(); Registry<int>.Add();
        Registry<string>.Add();
        Registry<long>.Tag = "longs";
        Console.WriteLine(Registry<int>.Count + " " + Registry<string>.Count + " " + Registry<long>.Count);
        Console.WriteLine(Registry<int>.Tag + " " + Registry<long>.Tag);
        for (int i = 0; i < 5; i++) new Counter<int>();
        Counter<string> cs = new Counter<string>();
        Counter<object> co = null;
        for (int i = 0; i < 3; i++) co = new Counter<object>();
        Console.WriteLine(Counter<int>.Created + " " + Counter<string>.Created + " " + Counter<object>.Created);
        Console.WriteLine(cs.Id + " " + co.Id);
        Registry<Registry<int>>.Add();
        Console.WriteLine(Registry<Registry<int>>.Count + " " + Registry<int>.Count);
    }
}

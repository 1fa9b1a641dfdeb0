using System;

static class Trace { public static string Text = ""; }

class TypeInfo<T>
{
    public static readonly int Order;
    static int counter;
    static TypeInfo()
    {
        Trace.Text += "cctor;";
        Order = ++Shared.Count;
    }
    public static int Next() { return ++counter; }
}

static class Shared { public static int Count; }

class GenericStaticConstructors
{
    static void Main()
    {
        Trace.Text += "main;";
        int a = TypeInfo<string>.Order;
        int b = TypeInfo<int>.Order;
        int c = TypeInfo<string>.Order;
        Console.WriteLine(a + " " + b + " " + c + " " + Trace.Text);
        TypeInfo<long>.Next(); TypeInfo<long>.Next();
        Console.WriteLine(TypeInfo<long>.Next() + " " + TypeInfo<int>.Next() + " " + TypeInfo<long>.Order);
        Console.WriteLine(Trace.Text);
    }
}

using System;

interface IHas { int Get(); }
class A : IHas { public int Get() { return 1; } }
class B : A { }
struct S : IHas { public int V; public int Get() { return V; } }

class IsAsPatterns
{
    static string Describe(object o)
    {
        if (o is B) return "B";
        if (o is A) return "A";
        if (o is S) return "S" + ((S)o).V;
        if (o is IHas) return "IHas";
        if (o is int[]) return "int[" + ((int[])o).Length + "]";
        if (o is string) return "string:" + (string)o;
        if (o is Array) return "array";
        return o == null ? "null" : "object";
    }

    static void Main()
    {
        S s = new S(); s.V = 3;
        object[] items = new object[] { new A(), new B(), s, new int[4], "hi", new string[2], new object(), null, 17 };
        for (int i = 0; i < items.Length; i++) Console.WriteLine(i + " " + Describe(items[i]));
        int hasCount = 0, sum = 0;
        for (int i = 0; i < items.Length; i++)
        {
            IHas h = items[i] as IHas;
            if (h != null) { hasCount++; sum += h.Get(); }
        }
        Console.WriteLine(hasCount + " " + sum);
        A a = items[1] as A;
        B b = a as B;
        Console.WriteLine((a != null) + " " + (b != null) + " " + object.ReferenceEquals(a, b));
    }
}

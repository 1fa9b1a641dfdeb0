using System;

struct Inner { public int A; public int B; }
struct Middle { public Inner In; public int C; }
struct Outer { public Middle Mid; public Inner Extra; public int D; }

class NestedStructs
{
    static void Fill(ref Outer o)
    {
        o.Mid.In.A = 1; o.Mid.In.B = 2; o.Mid.C = 3; o.Extra.A = 4; o.Extra.B = 5; o.D = 6;
    }
    static int Sum(Outer o) { return o.Mid.In.A + o.Mid.In.B + o.Mid.C + o.Extra.A + o.Extra.B + o.D; }

    static void Main()
    {
        Outer o = new Outer();
        Console.WriteLine(Sum(o));
        Fill(ref o);
        Console.WriteLine(Sum(o));
        Outer copy = o;
        copy.Mid.In.A = 1000;
        Console.WriteLine(o.Mid.In.A + " " + copy.Mid.In.A);
        Middle m = o.Mid;
        m.In.B = 77;
        Console.WriteLine(o.Mid.In.B + " " + m.In.B);
        Outer[] arr = new Outer[2];
        arr[0] = o;
        arr[1].Mid.In = m.In;
        arr[1].Mid.In.A += 5;
        Console.WriteLine(arr[0].Mid.In.A + " " + arr[1].Mid.In.A + " " + arr[1].Mid.In.B);
        Console.WriteLine(Sum(arr[0]) + Sum(arr[1]));
    }
}

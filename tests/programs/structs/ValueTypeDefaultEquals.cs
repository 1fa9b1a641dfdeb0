using System;

struct Plain { public int A; public long B; }
struct WithRef { public int A; public string S; }

class ValueTypeDefaultEquals
{
    static void Main()
    {
        Plain p1 = new Plain(); p1.A = 1; p1.B = 2;
        Plain p2 = new Plain(); p2.A = 1; p2.B = 2;
        Plain p3 = new Plain(); p3.A = 1; p3.B = 3;
        Console.WriteLine(p1.Equals(p2));
        Console.WriteLine(p1.Equals(p3));
        Console.WriteLine(object.Equals(p1, p2));
        Console.WriteLine(object.Equals(new Plain(), default(Plain)));
        WithRef w1 = new WithRef(); w1.A = 5; w1.S = "abc";
        WithRef w2 = new WithRef(); w2.A = 5; w2.S = "ab" + "c".ToString();
        WithRef w3 = new WithRef(); w3.A = 5; w3.S = "abd";
        Console.WriteLine(w1.Equals(w2));
        Console.WriteLine(w1.Equals(w3));
        Console.WriteLine(new WithRef().Equals(default(WithRef)));
        Console.WriteLine(p1.Equals(w1));
    }
}

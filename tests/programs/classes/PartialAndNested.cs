// Partial classes split across declarations, nested classes reaching private members of their outer class,
// nested generic types, static nested helpers, and name hiding between nested scopes.
using System;
using System.Collections.Generic;

partial class Matrix2
{
    private readonly double a, b, c, d;
    public Matrix2(double a, double b, double c, double d) { this.a = a; this.b = b; this.c = c; this.d = d; }
    public override string ToString() { return "[" + a + " " + b + "; " + c + " " + d + "]"; }
}

partial class Matrix2
{
    public double Determinant { get { return a * d - b * c; } }
    public static Matrix2 operator *(Matrix2 x, Matrix2 y)
    {
        return new Matrix2(x.a * y.a + x.b * y.c, x.a * y.b + x.b * y.d, x.c * y.a + x.d * y.c, x.c * y.b + x.d * y.d);
    }
}

partial class Matrix2
{
    public Matrix2 Inverse()
    {
        double det = Determinant;
        if (det == 0) throw new InvalidOperationException("singular");
        return new Matrix2(d / det, -b / det, -c / det, a / det);
    }

    public class Builder
    {
        private readonly double[] values = new double[4];
        private int next;
        public Builder Add(double v) { values[next++] = v; return this; }
        public Matrix2 Build() { return new Matrix2(values[0], values[1], values[2], values[3]); }
        public static double PeekA(Matrix2 m) { return m.a; } // nested types see private members
    }
}

class Outer
{
    private static int created;
    private int id;
    public Outer() { id = ++created; }

    public class Inner
    {
        private readonly Outer owner;
        public Inner(Outer o) { owner = o; }
        public string Describe() { return "inner of outer #" + owner.id + " of " + created; }
    }

    public class Deep
    {
        public class Deeper
        {
            public static string Where() { return typeof(Deeper).Name + " in " + typeof(Deep).Name + " in " + typeof(Outer).Name; }
        }
    }

    public class Box<T>
    {
        public T Value;
        public class Pair<U>
        {
            public T First; public U Second;
            public override string ToString() { return "(" + First + ", " + Second + ")"; }
        }
    }

    private class Secret { public string Tell() { return "secret " + created; } }
    public string Reveal() { return new Secret().Tell(); }
}

class PartialAndNested
{
    static int value = 1;

    static void Main()
    {
        var m = new Matrix2(1, 2, 3, 4);
        Console.WriteLine(m + " det " + m.Determinant);
        var inv = m.Inverse();
        Console.WriteLine("inverse " + inv + " product " + (m * inv));
        var built = new Matrix2.Builder().Add(2).Add(0).Add(0).Add(2).Build();
        Console.WriteLine("built " + built + " a=" + Matrix2.Builder.PeekA(built));
        try { new Matrix2(1, 2, 2, 4).Inverse(); } catch (InvalidOperationException e) { Console.WriteLine("error: " + e.Message); }

        var o1 = new Outer();
        var o2 = new Outer();
        Console.WriteLine(new Outer.Inner(o1).Describe() + " / " + new Outer.Inner(o2).Describe());
        Console.WriteLine(Outer.Deep.Deeper.Where());
        var pair = new Outer.Box<int>.Pair<string> { First = 7, Second = "seven" };
        Console.WriteLine(pair + " " + typeof(Outer.Box<int>.Pair<string>).Name);
        Console.WriteLine(o2.Reveal());

        int value = 2; // hides the static field
        Console.WriteLine(value + " " + PartialAndNested.value);
        {
            int inner = value * 10;
            Console.WriteLine(inner);
        }
        {
            int inner = value * 100; // same name in a sibling scope
            Console.WriteLine(inner);
        }
        Func<int, int> f = v => v + value;
        Console.WriteLine(f(5));
    }
}

using System;

struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; } public override string ToString() { return X + ":" + Y; } }

class Pair<A, B>
{
    public A First; public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public Pair<B, A> Flip() { return new Pair<B, A>(Second, First); }
    public override string ToString() { return "(" + First + ", " + Second + ")"; }
}

class GenericPairsOverStructs
{
    static Pair<T, T> Twice<T>(T v) { return new Pair<T, T>(v, v); }

    static void Main()
    {
        Pair<Point, string> p = new Pair<Point, string>(new Point(1, 2), "pt");
        Console.WriteLine(p);
        Console.WriteLine(p.Flip());
        p.First.X = 50;
        Console.WriteLine(p.First);
        Pair<Point, Point> tw = Twice(new Point(3, 4));
        tw.First.Y = 0;
        Console.WriteLine(tw);
        Pair<int, Pair<long, char>> nested = new Pair<int, Pair<long, char>>(1, new Pair<long, char>(2L, 'c'));
        Console.WriteLine(nested);
        Pair<double, bool> db = new Pair<double, bool>(2.0 * 21.0, false);
        Console.WriteLine(db);
    }
}

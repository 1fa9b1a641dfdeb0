using System;

struct Point
{
    public int X;
    public int Y;
    public Point(int x, int y) { X = x; Y = y; }
    public int LengthSquared() { return X * X + Y * Y; }
    public Point Add(Point other) { return new Point(X + other.X, Y + other.Y); }
    public void Scale(int f) { X *= f; Y *= f; }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

struct Labeled
{
    public string Label;
    public Point P;
    public long Weight;
}

class Holder
{
    public Point Position;
    public Labeled[] Items = new Labeled[3];
}

class Points
{
    static Point Mirror(Point p) { return new Point(p.Y, p.X); }

    static void Bump(ref Point p) { p.X++; }

    static int SumAll(Point[] ps)
    {
        int s = 0;
        for (int i = 0; i < ps.Length; i++) s += ps[i].X + ps[i].Y;
        return s;
    }

    static void Main()
    {
        Point a = new Point(3, 4);
        Console.WriteLine(a.LengthSquared());
        Point b = a;
        b.X = 10;
        Console.WriteLine(a.X + " " + b.X);
        Point c = a.Add(b);
        Console.WriteLine(c);
        c.Scale(2);
        Console.WriteLine(c.ToString());
        Console.WriteLine(Mirror(c));
        Bump(ref c);
        Console.WriteLine(c.X);
        Point z = default(Point);
        Console.WriteLine(z.X + z.Y);
        Point[] ps = new Point[4];
        for (int i = 0; i < ps.Length; i++) ps[i] = new Point(i, i * i);
        ps[2].Scale(10);
        Console.WriteLine(SumAll(ps));
        Holder h = new Holder();
        h.Position.X = 7;
        h.Position.Scale(3);
        Console.WriteLine(h.Position);
        h.Items[1].Label = "one";
        h.Items[1].P = new Point(1, 1);
        h.Items[1].Weight = 1L << 40;
        Labeled l = h.Items[1];
        Console.WriteLine(l.Label + " " + l.P + " " + l.Weight);
        object boxed = a;
        Point unboxed = (Point)boxed;
        Console.WriteLine(boxed.ToString() + " " + unboxed.Y);
        Console.WriteLine(boxed is Point);
        Console.WriteLine(new Point(5, 6).LengthSquared());
    }
}

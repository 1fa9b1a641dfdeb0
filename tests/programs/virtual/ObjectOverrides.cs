using System;

class Point
{
    public readonly int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "Point(" + X + ", " + Y + ")"; }
    public override bool Equals(object obj)
    {
        Point p = obj as Point;
        return p != null && p.X == X && p.Y == Y;
    }
    public override int GetHashCode() { return X * 397 ^ Y; }
}
class Point3 : Point
{
    public readonly int Z;
    public Point3(int x, int y, int z) : base(x, y) { Z = z; }
    public override string ToString() { return base.ToString() + "+z" + Z; }
    public override bool Equals(object obj) { Point3 p = obj as Point3; return p != null && base.Equals(obj) && p.Z == Z; }
    public override int GetHashCode() { return base.GetHashCode() * 31 + Z; }
}

class ObjectOverrides
{
    static void Main()
    {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        Console.WriteLine(a);
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c) + " " + (a == b) + " " + a.Equals(null));
        Console.WriteLine((a.GetHashCode() == b.GetHashCode()) + " " + a.GetHashCode());
        object o = new Point3(1, 2, 3);
        Console.WriteLine(o.ToString());
        Console.WriteLine(o.Equals(new Point3(1, 2, 3)) + " " + o.Equals(a) + " " + a.Equals(o));
        Console.WriteLine(object.Equals(a, b) + " " + object.Equals(null, null) + " " + object.Equals(a, null));
        Console.WriteLine("str: " + o);
    }
}

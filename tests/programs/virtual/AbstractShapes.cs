using System;

abstract class Shape
{
    public string Name;
    protected Shape(string n) { Name = n; }
    public abstract long Area();
    public abstract long Perimeter();
    public virtual string Describe() { return Name + " area=" + Area() + " perim=" + Perimeter(); }
}
class Rect : Shape
{
    protected long W, H;
    public Rect(long w, long h) : base("rect") { W = w; H = h; }
    protected Rect(string n, long w, long h) : base(n) { W = w; H = h; }
    public override long Area() { return W * H; }
    public override long Perimeter() { return 2 * (W + H); }
}
class Square : Rect
{
    public Square(long s) : base("square", s, s) { }
    public override string Describe() { return "[" + base.Describe() + "]"; }
}
class Tri : Shape
{
    long a, b, c;
    public Tri(long a, long b, long c) : base("tri") { this.a = a; this.b = b; this.c = c; }
    public override long Area() { return a * b / 2; }
    public override long Perimeter() { return a + b + c; }
}

class AbstractShapes
{
    static void Main()
    {
        Shape[] shapes = new Shape[] { new Rect(3, 4), new Square(5), new Tri(3, 4, 5), new Square(100000) };
        long total = 0;
        for (int i = 0; i < shapes.Length; i++) { Console.WriteLine(shapes[i].Describe()); total += shapes[i].Area(); }
        Console.WriteLine("total " + total);
    }
}

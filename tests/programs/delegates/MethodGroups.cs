using System;

class Shape
{
    protected string name;
    public Shape(string n) { name = n; }
    public virtual string Describe() { return "shape " + name; }
    public string Plain() { return "plain " + name; }
    public static string Static(string s) { return "static " + s; }
}
class Circle : Shape
{
    public Circle() : base("circle") { }
    public override string Describe() { return "round " + name; }
}

class MethodGroups
{
    static int Square(int x) { return x * x; }
    int factor;
    MethodGroups(int f) { factor = f; }
    int Scale(int x) { return x * factor; }

    static void Main()
    {
        Func<int, int> sq = Square;
        Console.WriteLine(sq(9));
        MethodGroups m = new MethodGroups(3);
        Func<int, int> sc = m.Scale;
        m.factor = 7;
        Console.WriteLine(sc(2));
        Shape s = new Circle();
        Func<string> d = s.Describe;
        Func<string> p = s.Plain;
        Func<string, string> st = Shape.Static;
        Console.WriteLine(d() + " | " + p() + " | " + st("x"));
        Shape b = new Shape("box");
        Func<string>[] all = new Func<string>[] { b.Describe, s.Describe, b.Plain };
        for (int i = 0; i < all.Length; i++) Console.WriteLine(all[i]());
        Converter<int, string> conv = delegate (int x) { return "#" + x; };
        Console.WriteLine(conv(5));
        Action<string> printer = Console.WriteLine;
        printer("via method group");
    }
}

// Object and collection initializers in expression trees: New with arguments, MemberInit with field and property
// assignments, nested member bindings (MemberMemberBinding), collection initializers of a member
// (MemberListBinding), ListInit of List<T> and Dictionary<K,V> (ElementInit with the Add method), anonymous types
// (New with members), struct construction — printed, compiled and run.
using System;
using System.Collections.Generic;
using System.Linq.Expressions;

class Point
{
    public int X;
    public int Y { get; set; }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

class Shape
{
    public string Name;
    public Point Origin = new Point();
    public List<string> Tags = new List<string>();
    public Shape() { }
    public Shape(string name) { Name = name; }
}

struct Size
{
    public int Width, Height;
    public Size(int w, int h) { Width = w; Height = h; }
}

class Program
{
    static void Main()
    {
        Expression<Func<int, Point>> point = v => new Point { X = v, Y = v * 2 };
        Console.WriteLine(point);
        Console.WriteLine(point.Compile()(4));
        MemberInitExpression init = (MemberInitExpression)point.Body;
        Console.WriteLine(init.Bindings.Count + " " + init.Bindings[0].BindingType + " " + init.Bindings[0].Member.Name + " " + init.Bindings[1]);

        Expression<Func<string, Shape>> shape = n => new Shape(n) { Origin = { X = 1, Y = 2 }, Tags = { "a", n } };
        Console.WriteLine(shape);
        Shape s = shape.Compile()("square");
        Console.WriteLine(s.Name + " " + s.Origin + " " + string.Join("+", s.Tags.ToArray()));

        Expression<Func<int, List<int>>> list = n => new List<int> { n, n + 1, 42 };
        Console.WriteLine(list);
        Console.WriteLine(string.Join(",", list.Compile()(1).ToArray()));
        ListInitExpression listInit = (ListInitExpression)list.Body;
        Console.WriteLine(listInit.Initializers.Count + " " + listInit.Initializers[0]);

        Expression<Func<string, Dictionary<string, int>>> dict = k => new Dictionary<string, int> { { k, 1 }, { "two", 2 } };
        Console.WriteLine(dict);
        Dictionary<string, int> d = dict.Compile()("one");
        Console.WriteLine(d["one"] + d["two"]);

        Expression<Func<int, int, Size>> size = (w, h) => new Size(w, h);
        Console.WriteLine(size);
        Size sz = size.Compile()(3, 4);
        Console.WriteLine(sz.Width * sz.Height);

        Expression<Func<Size>> empty = () => new Size();
        Console.WriteLine(empty + " " + empty.Compile()().Width);

        Expression<Func<int, string, object>> anon = (id, name) => new { Id = id, Name = name };
        Console.WriteLine(anon.Compile()(7, "seven"));
        NewExpression anonNew = (NewExpression)anon.Body;
        Console.WriteLine(anonNew.Members.Count + " " + anonNew.Members[0].Name + " " + anonNew.Members[1].Name + " " + anonNew.Arguments.Count);

        Expression<Func<Point[]>> points = () => new[] { new Point { X = 1 }, new Point { Y = 2 } };
        Console.WriteLine(points);
        Console.WriteLine(points.Compile()()[1]);
    }
}

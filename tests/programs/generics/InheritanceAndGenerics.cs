// Generic class hierarchies: generic base with virtual methods overridden in closed subclasses, generic methods
// overridden in derived classes, abstract generic visitors, CRTP-style self-referencing constraints.
using System;
using System.Collections.Generic;

abstract class Repository<T, TKey> where T : class
{
    protected readonly Dictionary<TKey, T> items = new Dictionary<TKey, T>();
    protected abstract TKey KeyOf(T item);
    public virtual void Add(T item) { items[KeyOf(item)] = item; }
    public T Find(TKey key) { T v; return items.TryGetValue(key, out v) ? v : null; }
    public int Count { get { return items.Count; } }
    public virtual string Describe() { return GetType().Name + " with " + Count + " item(s)"; }
}

class User { public int Id; public string Name; public override string ToString() { return "#" + Id + " " + Name; } }

class UserRepository : Repository<User, int>
{
    public List<string> Audit = new List<string>();
    protected override int KeyOf(User u) { return u.Id; }
    public override void Add(User u) { Audit.Add("add " + u.Name); base.Add(u); }
}

class NameIndex : Repository<User, string>
{
    protected override string KeyOf(User u) { return u.Name.ToLower(); }
    public override string Describe() { return "index: " + base.Describe(); }
}

abstract class Shape
{
    public abstract R Accept<R>(IVisitor<R> v);
}
interface IVisitor<R> { R Circle(Circle c); R Rect(Rect r); R Group(Group g); }
class Circle : Shape { public double Radius; public override R Accept<R>(IVisitor<R> v) { return v.Circle(this); } }
class Rect : Shape { public double W, H; public override R Accept<R>(IVisitor<R> v) { return v.Rect(this); } }
class Group : Shape { public List<Shape> Items = new List<Shape>(); public override R Accept<R>(IVisitor<R> v) { return v.Group(this); } }

class AreaVisitor : IVisitor<double>
{
    public double Circle(Circle c) { return 3 * c.Radius * c.Radius; }
    public double Rect(Rect r) { return r.W * r.H; }
    public double Group(Group g) { double s = 0; foreach (var i in g.Items) s += i.Accept(this); return s; }
}

class NameVisitor : IVisitor<string>
{
    public string Circle(Circle c) { return "circle(" + c.Radius + ")"; }
    public string Rect(Rect r) { return "rect(" + r.W + "x" + r.H + ")"; }
    public string Group(Group g)
    {
        var parts = new List<string>();
        foreach (var i in g.Items) parts.Add(i.Accept(this));
        return "group[" + string.Join(", ", parts) + "]";
    }
}

abstract class Comparable<TSelf> where TSelf : Comparable<TSelf>
{
    public abstract int CompareTo(TSelf other);
    public static TSelf Max(TSelf a, TSelf b) { return a.CompareTo(b) >= 0 ? a : b; }
    public bool LessThan(TSelf other) { return CompareTo(other) < 0; }
}

class Version : Comparable<Version>
{
    public int Major, Minor;
    public Version(int major, int minor) { Major = major; Minor = minor; }
    public override int CompareTo(Version o) { return Major != o.Major ? Major - o.Major : Minor - o.Minor; }
    public override string ToString() { return Major + "." + Minor; }
}

class Converter
{
    public virtual string Convert<T>(T value) { return "base:" + value; }
}

class LoudConverter : Converter
{
    public override string Convert<T>(T value) { return "loud:" + value.ToString().ToUpper() + ":" + typeof(T).Name; }
}

class InheritanceAndGenerics
{
    static void Main()
    {
        var users = new UserRepository();
        users.Add(new User { Id = 2, Name = "Grace" });
        users.Add(new User { Id = 1, Name = "Alan" });
        users.Add(new User { Id = 2, Name = "Hopper" });
        Console.WriteLine(users.Describe() + "; find 2 = " + users.Find(2) + "; audit: " + string.Join(", ", users.Audit));
        Repository<User, int> asBase = users;
        asBase.Add(new User { Id = 3, Name = "Ken" });
        Console.WriteLine("virtual through base: " + users.Audit.Count + ", missing: " + (asBase.Find(9) == null));

        var index = new NameIndex();
        index.Add(new User { Id = 1, Name = "Alan" });
        index.Add(new User { Id = 5, Name = "ALAN" });
        Console.WriteLine(index.Describe() + "; alan = " + index.Find("alan"));

        var scene = new Group();
        scene.Items.Add(new Circle { Radius = 2 });
        var inner = new Group();
        inner.Items.Add(new Rect { W = 2, H = 3 });
        inner.Items.Add(new Circle { Radius = 1 });
        scene.Items.Add(inner);
        Console.WriteLine(scene.Accept(new NameVisitor()) + " area " + scene.Accept(new AreaVisitor()));

        var v1 = new Version(1, 10);
        var v2 = new Version(1, 9);
        var v3 = new Version(2, 0);
        Console.WriteLine("max " + Version.Max(v1, v2) + ", " + Version.Max(v3, v1) + ", 1.9 < 1.10: " + v2.LessThan(v1));

        Converter conv = new LoudConverter();
        Console.WriteLine(conv.Convert("abc") + " " + conv.Convert(42) + " " + new Converter().Convert(1.5));
    }
}

using System;
using System.Reflection;

// MethodInfo.Invoke: boxing and unboxing, ref and out arguments written back, exceptions wrapped in
// TargetInvocationException, argument checks, virtual dispatch, static and instance fields.
struct Vector
{
    public int X, Y;
    public Vector(int x, int y) { X = x; Y = y; }
    public int Dot(Vector other) { return X * other.X + Y * other.Y; }
    public void Scale(int k) { X *= k; Y *= k; }
    public override string ToString() { return "<" + X + "," + Y + ">"; }
}

class Shape
{
    public virtual string Describe() { return "shape"; }
    public virtual double Area() { return 0; }
}

class Square : Shape
{
    public double Side;
    public Square(double side) { Side = side; }
    public override string Describe() { return "square " + Side; }
    public override double Area() { return Side * Side; }
}

class MathOps
{
    public static int Counter;
    public const string Greeting = "hi";
    public const double Pi = 3.25;
    public readonly long Stamp = 77;

    public static int Add(int a, int b) { return a + b; }
    public static long Mul(long a, long b) { return a * b; }
    public static bool TryDivide(int a, int b, out int quotient)
    {
        if (b == 0) { quotient = 0; return false; }
        quotient = a / b;
        return true;
    }
    public static void Increment(ref int value, ref string log) { value++; log = log + "+"; }
    public static void Bump(ref Vector v) { v.X += 100; }
    public static string Join(string a, char sep, string b) { return a + sep + b; }
    public static byte Low(short s) { return (byte)s; }
    public static double Half(float f) { return f / 2; }
    public static Vector Make(int x, int y) { return new Vector(x, y); }
    public static int Fail(int code)
    {
        if (code > 0) throw new ArgumentOutOfRangeException("code", "bad code");
        return code;
    }
    public static void Nothing() { Counter++; }
}

static class Program
{
    static MethodInfo M(string name) { return typeof(MathOps).GetMethod(name); }

    static int Main()
    {
        Console.WriteLine(M("Add").Invoke(null, new object[] { 20, 22 }));
        Console.WriteLine(M("Mul").Invoke(null, new object[] { 3000000000L, 3L }));
        object[] div = { 17, 5, null };
        Console.WriteLine(M("TryDivide").Invoke(null, div) + " q=" + div[2]);
        object[] div0 = { 1, 0, 99 };
        Console.WriteLine(M("TryDivide").Invoke(null, div0) + " q=" + div0[2]);
        object[] inc = { 41, "log" };
        M("Increment").Invoke(null, inc);
        M("Increment").Invoke(null, inc);
        Console.WriteLine(inc[0] + " " + inc[1]);
        object[] bump = { new Vector(1, 2) };
        M("Bump").Invoke(null, bump);
        Console.WriteLine("bumped " + bump[0]);
        Console.WriteLine(M("Join").Invoke(null, new object[] { "a", '-', "b" }));
        Console.WriteLine(M("Low").Invoke(null, new object[] { (short)0x1234 }));
        Console.WriteLine(M("Half").Invoke(null, new object[] { 5f }));
        Console.WriteLine("made " + M("Make").Invoke(null, new object[] { 3, 4 }));
        Console.WriteLine("nothing returns null: " + (M("Nothing").Invoke(null, null) == null) + ", counter " + MathOps.Counter);
        foreach (ParameterInfo p in M("TryDivide").GetParameters())
            Console.WriteLine("  param " + p.Position + " " + p.Name + " byref=" + p.ParameterType.IsByRef);

        try { M("Fail").Invoke(null, new object[] { 3 }); }
        catch (TargetInvocationException e)
        {
            ArgumentOutOfRangeException inner = (ArgumentOutOfRangeException)e.InnerException;
            Console.WriteLine("wrapped " + inner.GetType().Name + " param=" + inner.ParamName);
        }
        Console.WriteLine("no throw: " + M("Fail").Invoke(null, new object[] { -1 }));
        try { M("Add").Invoke(null, new object[] { 1, 2, 3 }); }
        catch (TargetParameterCountException) { Console.WriteLine("TargetParameterCountException"); }
        try { M("Add").Invoke(null, new object[] { 1, 2L }); }
        catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
        try { typeof(Vector).GetMethod("Dot").Invoke(null, new object[] { new Vector() }); }
        catch (TargetException) { Console.WriteLine("TargetException for a missing target"); }
        try { typeof(Vector).GetMethod("Dot").Invoke("not a vector", new object[] { new Vector() }); }
        catch (TargetException) { Console.WriteLine("TargetException for a wrong target"); }

        object v = new Vector(2, 3);
        Console.WriteLine("dot " + typeof(Vector).GetMethod("Dot").Invoke(v, new object[] { new Vector(4, 5) }));
        typeof(Vector).GetMethod("Scale").Invoke(v, new object[] { 10 });
        Console.WriteLine("scaled in the box " + v);
        Console.WriteLine("null for a struct parameter: " + typeof(Vector).GetMethod("Dot").Invoke(v, new object[] { null }));

        Shape s = new Square(3);
        Console.WriteLine(typeof(Shape).GetMethod("Describe").Invoke(s, null) + " area " + typeof(Shape).GetMethod("Area").Invoke(s, null));
        Console.WriteLine(typeof(Shape).GetMethod("Describe").Invoke(new Shape(), null));

        FieldInfo counter = typeof(MathOps).GetField("Counter");
        counter.SetValue(null, 41);
        Console.WriteLine("static field " + MathOps.Counter + " / " + counter.GetValue(null));
        Console.WriteLine("literals " + typeof(MathOps).GetField("Greeting").GetValue(null) + " " + typeof(MathOps).GetField("Pi").GetValue(null)
            + " raw " + typeof(MathOps).GetField("Pi").GetRawConstantValue());
        MathOps ops = new MathOps();
        FieldInfo stamp = typeof(MathOps).GetField("Stamp");
        Console.WriteLine("readonly " + stamp.GetValue(ops) + " initonly=" + stamp.IsInitOnly);
        stamp.SetValue(ops, 78L);
        Console.WriteLine("readonly set by reflection " + ops.Stamp);
        try { typeof(MathOps).GetField("Greeting").SetValue(null, "x"); }
        catch (FieldAccessException) { Console.WriteLine("FieldAccessException for a literal"); }
        object boxed = new Vector(5, 6);
        typeof(Vector).GetField("Y").SetValue(boxed, 60);
        Console.WriteLine("field set in the box " + boxed + " X=" + typeof(Vector).GetField("X").GetValue(boxed));
        Console.WriteLine(typeof(MathOps).GetMethod("Add", new Type[] { typeof(int), typeof(int) }).Name
            + " " + (typeof(MathOps).GetMethod("Add", new Type[] { typeof(long) }) == null)
            + " " + typeof(MathOps).GetMethod("TryDivide", new Type[] { typeof(int), typeof(int), typeof(int).MakeByRefType() }).Name);
        return 0;
    }
}

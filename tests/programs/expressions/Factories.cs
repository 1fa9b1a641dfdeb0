// Trees built by hand with the factory methods, as a program (not mcs) would: .NET's checks (the exception types,
// and the messages of InvalidOperationException), Parameter names and unnamed parameters (Param_0), Lambda with
// Expression.Lambda<T>, MakeBinary, Call/Property/Field by name, user-defined operators found by the factories.
using System;
using System.Linq.Expressions;
using System.Reflection;

class Vector
{
    public int X;
    public Vector(int x) { X = x; }
    public static Vector operator +(Vector a, Vector b) { return new Vector(a.X + b.X); }
    public static Vector operator -(Vector a) { return new Vector(-a.X); }
    public int Length { get { return Math.Abs(X); } }
    public int Scale(int k) { return X * k; }
    public override string ToString() { return "V" + X; }
}

class Program
{
    static void Try(string what, Func<object> build)
    {
        try
        {
            Console.WriteLine(what + ": " + build());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().Name);
        }
    }

    static void Main()
    {
        ParameterExpression x = Expression.Parameter(typeof(int), "x");
        ParameterExpression s = Expression.Parameter(typeof(string), "s");
        ParameterExpression anon = Expression.Parameter(typeof(int));
        ParameterExpression anon2 = Expression.Parameter(typeof(int));

        Try("add", () => Expression.Add(x, Expression.Constant(2)));
        Try("unnamed", () => Expression.Lambda<Func<int, int, int>>(Expression.Multiply(anon, anon2), anon, anon2));
        Try("add string int", () => Expression.Add(s, x));
        Try("add long int", () => Expression.Add(Expression.Constant(1L), x));
        Try("negate string", () => Expression.Negate(s));
        Try("not double", () => Expression.Not(Expression.Constant(1.5)));
        Try("convert string int", () => Expression.Convert(s, typeof(int)));
        Try("convert int long", () => Expression.Convert(x, typeof(long)));
        Try("convert object string", () => Expression.Convert(Expression.Constant(null), typeof(string)));
        Try("less bool", () => Expression.LessThan(Expression.Constant(true), Expression.Constant(false)));
        Try("coalesce int", () => Expression.Coalesce(x, x));
        Try("condition int test", () => Expression.Condition(x, x, x));
        Try("condition mismatch", () => Expression.Condition(Expression.Constant(true), x, s));
        Try("lambda count", () => Expression.Lambda<Func<int, int>>(x));
        Try("lambda return", () => Expression.Lambda<Func<int, string>>(x, x));
        Try("lambda parameter", () => Expression.Lambda<Func<string, int>>(x, x));
        Try("array index", () => Expression.ArrayIndex(x, x));
        Try("type as int", () => Expression.TypeAs(s, typeof(int)));
        Try("null left", () => Expression.Add(null, x));
        Try("call count", () => Expression.Call(typeof(Math).GetMethod("Abs", new[] { typeof(int) })));
        Try("call type", () => Expression.Call(typeof(Math).GetMethod("Abs", new[] { typeof(int) }), s));
        Try("call static with instance", () => Expression.Call(x, typeof(Math).GetMethod("Abs", new[] { typeof(int) }), x));

        // The factories find these operators by reflection at run time; Kiln runs only methods the program compiled
        // (mcs passes an operator's MethodInfo through ldtoken, which keeps it), so the program uses them itself.
        Console.WriteLine(new Vector(1) + -new Vector(2));
        ParameterExpression a = Expression.Parameter(typeof(Vector), "a");
        ParameterExpression b = Expression.Parameter(typeof(Vector), "b");
        BinaryExpression sum = Expression.Add(a, b);
        Console.WriteLine(sum + " " + sum.Method.Name + " " + sum.Type.Name);
        Func<Vector, Vector, Vector> add = Expression.Lambda<Func<Vector, Vector, Vector>>(sum, a, b).Compile();
        Console.WriteLine(add(new Vector(2), new Vector(40)));
        UnaryExpression minus = Expression.Negate(a);
        Console.WriteLine(minus + " " + minus.Method.Name + " " + Expression.Lambda<Func<Vector, Vector>>(minus, a).Compile()(new Vector(3)));

        // members named through typeof, which the compiler's reflection analysis follows (by name on a.Type it cannot)
        MemberExpression length = Expression.Property(a, typeof(Vector).GetProperty("Length"));
        MemberExpression field = Expression.Field(a, typeof(Vector).GetField("X"));
        MethodCallExpression scale = Expression.Call(a, typeof(Vector).GetMethod("Scale"), Expression.Constant(10));
        BinaryExpression all = Expression.Add(Expression.Add(length, field), scale);
        Expression<Func<Vector, int>> members = Expression.Lambda<Func<Vector, int>>(all, a);
        Console.WriteLine(members + " = " + members.Compile()(new Vector(-4)));

        BinaryExpression made = Expression.MakeBinary(ExpressionType.Subtract, x, Expression.Constant(1));
        Console.WriteLine(made + " " + made.NodeType + " " + Expression.Lambda<Func<int, int>>(made, x).Compile()(10));
        UnaryExpression madeUnary = Expression.MakeUnary(ExpressionType.Convert, x, typeof(double));
        Console.WriteLine(madeUnary + " " + Expression.Lambda<Func<int, double>>(madeUnary, x).Compile()(10));

        Expression<Func<int, int>> square = Expression.Lambda<Func<int, int>>(Expression.Multiply(x, x), x);
        InvocationExpression invoke = Expression.Invoke(square, Expression.Constant(7));
        Console.WriteLine(invoke + " " + invoke.Type + " " + Expression.Lambda<Func<int>>(invoke).Compile()());

        ConstantExpression typed = Expression.Constant(5, typeof(int?));
        Console.WriteLine(typed + " " + typed.Type + " " + Expression.Default(typeof(int)) + " " + Expression.Default(typeof(string)).Type);
        Console.WriteLine(Expression.Lambda<Func<int>>(Expression.Default(typeof(int))).Compile()());
        Console.WriteLine(Expression.TypeEqual(s, typeof(string)) + " " + Expression.ArrayLength(Expression.Constant(new int[3])));
        Console.WriteLine(Expression.Lambda<Func<object, bool>>(Expression.TypeEqual(Expression.Parameter(typeof(object), "o"), typeof(string)),
            Expression.Parameter(typeof(object), "o")).Parameters[0]);
    }
}

// Dynamic operations that do not bind throw Microsoft.CSharp.RuntimeBinder.RuntimeBinderException with the C#
// compiler's message for the same code, as .NET's (and Mono's) binder does: a missing member (get, set, call), an
// operator the operand types lack, an implicit conversion that does not exist (or is explicit only), a member access
// on null, a private member from outside its class, a call whose arguments fit no overload, a call of a non-delegate,
// indexing a type without an indexer. An exception the called method throws arrives unwrapped.
using System;
using Microsoft.CSharp.RuntimeBinder;

class Foo
{
    private int _secret = 1;
    public int Visible = 2;
    public void Take(int x) { }
    public void Fail() { throw new InvalidOperationException("from Fail"); }
}

class Program
{
    static void Try(string what, Func<object> run)
    {
        try
        {
            Console.WriteLine(what + ": " + run());
        }
        catch (RuntimeBinderException e)
        {
            Console.WriteLine(what + ": RuntimeBinderException: " + e.Message);
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        dynamic foo = new Foo();
        dynamic n = 5, s = "text", none = null;
        Try("get missing", () => foo.Bar);
        Try("set missing", () => foo.Bar = 1);
        Try("call missing", () => foo.Bar());
        Try("int member", () => n.Length);
        Try("private field", () => foo._secret);
        Try("visible", () => foo.Visible);
        Try("operator", () => foo + n);
        Try("unary", () => -s);
        Try("convert", () => { int x = s; return x; });
        Try("explicit only", () => { int x = (dynamic)2L; return x; });
        Try("null receiver", () => none.Visible);
        Try("bad argument", () => { foo.Take("no"); return null; });
        Try("throws", () => { foo.Fail(); return null; });
        Try("not a delegate", () => n(1));
        Try("no indexer", () => foo[0]);
    }
}

// Interface re-implementation (C# spec "interface re-implementation", ECMA-335 II.12.2): a class that lists an
// interface again maps it to its own public methods before a base class's explicit implementation; a class that does
// not list it keeps the base's mapping even with a method of the same name (mono's mcs test test-826).
using System;

interface I
{
    string Foo();
    string Bar();
}

interface IGen<T>
{
    string Get(T value);
}

class A : I, IGen<int>
{
    string I.Foo() { return "A explicit Foo"; }
    public string Bar() { return "A Bar"; }
    string IGen<int>.Get(int value) { return "A explicit Get " + value; }
}

// lists I again: its own Foo maps I.Foo; Bar stays A's
class Reimplements : A, I
{
    public string Foo() { return "Reimplements Foo"; }
}

// does not list I: A's explicit implementation still runs
class Hides : A
{
    public string Foo() { return "Hides Foo"; }
    public new string Bar() { return "Hides Bar"; }
}

// lists I again with an explicit implementation of its own and a new Bar
class ReimplementsBoth : Hides, I
{
    string I.Foo() { return "ReimplementsBoth explicit Foo"; }
}

class VirtualBase : I
{
    public virtual string Foo() { return "VirtualBase Foo"; }
    public virtual string Bar() { return "VirtualBase Bar"; }
}

// an override runs through the base's mapping
class Overrides : VirtualBase
{
    public override string Foo() { return "Overrides Foo"; }
}

// lists I again but implements nothing itself: the inherited mapping stands
class RelistsOnly : A, I
{
}

class GenericReimplements : A, IGen<int>
{
    public string Get(int value) { return "GenericReimplements Get " + value; }
}

static class Program
{
    static void Show(string name, I i)
    {
        Console.WriteLine(name + ": " + i.Foo() + " / " + i.Bar());
    }

    static void Main()
    {
        Show("A", new A());
        Show("Reimplements", new Reimplements());
        Show("Hides", new Hides());
        Show("ReimplementsBoth", new ReimplementsBoth());
        Show("Overrides", new Overrides());
        Show("RelistsOnly", new RelistsOnly());
        Console.WriteLine(((IGen<int>)new A()).Get(1));
        Console.WriteLine(((IGen<int>)new GenericReimplements()).Get(2));
        Console.WriteLine(new Hides().Foo() + " / " + new Reimplements().Foo());
        // through a generic method, the call site the compiler cannot devirtualize
        Console.WriteLine(Call<Reimplements>(new Reimplements()) + " / " + Call<Hides>(new Hides()));
    }

    static string Call<T>(T value) where T : I { return value.Foo(); }
}

using System;

abstract class Op
{
    public abstract int Eval(int x);
    public virtual string Name() { return "op"; }
}
class Inc : Op { public override int Eval(int x) { return x + 1; } public override string Name() { return "inc"; } }
class Dbl : Op { public override int Eval(int x) { return x * 2; } }
class DblPlus : Dbl { public override int Eval(int x) { return base.Eval(x) + 100; } public override string Name() { return "dbl+"; } }

interface IGreeter { string Greet(string n); }
class Polite : IGreeter { public string Greet(string n) { return "Dear " + n; } }

class VirtualMethodGroups
{
    static void Main()
    {
        Op[] ops = new Op[] { new Inc(), new Dbl(), new DblPlus() };
        Func<int, int>[] evals = new Func<int, int>[ops.Length];
        Func<string>[] names = new Func<string>[ops.Length];
        for (int i = 0; i < ops.Length; i++) { evals[i] = ops[i].Eval; names[i] = ops[i].Name; }
        for (int i = 0; i < ops.Length; i++) Console.WriteLine(names[i]() + " " + evals[i](5));
        IGreeter g = new Polite();
        Func<string, string> greet = g.Greet;
        Console.WriteLine(greet("Ada"));
        Func<string> ts = new DblPlus().Name;
        Console.WriteLine(ts());
        object o = 42;
        Func<string> boxedToString = o.ToString;
        Console.WriteLine(boxedToString());
    }
}

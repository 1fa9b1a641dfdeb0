using System;

interface IVisitor<R>
{
    R VisitNum(int n);
    R VisitAdd(Expr a, Expr b);
    R VisitMul(Expr a, Expr b);
}

abstract class Expr { public abstract R Accept<R>(IVisitor<R> v); }
class Num : Expr { public int N; public Num(int n) { N = n; } public override R Accept<R>(IVisitor<R> v) { return v.VisitNum(N); } }
class AddE : Expr { public Expr A, B; public AddE(Expr a, Expr b) { A = a; B = b; } public override R Accept<R>(IVisitor<R> v) { return v.VisitAdd(A, B); } }
class MulE : Expr { public Expr A, B; public MulE(Expr a, Expr b) { A = a; B = b; } public override R Accept<R>(IVisitor<R> v) { return v.VisitMul(A, B); } }

class Eval : IVisitor<int>
{
    public int VisitNum(int n) { return n; }
    public int VisitAdd(Expr a, Expr b) { return a.Accept(this) + b.Accept(this); }
    public int VisitMul(Expr a, Expr b) { return a.Accept(this) * b.Accept(this); }
}
class Show : IVisitor<string>
{
    public string VisitNum(int n) { return n.ToString(); }
    public string VisitAdd(Expr a, Expr b) { return "(" + a.Accept(this) + " + " + b.Accept(this) + ")"; }
    public string VisitMul(Expr a, Expr b) { return a.Accept(this) + " * " + b.Accept(this); }
}
class Count : IVisitor<long>
{
    public long VisitNum(int n) { return 1; }
    public long VisitAdd(Expr a, Expr b) { return 1 + a.Accept(this) + b.Accept(this); }
    public long VisitMul(Expr a, Expr b) { return 1 + a.Accept(this) + b.Accept(this); }
}

class GenericInterfaceDispatch
{
    static void Main()
    {
        Expr e = new MulE(new AddE(new Num(2), new Num(3)), new AddE(new Num(4), new MulE(new Num(5), new Num(6))));
        Console.WriteLine(e.Accept(new Show()));
        Console.WriteLine(e.Accept(new Eval()));
        Console.WriteLine(e.Accept(new Count()));
    }
}

using System;

class A
{
    public virtual string Who() { return "A"; }
    public virtual string Chain() { return "A"; }
    public string NonVirtual() { return "A.nv:" + Who(); }
}
class B : A
{
    public override string Who() { return "B"; }
    public override string Chain() { return base.Chain() + ">B"; }
}
class C : B
{
    public override string Chain() { return base.Chain() + ">C"; }
}
class D : C
{
    public override string Who() { return "D(" + base.Who() + ")"; }
    public override string Chain() { return base.Chain() + ">D"; }
}

class ThreeLevelOverrides
{
    static void Main()
    {
        A[] all = new A[] { new A(), new B(), new C(), new D() };
        for (int i = 0; i < all.Length; i++)
            Console.WriteLine(all[i].Who() + " | " + all[i].Chain() + " | " + all[i].NonVirtual());
        C c = new D();
        Console.WriteLine(c.Who() + " " + c.Chain());
    }
}

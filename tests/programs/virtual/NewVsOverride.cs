using System;

class Base
{
    public virtual string V() { return "Base.V"; }
    public string N() { return "Base.N"; }
    public virtual string M() { return "Base.M"; }
}
class Mid : Base
{
    public override string V() { return "Mid.V"; }
    public new string N() { return "Mid.N"; }
    public new virtual string M() { return "Mid.M"; }
}
class Leaf : Mid
{
    public override string V() { return "Leaf.V"; }
    public override string M() { return "Leaf.M"; }
}

class NewVsOverride
{
    static void Main()
    {
        Leaf l = new Leaf();
        Mid m = l;
        Base b = l;
        Console.WriteLine(l.V() + " " + m.V() + " " + b.V());
        Console.WriteLine(l.N() + " " + m.N() + " " + b.N());
        Console.WriteLine(l.M() + " " + m.M() + " " + b.M());
        Base bm = new Mid();
        Console.WriteLine(bm.V() + " " + bm.N() + " " + bm.M());
        Console.WriteLine(((Mid)bm).N() + " " + ((Mid)bm).M());
    }
}

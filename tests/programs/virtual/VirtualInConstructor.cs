using System;

class Base
{
    protected string log = "";
    public Base() { log += "Base.ctor;"; Init(); }
    protected virtual void Init() { log += "Base.Init;"; }
    public string Log { get { return log; } }
}
class Derived : Base
{
    int value = 5;
    string name;
    public Derived() : base() { log += "Derived.ctor(value=" + value + ");"; name = "set"; }
    protected override void Init() { log += "Derived.Init(value=" + value + ",name=" + (name == null ? "null" : name) + ");"; }
}
class MoreDerived : Derived
{
    public MoreDerived() { log += "More.ctor;"; }
    protected override void Init() { base.Init(); log += "More.Init;"; }
}

class VirtualInConstructor
{
    static void Main()
    {
        Console.WriteLine(new Base().Log);
        Console.WriteLine(new Derived().Log);
        Console.WriteLine(new MoreDerived().Log);
    }
}

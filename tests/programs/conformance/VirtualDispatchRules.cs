// Self-checking: override vs new, base calls, abstract and sealed members, virtual calls from constructors.
using System;

abstract class Shape
{
    public abstract string Name();
    public virtual string Describe() { return "shape " + Name(); }
    public string NonVirtual() { return "Shape.NonVirtual"; }
}

class Polygon : Shape
{
    public override string Name() { return "polygon"; }
    public override string Describe() { return "poly(" + base.Describe() + ")"; }
    public new string NonVirtual() { return "Polygon.NonVirtual"; }
}

class Square : Polygon
{
    public override string Name() { return "square"; }
    public sealed override string Describe() { return "sq[" + base.Describe() + "]"; }
}

class Hider : Polygon
{
    public new virtual string Describe() { return "hider"; }
    public override string Name() { return "hider-name"; }
}

class HiderChild : Hider
{
    public override string Describe() { return "hider-child"; }
}

class A { public virtual int F() { return 1; } public virtual int G() { return F() * 10; } }
class B : A { public override int F() { return 2; } }
class C : B { public override int F() { return 3; } public override int G() { return base.G() + 1; } }
class D : C { public new int F() { return 4; } }

class InitBase
{
    public string Seen;
    public InitBase() { Seen = Hook(); }
    public virtual string Hook() { return "base"; }
}

class InitDerived : InitBase
{
    private string field = "initialized";
    private readonly string ctorSet;
    public InitDerived() { ctorSet = "ctor"; }
    public override string Hook() { return "derived:" + (field ?? "null") + ":" + (ctorSet ?? "null"); }
}

class VirtualDispatchRules
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int Main()
    {
        Shape s = new Square();
        Check("abstract via base", s.Name(), "square");
        Check("sealed override chain", s.Describe(), "sq[poly(shape square)]");
        Check("non-virtual uses static type", s.NonVirtual(), "Shape.NonVirtual");
        Polygon p = new Square();
        Check("new method via Polygon", p.NonVirtual(), "Polygon.NonVirtual");
        Check("override through Polygon", p.Describe(), "sq[poly(shape square)]");

        Hider h = new HiderChild();
        Check("new virtual slot", h.Describe(), "hider-child");
        Polygon hp = h;
        Check("old slot through base type", hp.Describe(), "poly(shape hider-name)");
        Shape hs = h;
        Check("old slot through root", hs.Describe(), "poly(shape hider-name)");

        A a = new C();
        Check("most derived F", a.F().ToString(), "3");
        Check("base.G then virtual F", a.G().ToString(), "31");
        A d = new D();
        Check("new F does not override", d.F().ToString(), "3");
        Check("D.F via D", ((D)d).F().ToString(), "4");
        Check("G on D", d.G().ToString(), "31");
        Check("B", new B().G().ToString(), "20");

        // virtual call in constructor sees the derived override before the derived ctor body ran,
        // but after field initializers ran
        var init = new InitDerived();
        Check("virtual call from base ctor", init.Seen, "derived:initialized:null");

        // arrays of base type dispatch per element
        Shape[] shapes = { new Polygon(), new Square(), new Hider() };
        string names = "";
        foreach (Shape x in shapes) names += x.Name() + ",";
        Check("dispatch per element", names, "polygon,square,hider-name,");

        // delegate bound to virtual method dispatches on the object
        Func<string> f = s.Describe;
        Check("delegate to virtual", f(), "sq[poly(shape square)]");

        // ToString / Equals / GetHashCode overrides reached through object
        object o = new Money(5);
        Check("object.ToString override", o.ToString(), "$5");
        Check("object.Equals override", o.Equals(new Money(5)).ToString(), "True");
        Check("string concat calls ToString", "total " + o, "total $5");
        Check("hash override", o.GetHashCode().ToString(), "5");

        // is/as with sealed and abstract
        Check("is Polygon", (s is Polygon).ToString(), "True");
        Check("as Hider", (s as Hider == null).ToString(), "True");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    sealed class Money
    {
        readonly int amount;
        public Money(int a) { amount = a; }
        public override string ToString() { return "$" + amount; }
        public override bool Equals(object obj) { Money m = obj as Money; return m != null && m.amount == amount; }
        public override int GetHashCode() { return amount; }
    }
}

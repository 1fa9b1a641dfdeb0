// Self-checking: diamond interface inheritance, one class implementing a generic interface for two type
// arguments, re-implementation in derived classes, base class methods satisfying interfaces, interface
// methods implemented by inherited members, and casts between sibling interfaces.
using System;
using System.Collections.Generic;

interface INamed { string Name(); }
interface ILeft : INamed { string Left(); }
interface IRight : INamed { string Right(); }
interface IBoth : ILeft, IRight { string Both(); }

class Diamond : IBoth
{
    public string Name() { return "diamond"; }
    public string Left() { return "L"; }
    public string Right() { return "R"; }
    public string Both() { return Left() + Right(); }
}

interface IConvert<T> { T Convert(string s); }

class MultiConverter : IConvert<int>, IConvert<bool>, IConvert<string>
{
    int IConvert<int>.Convert(string s) { return s.Length; }
    bool IConvert<bool>.Convert(string s) { return s.Length > 3; }
    public string Convert(string s) { return s.ToUpper(); }
}

class BaseImpl { public string Name() { return "from base"; } }
class Inheriting : BaseImpl, INamed { }

class Original : INamed { public virtual string Name() { return "original"; } }
class Overriding : Original { public override string Name() { return "overriding"; } }
class Reimplementing : Original, INamed { string INamed.Name() { return "reimplemented"; } }
class AfterReimplement : Reimplementing { public override string Name() { return "after"; } }

interface IShape { double Area { get; } string Kind { get; } }
abstract class ShapeBase : IShape
{
    public abstract double Area { get; }
    public virtual string Kind { get { return "shape"; } }
}
class Sq : ShapeBase { public double S; public override double Area { get { return S * S; } } public override string Kind { get { return "square"; } } }
class Tri : ShapeBase { public double B, H; public override double Area { get { return B * H / 2; } } }

class InterfaceHierarchies
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static T ConvertWith<T>(IConvert<T> c, string s) { return c.Convert(s); }

    static int Main()
    {
        var d = new Diamond();
        IBoth both = d;
        ILeft left = d;
        IRight right = d;
        INamed named = left;
        Check("diamond through both", both.Name() + both.Left() + both.Right() + both.Both(), "diamondLRLR");
        Check("diamond through sides", left.Name() + right.Name(), "diamonddiamond");
        Check("sibling cast", ((IRight)left).Right(), "R");
        Check("named from either side", named.Name(), "diamond");
        Check("is checks", ((object)d is ILeft && (object)d is IRight && (object)d is INamed).ToString(), "True");

        var mc = new MultiConverter();
        Check("generic interface int", ConvertWith<int>(mc, "hello").ToString(), "5");
        Check("generic interface bool", ConvertWith<bool>(mc, "hi").ToString(), "False");
        Check("generic interface string", ConvertWith<string>(mc, "hi"), "HI");
        Check("public method", mc.Convert("x"), "X");
        object o = mc;
        Check("is IConvert<bool>", (o is IConvert<bool>).ToString() + (o is IConvert<long>), "TrueFalse");

        Check("inherited member implements", ((INamed)new Inheriting()).Name(), "from base");
        Check("override through interface", ((INamed)new Overriding()).Name(), "overriding");
        Check("reimplementation", ((INamed)new Reimplementing()).Name(), "reimplemented");
        Check("reimplementation class method", new Reimplementing().Name(), "original");
        Check("override after reimplementation", ((INamed)new AfterReimplement()).Name() + "/" + new AfterReimplement().Name(), "reimplemented/after");

        var shapes = new List<IShape> { new Sq { S = 3 }, new Tri { B = 4, H = 5 } };
        string kinds = "";
        double total = 0;
        foreach (IShape s in shapes) { kinds += s.Kind + ","; total += s.Area; }
        Check("abstract class implements interface", kinds + total, "square,shape,19");

        // interface arrays and covariance with interfaces
        INamed[] names = { new Diamond(), new Overriding(), new Inheriting() };
        string all = "";
        foreach (INamed n in names) all += n.Name() + ";";
        Check("interface array", all, "diamond;overriding;from base;");
        IEnumerable<INamed> seq = new List<Diamond> { new Diamond() };
        foreach (INamed n in seq) all = n.Name();
        Check("covariant interface sequence", all, "diamond");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}

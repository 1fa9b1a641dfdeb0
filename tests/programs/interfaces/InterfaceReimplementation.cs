using System;

interface ISpeaker { string Speak(); }

class Base : ISpeaker
{
    public string Speak() { return "base"; }
}

class DerivedNoReimpl : Base
{
    public new string Speak() { return "derived-new"; }
}

class DerivedReimpl : Base, ISpeaker
{
    public new string Speak() { return "derived-reimpl"; }
}

class VirtualBase : ISpeaker
{
    public virtual string Speak() { return "vbase"; }
}
class VirtualDerived : VirtualBase
{
    public override string Speak() { return "vderived"; }
}

class InterfaceReimplementation
{
    static void Main()
    {
        DerivedNoReimpl a = new DerivedNoReimpl();
        Console.WriteLine(a.Speak() + " " + ((Base)a).Speak() + " " + ((ISpeaker)a).Speak());
        DerivedReimpl b = new DerivedReimpl();
        Console.WriteLine(b.Speak() + " " + ((Base)b).Speak() + " " + ((ISpeaker)b).Speak());
        VirtualBase c = new VirtualDerived();
        Console.WriteLine(c.Speak() + " " + ((ISpeaker)c).Speak());
        ISpeaker[] all = new ISpeaker[] { new Base(), a, b, c, new VirtualBase() };
        for (int i = 0; i < all.Length; i++) Console.Write(all[i].Speak() + ";");
        Console.WriteLine();
    }
}

using System;

interface IVisitor { string Visit<T>(T value); }

class Printer : IVisitor { public string Visit<T>(T value) { return "print " + value; } }
class Shouter : IVisitor { public string Visit<T>(T value) { return "SHOUT " + value + "!"; } }

abstract class Converter
{
    public abstract string Convert<T>(T item);
    public virtual int Weigh<T>(T[] items) { return items.Length; }
}

class Bracket : Converter
{
    public override string Convert<T>(T item) { return "[" + item + "]"; }
}

class Angle : Bracket
{
    public override string Convert<T>(T item) { return "<" + item + ">"; }
    public override int Weigh<T>(T[] items) { return items.Length * 10; }
}

class GenericVirtualMethods
{
    static void Show(Converter c)
    {
        Console.WriteLine(c.Convert(42) + " " + c.Convert("s") + " " + c.Convert('x') + " " + c.Weigh(new long[3]));
    }

    static void Main()
    {
        IVisitor[] visitors = { new Printer(), new Shouter() };
        foreach (IVisitor v in visitors)
        {
            Console.WriteLine(v.Visit(1) + " / " + v.Visit("two") + " / " + v.Visit(3L));
        }
        Show(new Bracket());
        Show(new Angle());
    }
}

using System;

// Implements contracts that name Gone, and calls what does not: without Gone.dll the types still load (.NET loads
// signatures lazily); only the method that calls Write, whose signature names Gone, throws.
class W : Base, IWriter
{
    public void Write(Gone g) { Console.WriteLine("write"); }
    public string Hello() { return "hello"; }
    public override void Take(Gone g) { }
    public override string Name() { return "w"; }
}

class Implementer
{
    static void Main()
    {
        IWriter w = new W();
        Console.WriteLine(w.Hello());
        Base b = new W();
        Console.WriteLine(b.Name());
        try { CallWrite(w); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
    }

    static void CallWrite(IWriter w) { w.Write(null); }
}

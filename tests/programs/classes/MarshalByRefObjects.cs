// Found by mono's mcs tests test-258 and test-324: classes derived from MarshalByRefObject (with interfaces, virtual
// members and a MemberwiseClone of their own) behave as any class; remoting's lifetime service is not supported.
using System;

interface IGreeter { string Greet(string who); }

class Service : MarshalByRefObject, IGreeter
{
    public int Calls;
    public virtual string Greet(string who) { Calls++; return "hello " + who; }
    public Service Copy() { return (Service)MemberwiseClone(); }
}

sealed class LoudService : Service
{
    public override string Greet(string who) { return base.Greet(who).ToUpper(); }
}

static class Program
{
    static int Main()
    {
        IGreeter g = new LoudService();
        Console.WriteLine(g.Greet("kiln"));
        var s = new Service();
        s.Greet("a"); s.Greet("b");
        Service c = s.Copy();
        c.Greet("c");
        Console.WriteLine(s.Calls + " " + c.Calls + " " + (c is MarshalByRefObject) + " " + ReferenceEquals(s, c));
        MarshalByRefObject m = s;
        Console.WriteLine(m is IGreeter);
        return 0;
    }
}

// System.ComponentModel.Design's ServiceContainer (the namespace mono's mcs test test-478 imports): services by
// type, as instances or callbacks that make them on first request (once), the container itself as its default
// services, a parent asked for what a child lacks, promotion to the parent, checks on what is added, and Dispose
// disposing the services it holds.
using System;
using System.ComponentModel.Design;

interface IGreeter { string Greet(string name); }

class Greeter : IGreeter, IDisposable
{
    readonly string prefix;
    public Greeter(string prefix) { this.prefix = prefix; }
    public string Greet(string name) { return prefix + ", " + name; }
    public void Dispose() { Console.WriteLine("disposed greeter " + prefix); }
}

interface IClock { int Now { get; } }

class FixedClock : IClock { public int Now { get { return 1200; } } }

class Program
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine("{0}: ok", what); }
        catch (ArgumentException e) { Console.WriteLine("{0}: {1} ({2})", what, e.GetType().Name, e.ParamName); }
    }

    static void Main()
    {
        var parent = new ServiceContainer();
        var child = new ServiceContainer(parent);
        Console.WriteLine("default services: {0} {1} {2}", parent.GetService(typeof(IServiceContainer)) == parent,
            child.GetService(typeof(ServiceContainer)) == child, child.GetService(typeof(IServiceProvider)) == null);

        parent.AddService(typeof(IGreeter), new Greeter("Hello"));
        Console.WriteLine("child asks parent: {0}", ((IGreeter)child.GetService(typeof(IGreeter))).Greet("Ada"));
        child.AddService(typeof(IGreeter), new Greeter("Hi"));
        Console.WriteLine("child's own: {0}", ((IGreeter)child.GetService(typeof(IGreeter))).Greet("Ada"));

        int made = 0;
        child.AddService(typeof(IClock), (container, type) => { made++; return new FixedClock(); });
        var first = (IClock)child.GetService(typeof(IClock));
        var second = (IClock)child.GetService(typeof(IClock));
        Console.WriteLine("callback: now {0}, made {1}, same {2}", first.Now, made, object.ReferenceEquals(first, second));

        child.AddService(typeof(string), (container, type) => 42);
        Console.WriteLine("callback of the wrong type: {0}", child.GetService(typeof(string)) ?? "null");

        child.AddService(typeof(FixedClock), new FixedClock(), true);
        Console.WriteLine("promoted: parent has it {0}, child finds it {1}", parent.GetService(typeof(FixedClock)) != null, child.GetService(typeof(FixedClock)) != null);
        child.RemoveService(typeof(FixedClock), true);
        Console.WriteLine("removed from parent: {0}", parent.GetService(typeof(FixedClock)) ?? "null");

        Try("add twice", () => child.AddService(typeof(IGreeter), new Greeter("Hey")));
        Try("add the wrong type", () => child.AddService(typeof(IClock), "not a clock"));
        Try("add null type", () => child.AddService(null, new FixedClock()));
        Try("add null instance", () => child.AddService(typeof(IClock), (object)null));
        Try("add null callback", () => child.AddService(typeof(IClock), (ServiceCreatorCallback)null));
        Try("remove null", () => child.RemoveService(null));

        child.RemoveService(typeof(IGreeter));
        Console.WriteLine("after removing the child's: {0}", ((IGreeter)child.GetService(typeof(IGreeter))).Greet("Ada"));
        child.AddService(typeof(IGreeter), new Greeter("Yo"));
        child.Dispose();
        Console.WriteLine("after Dispose the child answers from its parent: {0}", ((IGreeter)child.GetService(typeof(IGreeter))).Greet("Ada"));
        parent.Dispose();
    }
}

using System;
using System.Threading;

class Widget
{
    public static int Created;
    public int Id;
    public Widget() { Id = ++Created; Console.WriteLine("Widget constructed " + Id); }
    public override string ToString() { return "Widget#" + Id; }
}

class Counter
{
    int calls;
    public int Next() { calls++; Console.WriteLine("factory call " + calls); if (calls == 1) throw new InvalidOperationException("first call fails"); return calls * 10; }
}

class LazyValues
{
    static Lazy<int> s_self;

    static int Compute() { Console.WriteLine("computing"); return 42; }

    static int Recursive() { return s_self.Value + 1; }

    static void Main()
    {
        Lazy<int> lazy = new Lazy<int>(Compute);
        Console.WriteLine("created: " + lazy.IsValueCreated + " " + lazy);
        Console.WriteLine("value: " + lazy.Value);
        Console.WriteLine("created: " + lazy.IsValueCreated + " " + lazy);
        Console.WriteLine("again: " + lazy.Value);

        Lazy<Widget> widget = new Lazy<Widget>();
        Console.WriteLine("widget created: " + widget.IsValueCreated);
        Console.WriteLine(widget.Value + " " + widget.Value.Id + " " + widget.IsValueCreated);

        Lazy<Widget> safe = new Lazy<Widget>(true);
        Lazy<Widget> unsafeLazy = new Lazy<Widget>(false);
        Console.WriteLine(safe.Value + " " + unsafeLazy.Value);

        Lazy<string> text = new Lazy<string>(() => "hello".ToUpper(), LazyThreadSafetyMode.ExecutionAndPublication);
        Console.WriteLine(text.Value + " " + text.Value.Length);

        Counter counter = new Counter();
        Lazy<int> failing = new Lazy<int>(counter.Next);
        for (int i = 0; i < 2; i++)
        {
            try { Console.WriteLine(failing.Value); }
            catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message + " created " + failing.IsValueCreated); }
        }

        Counter counter2 = new Counter();
        Lazy<int> retrying = new Lazy<int>(counter2.Next, LazyThreadSafetyMode.PublicationOnly);
        for (int i = 0; i < 2; i++)
        {
            try { Console.WriteLine("retrying: " + retrying.Value); }
            catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); }
        }

        s_self = new Lazy<int>(Recursive);
        try { Console.WriteLine(s_self.Value); }
        catch (InvalidOperationException e) { Console.WriteLine("recursive: " + e.GetType().Name); }

        try { new Lazy<int>((Func<int>)null); } catch (ArgumentNullException e) { Console.WriteLine("null factory: " + e.GetType().Name); }

        Lazy<int> defaultInt = new Lazy<int>();
        Console.WriteLine(defaultInt.Value + " " + defaultInt.IsValueCreated);
        Lazy<Widget> noneMode = new Lazy<Widget>(LazyThreadSafetyMode.None);
        Console.WriteLine(noneMode.IsValueCreated + " " + noneMode.Value);

        Widget target = null;
        Widget first = LazyInitializer.EnsureInitialized(ref target);
        Widget second = LazyInitializer.EnsureInitialized(ref target);
        Console.WriteLine((first == second) + " " + target);
        string name = null;
        LazyInitializer.EnsureInitialized(ref name, () => "initialized");
        LazyInitializer.EnsureInitialized(ref name, () => "twice");
        Console.WriteLine(name);
    }
}

// expect-stdout-file: ThreadLocalBasics.out
// Mono's NullReferenceException and ArgumentNullException messages differ from .NET's (no final period; "Parameter
// name:" on a second line); the .out file has .NET's, the rest is Mono's output unchanged.
// ThreadLocal<T> on one thread: values with and without a factory, IsValueCreated, Values, ToString, Dispose.
using System;
using System.Collections.Generic;
using System.Threading;

class ThreadLocalBasics
{
    static void Try(string what, Action action)
    {
        try { action(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message.Replace(Environment.NewLine, " | ")); }
    }

    static int Main()
    {
        var plain = new ThreadLocal<int>();
        Console.WriteLine("created before: " + plain.IsValueCreated);
        Console.WriteLine("default: " + plain.Value);
        Console.WriteLine("created after read: " + plain.IsValueCreated);
        plain.Value = 17;
        Console.WriteLine("set: " + plain.Value + " " + plain);

        int calls = 0;
        var made = new ThreadLocal<string>(() => { calls++; return "made " + calls; });
        Console.WriteLine(made.IsValueCreated + " " + made.Value + " " + made.Value + " calls=" + calls + " " + made.IsValueCreated);
        made.Value = null;
        Console.WriteLine("null value: " + (made.Value == null) + " created=" + made.IsValueCreated);
        Try("ToString of null", () => made.ToString());

        var setFirst = new ThreadLocal<string>(() => "factory");
        setFirst.Value = "set first";
        Console.WriteLine(setFirst.Value);

        Try("Values untracked", () => { var v = plain.Values; });
        var tracked = new ThreadLocal<int>(() => 5, true);
        Console.WriteLine("values before: " + tracked.Values.Count);
        tracked.Value += 1;
        IList<int> values = tracked.Values;
        Console.WriteLine("values after: " + values.Count + " [" + string.Join(",", values) + "]");

        int attempts = 0;
        var failing = new ThreadLocal<int>(() => { attempts++; throw new InvalidOperationException("factory failed " + attempts); });
        Try("failing factory", () => { var x = failing.Value; });
        Try("failing factory again", () => { var x = failing.Value; });
        Console.WriteLine("created after failure: " + failing.IsValueCreated);

        ThreadLocal<int> recursive = null;
        int depth = 0;
        recursive = new ThreadLocal<int>(() => { depth++; return depth < 2 ? recursive.Value + 1 : 40; });
        Try("recursive factory", () => { var x = recursive.Value; });
        Console.WriteLine("recursive created: " + recursive.IsValueCreated + " value " + recursive.Value);

        Try("null factory", () => new ThreadLocal<int>(null));

        plain.Dispose();
        plain.Dispose();
        Try("Value after Dispose", () => { var x = plain.Value; });
        Try("set Value after Dispose", () => { plain.Value = 3; });
        Try("IsValueCreated after Dispose", () => { var x = plain.IsValueCreated; });
        Try("ToString after Dispose", () => plain.ToString());
        tracked.Dispose();
        Try("Values after Dispose", () => { var v = tracked.Values; });

        // an id freed by Dispose is reused: the new instance must not see the old one's value
        var many = new List<ThreadLocal<int>>();
        for (int i = 0; i < 40; i++) { var t = new ThreadLocal<int>(); t.Value = i; many.Add(t); }
        int sum = 0;
        foreach (var t in many) sum += t.Value;
        for (int i = 0; i < 40; i += 2) many[i].Dispose();
        var fresh = new ThreadLocal<int>(() => -1);
        Console.WriteLine("sum " + sum + ", fresh " + fresh.Value + " " + fresh.IsValueCreated);
        int rest = 0;
        for (int i = 1; i < 40; i += 2) rest += many[i].Value;
        Console.WriteLine("rest " + rest);

        var boxes = new ThreadLocal<List<string>>(() => new List<string>());
        for (int i = 0; i < 3; i++) boxes.Value.Add("item" + i);
        GC.Collect();
        Console.WriteLine(string.Join(" ", boxes.Value));
        return 0;
    }
}

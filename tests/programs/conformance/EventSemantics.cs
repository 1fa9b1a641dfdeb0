// Self-checking: field-like events, custom add/remove accessors, event raising patterns, static events.
using System;
using System.Collections.Generic;

class EventArgsWithValue : EventArgs
{
    public int Value;
    public EventArgsWithValue(int v) { Value = v; }
}

class Publisher
{
    public event EventHandler<EventArgsWithValue> Changed;
    public event Action Simple;
    private readonly List<Action<string>> handlers = new List<Action<string>>();
    public int AddCalls, RemoveCalls;

    public event Action<string> Custom
    {
        add { AddCalls++; handlers.Add(value); }
        remove { RemoveCalls++; handlers.Remove(value); }
    }

    public static event Func<int, int> Transform;

    public void Raise(int v)
    {
        var h = Changed;
        if (h != null) h(this, new EventArgsWithValue(v));
    }

    public void RaiseSimple() { Simple?.Invoke(); }
    public void RaiseCustom(string s) { foreach (var h in handlers) h(s); }
    public int HandlerCount { get { return Changed == null ? 0 : Changed.GetInvocationList().Length; } }
    public static int ApplyTransform(int x) { return Transform == null ? x : Transform(x); }
}

class EventSemantics
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int Main()
    {
        var p = new Publisher();
        string log = "";
        EventHandler<EventArgsWithValue> first = (s, e) => log += "first" + e.Value + ";";
        EventHandler<EventArgsWithValue> second = (s, e) => log += "second" + e.Value + ";";
        p.Raise(0);
        Check("no handlers", log, "");
        p.Changed += first;
        p.Changed += second;
        p.Raise(1);
        Check("two handlers in order", log, "first1;second1;");
        Check("count", p.HandlerCount.ToString(), "2");
        log = "";
        p.Changed -= first;
        p.Raise(2);
        Check("after removal", log, "second2;");
        p.Changed -= first;
        Check("removing absent is harmless", p.HandlerCount.ToString(), "1");
        p.Changed -= second;
        Check("all removed", p.HandlerCount.ToString(), "0");

        // sender is the publisher
        object sender = null;
        p.Changed += (s, e) => sender = s;
        p.Raise(3);
        Check("sender", ReferenceEquals(sender, p).ToString(), "True");

        // null-conditional raise
        int simple = 0;
        p.RaiseSimple();
        p.Simple += () => simple++;
        p.RaiseSimple();
        p.RaiseSimple();
        Check("simple event", simple.ToString(), "2");

        // custom accessors
        string got = "";
        Action<string> h1 = s => got += "[" + s + "]";
        p.Custom += h1;
        p.Custom += h1;
        p.RaiseCustom("x");
        p.Custom -= h1;
        p.RaiseCustom("y");
        Check("custom accessors", got, "[x][x][y]");
        Check("accessor calls", p.AddCalls + "/" + p.RemoveCalls, "2/1");

        // static events
        Check("no transform", Publisher.ApplyTransform(5).ToString(), "5");
        Publisher.Transform += v => v * 2;
        Publisher.Transform += v => v + 100;
        Check("last handler result", Publisher.ApplyTransform(5).ToString(), "105");

        // handler unsubscribing itself during raise: the current invocation list is a snapshot
        var q = new Publisher();
        string order = "";
        EventHandler<EventArgsWithValue> once = null;
        once = (s, e) => { order += "once;"; q.Changed -= once; };
        q.Changed += once;
        q.Changed += (s, e) => order += "always;";
        q.Raise(1);
        q.Raise(2);
        Check("self-unsubscribe", order, "once;always;always;");

        // many subscribers
        var r = new Publisher();
        int total = 0;
        for (int i = 1; i <= 10; i++) { int k = i; r.Changed += (s, e) => total += k * e.Value; }
        r.Raise(2);
        Check("ten subscribers", total.ToString(), "110");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}

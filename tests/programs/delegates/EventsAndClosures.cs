// Delegates, events and lambdas: subscribing and unsubscribing handlers, multicast order and return values,
// custom event accessors, EventHandler<T>, closures over loop variables (for vs foreach), captured counters,
// method groups, delegate equality and invocation lists.
using System;
using System.Collections.Generic;

class PriceChangedEventArgs : EventArgs
{
    public decimal Old, New;
    public PriceChangedEventArgs(decimal o, decimal n) { Old = o; New = n; }
}

class Stock
{
    decimal price;
    public string Symbol { get; private set; }
    public event EventHandler<PriceChangedEventArgs> PriceChanged;
    readonly List<Action<string>> auditors = new List<Action<string>>();
    public event Action<string> Audit
    {
        add { auditors.Add(value); Console.WriteLine("  audit subscriber added (" + auditors.Count + ")"); }
        remove { auditors.Remove(value); Console.WriteLine("  audit subscriber removed (" + auditors.Count + ")"); }
    }
    public Stock(string symbol, decimal price) { Symbol = symbol; this.price = price; }
    public decimal Price
    {
        get { return price; }
        set
        {
            if (value == price) return;
            decimal old = price;
            price = value;
            var handler = PriceChanged;
            if (handler != null) handler(this, new PriceChangedEventArgs(old, value));
            foreach (var a in auditors) a(Symbol + "->" + value);
        }
    }
}

class Logger
{
    public readonly List<string> Lines = new List<string>();
    public string Prefix = "log";
    public void OnPrice(object sender, PriceChangedEventArgs e) { Lines.Add(Prefix + ":" + ((Stock)sender).Symbol + " " + e.Old + "=>" + e.New); }
    public static int Twice(int x) { return 2 * x; }
    public int AddPrefixLength(int x) { return x + Prefix.Length; }
}

class EventsAndClosures
{
    delegate int Transform(int x);

    static int Main()
    {
        var stock = new Stock("KLN", 10m);
        var logger = new Logger();
        int changes = 0;
        EventHandler<PriceChangedEventArgs> counter = (s, e) => changes++;
        stock.PriceChanged += logger.OnPrice;
        stock.PriceChanged += counter;
        stock.PriceChanged += (s, e) => { if (e.New > e.Old * 1.5m) Console.WriteLine("  spike to " + e.New); };
        Action<string> audit = msg => Console.WriteLine("  audit " + msg);
        stock.Audit += audit;
        stock.Price = 11m;
        stock.Price = 11m;
        stock.Price = 20m;
        stock.PriceChanged -= counter;
        stock.PriceChanged -= logger.OnPrice;
        stock.Audit -= audit;
        stock.Price = 5m;
        Console.WriteLine("changes " + changes + " log: " + string.Join(" | ", logger.Lines));

        // multicast delegates: every target runs, the last return value wins
        Transform chain = Logger.Twice;
        chain += x => x + 100;
        chain += new Logger { Prefix = "abc" }.AddPrefixLength;
        Console.WriteLine("multicast result " + chain(5) + " targets " + chain.GetInvocationList().Length);
        foreach (Transform t in chain.GetInvocationList()) Console.Write(t(1) + " ");
        Console.WriteLine();
        chain -= Logger.Twice;
        Console.WriteLine("after removal " + chain(5) + " targets " + chain.GetInvocationList().Length);
        Transform a1 = Logger.Twice, a2 = Logger.Twice;
        Console.WriteLine("equal method groups " + (a1 == a2) + " " + a1.Equals(a2) + " combined equal " + ((a1 + a2) == (a2 + a1)));
        Transform none = null;
        none += Logger.Twice;
        none -= Logger.Twice;
        Console.WriteLine("emptied is null " + (none == null));

        // closures over loop variables
        var forActions = new List<Func<int>>();
        for (int i = 0; i < 3; i++) forActions.Add(() => i);
        var foreachActions = new List<Func<int>>();
        foreach (int i in new[] { 0, 1, 2 }) foreachActions.Add(() => i);
        var copied = new List<Func<int>>();
        for (int i = 0; i < 3; i++) { int copy = i; copied.Add(() => copy * 10); }
        Console.Write("for:");
        foreach (var f in forActions) Console.Write(" " + f());
        Console.Write(" foreach:");
        foreach (var f in foreachActions) Console.Write(" " + f());
        Console.Write(" copy:");
        foreach (var f in copied) Console.Write(" " + f());
        Console.WriteLine();

        // shared captured state
        int count = 0;
        Action inc = () => count++;
        Func<int> read = () => count;
        inc(); inc(); inc();
        count += 10;
        Console.WriteLine("shared counter " + read());
        Func<Func<int>> makeCounter = () => { int local = 0; return () => ++local; };
        var c1 = makeCounter();
        var c2 = makeCounter();
        c1(); c1();
        Console.WriteLine("independent counters " + c1() + " " + c2());

        // higher-order functions and composition
        Func<int, int> addOne = x => x + 1, square = x => x * x;
        Func<Func<int, int>, Func<int, int>, Func<int, int>> compose = (f, g) => x => g(f(x));
        Console.WriteLine("compose " + compose(addOne, square)(3) + " " + compose(square, addOne)(3));
        Predicate<string> isLong = s => s.Length > 4;
        var words = new List<string> { "tiny", "enormous", "mid", "gigantic" };
        Console.WriteLine("predicate " + string.Join(",", words.FindAll(isLong)) + " converter " + string.Join(",", words.ConvertAll(new Converter<string, int>(s => s.Length))));
        Comparison<string> byLast = (x, y) => x[x.Length - 1].CompareTo(y[y.Length - 1]);
        words.Sort(byLast);
        Console.WriteLine("sorted by last char " + string.Join(",", words));
        Action<string, int> repeat = delegate (string s, int n) { for (int i = 0; i < n; i++) Console.Write(s); Console.WriteLine(); };
        repeat("=-", 5);
        var handlers = new Dictionary<string, Func<double, double, double>>
        {
            { "+", (x, y) => x + y }, { "-", (x, y) => x - y }, { "*", (x, y) => x * y }, { "/", (x, y) => x / y },
        };
        foreach (var op in new[] { "+", "-", "*", "/" }) Console.Write("6" + op + "4=" + handlers[op](6, 4) + " ");
        Console.WriteLine();
        Func<int, int> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine("recursive lambda " + fact(10));
        return 100;
    }
}

// An inventory service: products in a dictionary, stock movements recorded through events, validation with
// custom exceptions, reorder reports with LINQ and formatted output, and a replay of the movement log.
using System;
using System.Collections.Generic;
using System.Linq;

enum MovementKind { Receive, Ship, Adjust }

class Movement
{
    public int Seq; public string Sku; public MovementKind Kind; public int Quantity;
    public override string ToString() { return string.Format("#{0:D3} {1,-7} {2,-6} {3,5:+#;-#;0}", Seq, Kind, Sku, Quantity); }
}

class StockException : Exception
{
    public string Sku { get; private set; }
    public StockException(string sku, string message) : base(sku + ": " + message) { Sku = sku; }
}

class Product
{
    public string Sku, Name; public decimal Cost; public int OnHand, ReorderPoint;
    public decimal Value { get { return Cost * OnHand; } }
}

class Inventory
{
    readonly Dictionary<string, Product> products = new Dictionary<string, Product>(StringComparer.OrdinalIgnoreCase);
    readonly List<Movement> log = new List<Movement>();
    int seq;
    public event Action<Movement> Moved;
    public event Action<Product> BelowReorder;

    public void Register(string sku, string name, decimal cost, int reorder)
    {
        if (products.ContainsKey(sku)) throw new StockException(sku, "already registered");
        products.Add(sku, new Product { Sku = sku.ToUpperInvariant(), Name = name, Cost = cost, ReorderPoint = reorder });
    }

    public void Apply(string sku, MovementKind kind, int qty)
    {
        Product p;
        if (!products.TryGetValue(sku, out p)) throw new StockException(sku, "unknown product");
        if (qty <= 0 && kind != MovementKind.Adjust) throw new ArgumentOutOfRangeException("qty", "quantity must be positive");
        int delta = kind == MovementKind.Ship ? -qty : qty;
        if (p.OnHand + delta < 0) throw new StockException(p.Sku, "only " + p.OnHand + " on hand, cannot ship " + qty);
        bool wasAbove = p.OnHand > p.ReorderPoint;
        p.OnHand += delta;
        var m = new Movement { Seq = ++seq, Sku = p.Sku, Kind = kind, Quantity = delta };
        log.Add(m);
        if (Moved != null) Moved(m);
        if (wasAbove && p.OnHand <= p.ReorderPoint && BelowReorder != null) BelowReorder(p);
    }

    public IEnumerable<Product> Products { get { return products.Values; } }
    public IReadOnlyList<Movement> Log { get { return log; } }
}

class InventoryLedger
{
    static int Main()
    {
        var inv = new Inventory();
        int events = 0;
        inv.Moved += m => events++;
        inv.BelowReorder += p => Console.WriteLine("  ! reorder " + p.Sku + " (" + p.OnHand + " <= " + p.ReorderPoint + ")");
        inv.Register("w-100", "Widget", 2.50m, 20);
        inv.Register("g-200", "Gadget", 12.00m, 5);
        inv.Register("s-300", "Sprocket", 0.75m, 100);
        try { inv.Register("W-100", "Dup", 1m, 1); } catch (StockException e) { Console.WriteLine("error: " + e.Message); }

        var script = new[]
        {
            Tuple.Create("w-100", MovementKind.Receive, 50), Tuple.Create("g-200", MovementKind.Receive, 8), Tuple.Create("s-300", MovementKind.Receive, 400),
            Tuple.Create("W-100", MovementKind.Ship, 31), Tuple.Create("g-200", MovementKind.Ship, 10), Tuple.Create("x-999", MovementKind.Ship, 1),
            Tuple.Create("g-200", MovementKind.Ship, 4), Tuple.Create("s-300", MovementKind.Ship, 0), Tuple.Create("s-300", MovementKind.Adjust, -305),
            Tuple.Create("w-100", MovementKind.Receive, 5),
        };
        foreach (var step in script)
        {
            try { inv.Apply(step.Item1, step.Item2, step.Item3); }
            catch (StockException e) { Console.WriteLine("rejected: " + e.Message); }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine("invalid: " + e.ParamName); }
        }
        Console.WriteLine("movements " + inv.Log.Count + " events " + events);
        foreach (var m in inv.Log) Console.WriteLine(m);

        Console.WriteLine("{0,-6} {1,-9} {2,6} {3,8} {4,10}", "SKU", "Name", "OnHand", "Cost", "Value");
        foreach (var p in inv.Products.OrderByDescending(p => p.Value).ThenBy(p => p.Sku))
            Console.WriteLine("{0,-6} {1,-9} {2,6} {3,8:C} {4,10:N2}", p.Sku, p.Name, p.OnHand, p.Cost, p.Value);
        Console.WriteLine("total value " + inv.Products.Sum(p => p.Value).ToString("N2") + " low stock: " + string.Join(", ", inv.Products.Where(p => p.OnHand <= p.ReorderPoint).Select(p => p.Sku)));
        var bySku = inv.Log.GroupBy(m => m.Sku).Select(g => g.Key + " in=" + g.Where(m => m.Quantity > 0).Sum(m => m.Quantity) + " out=" + -g.Where(m => m.Quantity < 0).Sum(m => m.Quantity));
        Console.WriteLine(string.Join(" | ", bySku));
        var replay = new Dictionary<string, int>();
        foreach (var m in inv.Log) { int n; replay.TryGetValue(m.Sku, out n); replay[m.Sku] = n + m.Quantity; }
        Console.WriteLine("replay matches " + inv.Products.All(p => replay[p.Sku] == p.OnHand));
        Console.WriteLine("kinds " + string.Join(", ", inv.Log.GroupBy(m => m.Kind).OrderBy(g => g.Key).Select(g => g.Key + "=" + g.Count())));
        return 100;
    }
}

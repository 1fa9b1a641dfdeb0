// A generic repository layer: constraints (class, new(), interface, base class), generic interfaces with
// covariance and contravariance, generic methods with inference, nested generic collections, default(T) and
// a static per-type id counter.
using System;
using System.Collections.Generic;
using System.Linq;

interface IEntity { int Id { get; set; } }
interface IRepository<T> where T : class, IEntity
{
    T Add(T item);
    T Find(int id);
    IEnumerable<T> Where(Func<T, bool> predicate);
    int Count { get; }
}
interface IReadOnlySource<out T> { T Get(int i); int Size { get; } }
interface ISink<in T> { void Put(T item); }

abstract class Entity : IEntity
{
    public int Id { get; set; }
    public override string ToString() { return GetType().Name + "#" + Id; }
}
class Customer : Entity { public string Name = ""; public override string ToString() { return base.ToString() + "(" + Name + ")"; } }
class VipCustomer : Customer { public int Level; }
class Product : Entity { public decimal Price; }

static class IdSource<T>
{
    static int next;
    public static int Next() { return ++next; }
}

class MemoryRepository<T> : IRepository<T>, IReadOnlySource<T> where T : class, IEntity, new()
{
    readonly Dictionary<int, T> items = new Dictionary<int, T>();
    public T Add(T item)
    {
        if (item.Id == 0) item.Id = IdSource<T>.Next();
        items.Add(item.Id, item);
        return item;
    }
    public T Create(Action<T> init) { var t = new T(); init(t); return Add(t); }
    public T Find(int id) { T t; return items.TryGetValue(id, out t) ? t : default(T); }
    public IEnumerable<T> Where(Func<T, bool> predicate) { return items.Values.Where(predicate); }
    public int Count { get { return items.Count; } }
    public T Get(int i) { return items.Values.ElementAt(i); }
    public int Size { get { return items.Count; } }
}

class Collector<T> : ISink<T>
{
    public readonly List<T> Items = new List<T>();
    public void Put(T item) { Items.Add(item); }
}

static class Util
{
    public static TResult[] Map<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> f)
    {
        var list = new List<TResult>();
        foreach (var s in source) list.Add(f(s));
        return list.ToArray();
    }
    public static T MaxBy<T, TKey>(IEnumerable<T> source, Func<T, TKey> key) where TKey : IComparable<TKey>
    {
        T best = default(T);
        TKey bestKey = default(TKey);
        bool first = true;
        foreach (var s in source)
        {
            TKey k = key(s);
            if (first || k.CompareTo(bestKey) > 0) { best = s; bestKey = k; first = false; }
        }
        return best;
    }
    public static void CopyAll<T>(IReadOnlySource<T> from, ISink<T> to) { for (int i = 0; i < from.Size; i++) to.Put(from.Get(i)); }
    public static Dictionary<TKey, List<TValue>> GroupInto<TKey, TValue>(IEnumerable<TValue> items, Func<TValue, TKey> key)
    {
        var d = new Dictionary<TKey, List<TValue>>();
        foreach (var v in items)
        {
            List<TValue> l;
            if (!d.TryGetValue(key(v), out l)) d[key(v)] = l = new List<TValue>();
            l.Add(v);
        }
        return d;
    }
    public static T OrDefault<T>(T value, T fallback) where T : class { return value ?? fallback; }
    public static bool IsDefault<T>(T value) { return EqualityComparer<T>.Default.Equals(value, default(T)); }
}

class GenericRepository
{
    static int Main()
    {
        var customers = new MemoryRepository<Customer>();
        customers.Create(c => c.Name = "ann");
        customers.Create(c => c.Name = "bob");
        customers.Add(new VipCustomer { Name = "cyd", Level = 3 });
        customers.Add(new Customer { Id = 100, Name = "dee" });
        var products = new MemoryRepository<Product>();
        products.Create(p => p.Price = 9.99m);
        products.Create(p => p.Price = 1.25m);
        Console.WriteLine("counts " + customers.Count + " " + products.Count + " next ids " + IdSource<Customer>.Next() + " " + IdSource<Product>.Next());
        Console.WriteLine("find " + customers.Find(2) + " " + customers.Find(100) + " missing " + (customers.Find(55) == null));
        Console.WriteLine("where " + string.Join(", ", customers.Where(c => c.Name.Contains("d"))));
        Console.WriteLine("vip " + string.Join(", ", customers.Where(c => c is VipCustomer).Cast<VipCustomer>().Select(v => v.Name + " level " + v.Level)));

        IRepository<Customer> repo = customers;
        IReadOnlySource<Entity> covariant = customers;
        IReadOnlySource<object> moreCovariant = products;
        Console.WriteLine("covariant " + covariant.Get(0) + " " + moreCovariant.Get(1) + " sizes " + covariant.Size + " " + repo.Count);
        var sink = new Collector<Entity>();
        ISink<Customer> contravariant = sink;
        contravariant.Put(new Customer { Id = 7, Name = "via sink" });
        Util.CopyAll<Entity>(customers, sink);
        Util.CopyAll(products, (ISink<Product>)sink);
        Console.WriteLine("sink " + sink.Items.Count + " first " + sink.Items[0] + " last " + sink.Items[sink.Items.Count - 1]);

        string[] names = Util.Map(customers.Where(c => true), c => c.Name.ToUpper());
        int[] lengths = Util.Map(names, n => n.Length);
        Console.WriteLine("map " + string.Join(",", names) + " " + string.Join(",", lengths));
        Console.WriteLine("maxby " + Util.MaxBy(products.Where(p => true), p => p.Price) + " " + Util.MaxBy(names, n => n) + " " + Util.MaxBy(new[] { 3, 9, 2 }, x => -x));
        var byInitial = Util.GroupInto(new[] { "apple", "avocado", "banana", "blueberry", "cherry" }, s => s[0]);
        foreach (var kv in byInitial) Console.Write(kv.Key + "=" + string.Join("/", kv.Value) + " ");
        Console.WriteLine();
        var nested = new Dictionary<string, Dictionary<int, List<Tuple<string, decimal>>>>();
        nested["q1"] = new Dictionary<int, List<Tuple<string, decimal>>> { { 1, new List<Tuple<string, decimal>> { Tuple.Create("a", 1.5m), Tuple.Create("b", 2m) } } };
        nested["q1"][2] = new List<Tuple<string, decimal>> { Tuple.Create("c", 10m) };
        Console.WriteLine("nested " + nested["q1"].Sum(kv => kv.Value.Sum(t => t.Item2)) + " " + nested["q1"][1][1].Item1);
        Console.WriteLine("defaults " + Util.OrDefault(null, "fallback") + " " + Util.IsDefault(0) + Util.IsDefault(5) + Util.IsDefault<string>(null) + Util.IsDefault(default(DateTime)) + Util.IsDefault(0.0m));
        var pairs = new List<KeyValuePair<string, int>> { new KeyValuePair<string, int>("x", 1) };
        var lookup = pairs.ToDictionary(p => p.Key, p => new List<int> { p.Value, p.Value * 2 });
        Console.WriteLine("kv " + lookup["x"].Sum() + " " + pairs[0]);
        return 100;
    }
}

using System;

struct Box<T>
{
    public T Value;
    public bool HasValue;
    public Box(T v) { Value = v; HasValue = true; }
    public T GetOr(T fallback) { return HasValue ? Value : fallback; }
}

struct KeyValue<K, V>
{
    public K Key; public V Val;
    public KeyValue(K k, V v) { Key = k; Val = v; }
    public KeyValue<V, K> Swap() { return new KeyValue<V, K>(Val, Key); }
}

class GenericStructs
{
    static void Main()
    {
        Box<int> bi = new Box<int>(5);
        Box<int> none = new Box<int>();
        Console.WriteLine(bi.GetOr(-1) + " " + none.GetOr(-1));
        Box<string> bs = new Box<string>("hi");
        Box<string> ns = default(Box<string>);
        Console.WriteLine(bs.GetOr("none") + " " + ns.GetOr("none"));
        Box<long> bl = new Box<long>(1L << 40);
        Console.WriteLine(bl.Value);
        KeyValue<int, string> kv = new KeyValue<int, string>(3, "three");
        KeyValue<string, int> sw = kv.Swap();
        Console.WriteLine(sw.Key + "=" + sw.Val);
        Box<KeyValue<int, string>> nested = new Box<KeyValue<int, string>>(kv);
        Console.WriteLine(nested.Value.Val + nested.Value.Key);
        Box<Box<int>> bb = new Box<Box<int>>(bi);
        bb.Value.Value = 99;
        Console.WriteLine(bb.Value.Value + " " + bi.Value);
    }
}

// WeakReference, WeakReference<T> and ConditionalWeakTable: targets are cleared once unreachable and kept while
// reachable; a table's entries die with their keys (their values are let go too) and live while their keys do.
using System;
using System.Runtime.CompilerServices;

class Payload
{
    public int Id;
    public byte[] Bulk = new byte[256];
    public Payload() { }
    public Payload(int id) { Id = id; }
}

static class WeakReferences
{
    const int N = 200;
    static Payload[] strong = new Payload[N];
    static WeakReference[] weak = new WeakReference[N];
    static WeakReference<Payload>[] weakT = new WeakReference<Payload>[N];
    static ConditionalWeakTable<object, Payload> table = new ConditionalWeakTable<object, Payload>();
    static object[] keys = new object[N];
    static WeakReference[] values = new WeakReference[N];

    static void Fill()
    {
        for (int i = 0; i < N; i++)
        {
            Payload p = new Payload(i);
            weak[i] = new WeakReference(p, i % 2 == 0);
            weakT[i] = new WeakReference<Payload>(new Payload(i));
            if (i % 2 == 0) strong[i] = p;
            object key = new object();
            Payload value = new Payload(i);
            table.Add(key, value);
            values[i] = new WeakReference(value);
            if (i % 2 == 0) keys[i] = key;
        }
    }

    static void Main()
    {
        Fill();
        GC.Collect();
        int keptAlive = 0, cleared = 0, clearedT = 0;
        for (int i = 0; i < N; i++)
        {
            if (i % 2 == 0 && weak[i].IsAlive && weak[i].Target == strong[i]) keptAlive++;
            if (i % 2 == 1 && !weak[i].IsAlive && weak[i].Target == null) cleared++;
            Payload t;
            if (!weakT[i].TryGetTarget(out t)) clearedT++;
        }
        Console.WriteLine("reachable targets kept: " + (keptAlive == N / 2));
        Console.WriteLine("unreachable targets cleared: " + (cleared > N / 2 - 5));
        Console.WriteLine("WeakReference<T> targets cleared: " + (clearedT > N - 10));
        Console.WriteLine("track resurrection: " + weak[0].TrackResurrection + " " + weak[1].TrackResurrection);

        Payload other = new Payload(-1);
        weakT[0].SetTarget(other);
        Payload back;
        Console.WriteLine("SetTarget: " + (weakT[0].TryGetTarget(out back) && back == other));
        weak[1].Target = other;
        Console.WriteLine("Target set: " + (weak[1].Target == other) + " " + weak[1].IsAlive);
        weak[1].Target = null;
        Console.WriteLine("Target cleared: " + weak[1].IsAlive);

        int found = 0;
        for (int i = 0; i < N; i += 2)
        {
            Payload v;
            if (table.TryGetValue(keys[i], out v) && v.Id == i) found++;
        }
        Console.WriteLine("entries of live keys found: " + (found == N / 2));
        table.Add(new object(), new Payload(-2)); // the table changes after the collection: it drops dead entries
        GC.Collect();
        int valuesGone = 0;
        for (int i = 1; i < N; i += 2)
        {
            if (!values[i].IsAlive) valuesGone++;
        }
        Console.WriteLine("values of dead keys collected: " + (valuesGone > N / 2 - 5));
        int valuesKept = 0;
        for (int i = 0; i < N; i += 2)
        {
            if (values[i].IsAlive) valuesKept++;
        }
        Console.WriteLine("values of live keys kept: " + (valuesKept == N / 2));

        object k = new object();
        Payload created = table.GetValue(k, key => new Payload(42));
        Console.WriteLine("GetValue: " + created.Id + " " + (table.GetValue(k, key => new Payload(43)) == created));
        object k2 = new object();
        Console.WriteLine("GetOrCreateValue: " + table.GetOrCreateValue(k2).Id + " " + (table.GetOrCreateValue(k2) == table.GetOrCreateValue(k2)));
        table.AddOrUpdate(k, new Payload(44));
        Payload updated;
        table.TryGetValue(k, out updated);
        Console.WriteLine("AddOrUpdate: " + updated.Id);
        Console.WriteLine("Remove: " + table.Remove(k) + " " + table.Remove(k));
        Payload missing;
        Console.WriteLine("TryGetValue after Remove: " + table.TryGetValue(k, out missing) + " " + (missing == null));
        try
        {
            table.Add(keys[0], new Payload());
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("Add twice: " + e.GetType().Name);
        }
        try
        {
            table.Add(null, new Payload());
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null key: " + e.GetType().Name);
        }
        GC.KeepAlive(keys);
    }
}

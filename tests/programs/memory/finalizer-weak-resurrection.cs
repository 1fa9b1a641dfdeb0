// Short weak references (WeakReference, WeakReference<T>, GCHandleType.Weak) are cleared when the collector finds their
// target unreachable, before its finalizer runs; long ones (trackResurrection, GCHandleType.WeakTrackResurrection)
// are kept while the finalizer runs, so they still see an object the finalizer resurrected, and are cleared by a later
// collection once the object is really gone. The relations are checked for every object whose finalizer ran; how
// many ran is "at least" (see finalizer-run.cs).
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

class Resurrecting
{
    public static readonly Resurrecting[] Saved = new Resurrecting[Program.N];
    public static readonly int[] ShortClearedInFinalizer = new int[Program.N];
    public readonly int Index;
    public Resurrecting(int index) { Index = index; }
    ~Resurrecting()
    {
        // a short reference is already cleared when the finalizer runs
        if (!Program.ShortRefs[Index].IsAlive) ShortClearedInFinalizer[Index] = 1;
        Saved[Index] = this;
    }
}

class Mortal
{
    public static readonly int[] Finalized = new int[Program.N];
    public readonly int Index;
    public Mortal(int index) { Index = index; }
    ~Mortal() { Finalized[Index] = 1; }
}

static class Program
{
    public const int N = 100;
    public static readonly WeakReference[] ShortRefs = new WeakReference[N];
    static readonly WeakReference[] longRefs = new WeakReference[N];
    static readonly WeakReference<Resurrecting>[] shortTyped = new WeakReference<Resurrecting>[N];
    static readonly WeakReference<Resurrecting>[] longTyped = new WeakReference<Resurrecting>[N];
    static readonly GCHandle[] weakHandles = new GCHandle[N];
    static readonly GCHandle[] trackingHandles = new GCHandle[N];
    static readonly WeakReference[] mortalShort = new WeakReference[N];
    static readonly WeakReference[] mortalLong = new WeakReference[N];

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeResurrecting()
    {
        for (int i = 0; i < N; i++)
        {
            var r = new Resurrecting(i);
            ShortRefs[i] = new WeakReference(r);
            longRefs[i] = new WeakReference(r, true);
            shortTyped[i] = new WeakReference<Resurrecting>(r);
            longTyped[i] = new WeakReference<Resurrecting>(r, true);
            weakHandles[i] = GCHandle.Alloc(r, GCHandleType.Weak);
            trackingHandles[i] = GCHandle.Alloc(r, GCHandleType.WeakTrackResurrection);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeMortal()
    {
        for (int i = 0; i < N; i++)
        {
            var m = new Mortal(i);
            mortalShort[i] = new WeakReference(m);
            mortalLong[i] = new WeakReference(m, true);
        }
    }

    static void CollectAndWait()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    static void Main()
    {
        MakeResurrecting();
        CollectAndWait();
        int ran = 0, shortCleared = 0, shortClearedInside = 0, longSeesIt = 0, typedRight = 0, handlesRight = 0;
        for (int i = 0; i < N; i++)
        {
            Resurrecting saved = Resurrecting.Saved[i];
            if (saved == null) continue;
            ran++;
            if (!ShortRefs[i].IsAlive && ShortRefs[i].Target == null) shortCleared++;
            shortClearedInside += Resurrecting.ShortClearedInFinalizer[i];
            if (longRefs[i].IsAlive && longRefs[i].Target == saved) longSeesIt++;
            Resurrecting s, l;
            if (!shortTyped[i].TryGetTarget(out s) && longTyped[i].TryGetTarget(out l) && l == saved) typedRight++;
            if (weakHandles[i].Target == null && trackingHandles[i].Target == saved) handlesRight++;
        }
        Console.WriteLine("resurrecting finalizers ran: " + (ran >= N - 10));
        Console.WriteLine("short references cleared: " + (shortCleared == ran));
        Console.WriteLine("... already inside the finalizer: " + (shortClearedInside == ran));
        Console.WriteLine("long references see the resurrected object: " + (longSeesIt == ran));
        Console.WriteLine("WeakReference<T> short cleared, long kept: " + (typedRight == ran));
        Console.WriteLine("GCHandle Weak cleared, WeakTrackResurrection kept: " + (handlesRight == ran));
        Console.WriteLine("track resurrection: " + longRefs[0].TrackResurrection + " " + ShortRefs[0].TrackResurrection);

        MakeMortal();
        CollectAndWait();
        int finalized = 0, longAfterFinalizer = 0;
        for (int i = 0; i < N; i++)
        {
            if (Mortal.Finalized[i] == 0) continue;
            finalized++;
            if (mortalShort[i].IsAlive) Console.WriteLine("short reference " + i + " not cleared");
            if (mortalLong[i].IsAlive) longAfterFinalizer++;
        }
        Console.WriteLine("finalizers that did not resurrect ran: " + (finalized >= N - 10));
        Console.WriteLine("long references kept until the next collection: " + (longAfterFinalizer == finalized));
        GC.Collect();
        int longCleared = 0;
        for (int i = 0; i < N; i++)
        {
            if (Mortal.Finalized[i] != 0 && !mortalLong[i].IsAlive) longCleared++;
        }
        Console.WriteLine("then cleared: " + (longCleared >= finalized - 10));

        for (int i = 0; i < N; i++)
        {
            weakHandles[i].Free();
            trackingHandles[i].Free();
        }
    }
}

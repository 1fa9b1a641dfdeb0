// Finalizers run on the finalizer thread (not Main's) after a collection finds their objects
// unreachable, and GC.WaitForPendingFinalizers returns once they have. Objects are made in methods that are not inlined,
// so no live frame of Main holds them; Boehm scans stacks conservatively and .NET promises no particular collection
// either, so counts are checked as "at least" where a stale stack word could keep an object alive.
using System;
using System.Runtime.CompilerServices;
using System.Threading;

class Counted
{
    public static int Finalized;
    public static int FieldsIntact;
    public static int OnMainThread;
    public static int MainThreadId;

    readonly int[] squares;
    readonly string name;
    readonly int id;

    public Counted(int id)
    {
        this.id = id;
        name = "object " + id;
        squares = new int[16];
        for (int i = 0; i < squares.Length; i++) squares[i] = i * i + id;
    }

    ~Counted()
    {
        // what the object references lives until its finalizer ran
        int sum = 0;
        for (int i = 0; i < squares.Length; i++) sum += squares[i] - id;
        if (sum == 1240 && name == "object " + id) Interlocked.Increment(ref FieldsIntact);
        if (Thread.CurrentThread.ManagedThreadId == MainThreadId) Interlocked.Increment(ref OnMainThread);
        Interlocked.Increment(ref Finalized);
    }
}

class Base
{
    public static int BaseRuns;
    ~Base() { Interlocked.Increment(ref BaseRuns); }
}

class Derived : Base
{
    public static int DerivedRuns;
    public static int DerivedBeforeBase;
    ~Derived()
    {
        // C# runs the base finalizer after the derived one's body
        if (Volatile.Read(ref BaseRuns) < DerivedRuns + 1) Interlocked.Increment(ref DerivedBeforeBase);
        Interlocked.Increment(ref DerivedRuns);
    }
}

class Cloneable
{
    public static int Runs;
    public int Value;
    public Cloneable Copy() { return (Cloneable)MemberwiseClone(); }
    ~Cloneable() { Interlocked.Add(ref Runs, Value); }
}

class WaitsInFinalizer
{
    public static int Returned;
    ~WaitsInFinalizer()
    {
        GC.WaitForPendingFinalizers(); // on the finalizer thread: returns at once instead of waiting for itself
        Interlocked.Increment(ref Returned);
    }
}

class Plain
{
    public int X;
}

static class FinalizerRun
{
    const int N = 2000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeCounted()
    {
        for (int i = 0; i < N; i++) new Counted(i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeDerived()
    {
        for (int i = 0; i < 100; i++) new Derived();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeClones()
    {
        for (int i = 0; i < 50; i++)
        {
            var original = new Cloneable { Value = 1 };
            var copy = original.Copy();
            copy.Value = 1000; // the original counts 1 and the copy 1000
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeWaiters()
    {
        for (int i = 0; i < 20; i++) new WaitsInFinalizer();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakePlain()
    {
        for (int i = 0; i < 1000; i++) new Plain { X = i };
    }

    static void CollectAndWait()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    static void Main()
    {
        Counted.MainThreadId = Thread.CurrentThread.ManagedThreadId;

        // nothing pending: returns at once
        GC.WaitForPendingFinalizers();
        MakePlain();
        CollectAndWait();
        Console.WriteLine("no finalizers to wait for: done");

        MakeCounted();
        CollectAndWait();
        int finalized = Volatile.Read(ref Counted.Finalized);
        Console.WriteLine("finalized at least " + (N - 10) + " of " + N + ": " + (finalized >= N - 10 && finalized <= N));
        Console.WriteLine("fields intact in every finalizer: " + (Counted.FieldsIntact == finalized));
        Console.WriteLine("finalizers on Main's thread: " + Counted.OnMainThread);

        // a second collection finds nothing more of these to finalize: each finalizer ran once
        CollectAndWait();
        Console.WriteLine("ran once each: " + (Volatile.Read(ref Counted.Finalized) <= N));

        MakeDerived();
        CollectAndWait();
        bool together = Derived.DerivedRuns >= 90 && Derived.DerivedRuns == Base.BaseRuns;
        Console.WriteLine("derived and base finalizers ran together: " + together);
        Console.WriteLine("derived body before base: " + (Derived.DerivedBeforeBase == Derived.DerivedRuns));

        MakeClones();
        CollectAndWait();
        int runs = Volatile.Read(ref Cloneable.Runs);
        bool clones = runs / 1000 >= 45 && runs / 1000 <= 50, originals = runs % 1000 >= 45 && runs % 1000 <= 50;
        Console.WriteLine("clones finalized too: " + (clones && originals));

        MakeWaiters();
        CollectAndWait();
        Console.WriteLine("WaitForPendingFinalizers in a finalizer returned: " + (WaitsInFinalizer.Returned >= 15));
    }
}

// GC.SuppressFinalize keeps an object's finalizer from running; GC.ReRegisterForFinalize makes it run again, also for
// an object its finalizer resurrected; both check their argument as .NET does and leave objects of types without a
// finalizer alone. Suppressed objects never run (exact); the others run "at least" (see finalizer-run.cs).
using System;
using System.Runtime.CompilerServices;
using System.Threading;

class Tracked
{
    public static int Runs;
    public static int SuppressedRuns;
    public bool Suppressed;
    ~Tracked()
    {
        if (Suppressed) Interlocked.Increment(ref SuppressedRuns);
        Interlocked.Increment(ref Runs);
    }
}

// Resurrects itself into a static array the first two times its finalizer runs, re-registering each time. (An array,
// not a List: the arrays a list outgrows can stay reachable through stale words a while, which would make the counts
// of a second round vary.)
class Phoenix
{
    public static readonly Phoenix[] Risen = new Phoenix[200];
    public static int RisenCount;
    public static int Runs;
    public int Lives = 2;
    ~Phoenix()
    {
        Interlocked.Increment(ref Runs);
        if (Lives-- > 0)
        {
            Risen[Interlocked.Increment(ref RisenCount) - 1] = this;
            GC.ReRegisterForFinalize(this);
        }
    }
}

class NoFinalizer
{
    public int X;
}

static class FinalizerSuppress
{
    const int N = 400;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeTracked()
    {
        for (int i = 0; i < N; i++)
        {
            var t = new Tracked();
            if (i % 2 == 0)
            {
                t.Suppressed = true;
                GC.SuppressFinalize(t);
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeSuppressedThenReRegistered()
    {
        for (int i = 0; i < N; i++)
        {
            var t = new Tracked();
            GC.SuppressFinalize(t);
            GC.ReRegisterForFinalize(t);
            GC.ReRegisterForFinalize(t); // twice: still one finalizer run
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakePhoenixes()
    {
        for (int i = 0; i < 50; i++) new Phoenix();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Release()
    {
        Array.Clear(Phoenix.Risen, 0, Phoenix.Risen.Length);
        Phoenix.RisenCount = 0;
    }

    static void CollectAndWait()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    static void Check(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": no exception");
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(what + ": ArgumentNullException " + e.ParamName);
        }
    }

    static void Main()
    {
        MakeTracked();
        CollectAndWait();
        Console.WriteLine("suppressed finalizers run: " + Tracked.SuppressedRuns);
        Console.WriteLine("others run: " + (Tracked.Runs >= N / 2 - 10 && Tracked.Runs <= N / 2));

        Tracked.Runs = 0;
        MakeSuppressedThenReRegistered();
        CollectAndWait();
        Console.WriteLine("re-registered after suppression run: " + (Tracked.Runs >= N - 10 && Tracked.Runs <= N));

        MakePhoenixes();
        CollectAndWait();
        int first = Phoenix.Runs;
        int risen = Phoenix.RisenCount;
        Release();
        CollectAndWait();
        int second = Phoenix.Runs - first;
        int risenAgain = Phoenix.RisenCount;
        Release();
        CollectAndWait();
        int third = Phoenix.Runs - first - second;
        int risenThird = Phoenix.RisenCount;
        Console.WriteLine("resurrected after the first run: " + (risen == first && first >= 45));
        Console.WriteLine("ran again after ReRegisterForFinalize: " + (second >= 40 && risenAgain == second));
        Console.WriteLine("and a third time, without resurrecting: " + (third >= 35 && risenThird <= 5));

        Check("SuppressFinalize(null)", () => GC.SuppressFinalize(null));
        Check("ReRegisterForFinalize(null)", () => GC.ReRegisterForFinalize(null));
        Check("SuppressFinalize(object without finalizer)", () => GC.SuppressFinalize(new NoFinalizer()));
        Check("ReRegisterForFinalize(object without finalizer)", () => GC.ReRegisterForFinalize(new NoFinalizer()));
        Check("SuppressFinalize(string)", () => GC.SuppressFinalize("literal"));
    }
}

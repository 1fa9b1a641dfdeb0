// Critical finalizers (CriticalFinalizerObject, such as SafeHandle's) run after the ordinary finalizers of the objects
// the same collection found, so an object's finalizer can still use a handle it owns (.NET's weak ordering). The
// ordering is checked for every pair whose owner's finalizer ran; how many ran is "at least" (see finalizer-run.cs).
using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.Win32.SafeHandles;

class CountingHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public static int Released;
    public CountingHandle(int value) : base(true) { SetHandle((IntPtr)value); }
    protected override bool ReleaseHandle()
    {
        Interlocked.Increment(ref Released);
        return true;
    }
}

class Owner
{
    public static int Finalized;
    public static int SawOpenHandle;
    readonly CountingHandle handle;
    public Owner(int value) { handle = new CountingHandle(value); }
    ~Owner()
    {
        if (!handle.IsClosed && handle.DangerousGetHandle() != IntPtr.Zero) Interlocked.Increment(ref SawOpenHandle);
        Interlocked.Increment(ref Finalized);
    }
}

static class FinalizerCritical
{
    const int N = 300;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeOwners()
    {
        for (int i = 1; i <= N; i++) new Owner(i);
    }

    static void Main()
    {
        MakeOwners();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine("owners finalized: " + (Owner.Finalized >= N - 10));
        Console.WriteLine("each saw its handle still open: " + (Owner.SawOpenHandle == Owner.Finalized));
        Console.WriteLine("handles released: " + (CountingHandle.Released >= N - 10));
    }
}

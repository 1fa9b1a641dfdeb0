// A SafeHandle nobody disposed is released by its finalizer (.NET's ~SafeHandle → Dispose(false)), exactly once; a
// disposed one is not released again, and neither is one marked invalid or one that does not own its handle. Also
// descriptors that libc's open returned as a SafeHandle (P/Invoke) are closed by the finalizer: fcntl then fails.
// Handles that were not disposed are released "at least" (see finalizer-run.cs); everything else is exact.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.Win32.SafeHandles;

class CountingHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public static readonly int[] Releases = new int[1000];

    public CountingHandle(int value, bool ownsHandle) : base(ownsHandle) { SetHandle((IntPtr)value); }

    protected override bool ReleaseHandle()
    {
        Interlocked.Increment(ref Releases[(int)handle]);
        return true;
    }
}

class FdHandle : SafeHandleMinusOneIsInvalid
{
    public FdHandle() : base(true) { }

    protected override bool ReleaseHandle() { return Native.close((int)handle) == 0; }
}

static class Native
{
    [DllImport("libc", EntryPoint = "open")]
    public static extern FdHandle Open(string path, int flags);

    [DllImport("libc", EntryPoint = "open")]
    public static extern int OpenRaw(string path, int flags);

    [DllImport("libc")]
    public static extern int close(int fd);

    [DllImport("libc")]
    public static extern int fcntl(int fd, int command);
}

static class FinalizerSafeHandle
{
    const int F_GETFD = 1;
    const int Fds = 20;
    static readonly int[] fds = new int[Fds];

    // handle values: 1..199 dropped undisposed, 200..299 disposed, 300..399 invalidated, 400..499 not owned
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeHandles()
    {
        for (int i = 1; i < 200; i++) new CountingHandle(i, true);
        for (int i = 200; i < 300; i++) new CountingHandle(i, true).Dispose();
        for (int i = 300; i < 400; i++) new CountingHandle(i, true).SetHandleAsInvalid();
        for (int i = 400; i < 500; i++) new CountingHandle(i, false);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void OpenDescriptors()
    {
        for (int i = 0; i < Fds; i++)
        {
            FdHandle h = Native.Open("/dev/null", 0);
            fds[i] = (int)h.DangerousGetHandle();
        }
    }

    static int Count(int from, int to, int releases)
    {
        int n = 0;
        for (int i = from; i < to; i++) if (CountingHandle.Releases[i] == releases) n++;
        return n;
    }

    static void Main()
    {
        MakeHandles();
        Console.WriteLine("disposed released once: " + Count(200, 300, 1));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        int released = Count(1, 200, 1);
        Console.WriteLine("undisposed released by the finalizer: " + (released >= 189));
        Console.WriteLine("released more than once: " + (199 - released - Count(1, 200, 0)));
        Console.WriteLine("disposed released once after collections: " + Count(200, 300, 1));
        Console.WriteLine("invalidated released: " + (100 - Count(300, 400, 0)));
        Console.WriteLine("not owned released: " + (100 - Count(400, 500, 0)));

        OpenDescriptors();
        int open = 0;
        for (int i = 0; i < Fds; i++) if (Native.fcntl(fds[i], F_GETFD) >= 0) open++;
        Console.WriteLine("descriptors open before: " + open);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        int closed = 0;
        for (int i = 0; i < Fds; i++) if (Native.fcntl(fds[i], F_GETFD) < 0) closed++;
        Console.WriteLine("descriptors closed by finalizers: " + (closed >= Fds - 3));
    }
}

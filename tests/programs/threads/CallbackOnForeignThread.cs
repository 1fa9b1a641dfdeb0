// A delegate called through its native pointer from a thread the runtime did not start (glibc's pthread_create,
// bound by P/Invoke, so Boehm does not see the thread being created): the thread is registered with the collector
// when it enters managed code, allocates and collects there, and is unregistered when it ends.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

class CallbackOnForeignThread
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    delegate IntPtr StartRoutine(IntPtr argument);

    [DllImport("libc")]
    static extern int pthread_create(out IntPtr thread, IntPtr attributes, StartRoutine start, IntPtr argument);

    [DllImport("libc")]
    static extern int pthread_join(IntPtr thread, IntPtr result);

    static readonly long[] results = new long[3];

    static IntPtr Run(IntPtr argument)
    {
        int id = argument.ToInt32();
        var lists = new List<string>();
        long total = 0;
        for (int i = 0; i < 20000; i++)
        {
            lists.Add(("item " + i * (id + 1)).ToUpperInvariant());
            if (i % 5000 == 0) GC.Collect();
        }
        foreach (string s in lists) total += s.Length;
        results[id] = total;
        return IntPtr.Zero;
    }

    static void Main()
    {
        StartRoutine start = Run;
        var threads = new IntPtr[3];
        for (int i = 0; i < 3; i++)
        {
            if (pthread_create(out threads[i], IntPtr.Zero, start, new IntPtr(i)) != 0) Console.WriteLine("pthread_create failed");
        }
        for (int i = 0; i < 3; i++) pthread_join(threads[i], IntPtr.Zero);
        GC.KeepAlive(start);
        GC.Collect();
        for (int i = 0; i < 3; i++) Console.WriteLine("thread " + i + ": " + results[i]);
    }
}

using System;
using System.Collections.Generic;

class Resource : IDisposable
{
    public bool Disposed;
    public void Dispose() { Disposed = true; GC.SuppressFinalize(this); }
}

class EnvironmentAndGC
{
    static void Main()
    {
        Console.WriteLine("newline: " + (Environment.NewLine == "\n") + " " + Environment.NewLine.Length);
        Console.WriteLine("processors: " + (Environment.ProcessorCount >= 1));
        Console.WriteLine("64-bit: " + Environment.Is64BitProcess + " " + Environment.Is64BitOperatingSystem);
        Console.WriteLine("thread id: " + (Environment.CurrentManagedThreadId > 0));
        int t0 = Environment.TickCount;
        Console.WriteLine("tick count moves forward: " + (Environment.TickCount - t0 >= 0));
        Console.WriteLine("machine name: " + (Environment.MachineName.Length > 0));
        Console.WriteLine("current directory: " + Environment.CurrentDirectory.StartsWith("/"));
        Console.WriteLine("PATH set: " + (Environment.GetEnvironmentVariable("PATH") != null));
        Console.WriteLine("unset variable: " + (Environment.GetEnvironmentVariable("KILN_SURELY_UNSET_VARIABLE_42") == null));
        Environment.SetEnvironmentVariable("KILN_TEST_VARIABLE", "some value");
        Console.WriteLine("set: " + Environment.GetEnvironmentVariable("KILN_TEST_VARIABLE"));
        Environment.SetEnvironmentVariable("KILN_TEST_VARIABLE", null);
        Console.WriteLine("removed: " + (Environment.GetEnvironmentVariable("KILN_TEST_VARIABLE") == null));
        try { Environment.SetEnvironmentVariable("A=B", "x"); } catch (ArgumentException) { Console.WriteLine("bad name"); }
        Console.WriteLine("args: " + Environment.GetCommandLineArgs().Length);
        Console.WriteLine("user: " + (Environment.UserName.Length > 0));

        List<int[]> garbage = new List<int[]>();
        for (int i = 0; i < 1000; i++) garbage.Add(new int[100]);
        garbage = null;
        int before = GC.CollectionCount(0);
        GC.Collect();
        GC.Collect(0);
        GC.Collect(2, GCCollectionMode.Forced);
        GC.WaitForPendingFinalizers();
        Console.WriteLine("collections counted: " + (GC.CollectionCount(0) > before) + " " + (GC.CollectionCount(GC.MaxGeneration) >= 0));
        Console.WriteLine("memory: " + (GC.GetTotalMemory(true) > 0) + " " + (GC.GetTotalMemory(false) > 0));
        object o = new object();
        Console.WriteLine("generation: " + (GC.GetGeneration(o) >= 0 && GC.GetGeneration(o) <= GC.MaxGeneration));
        GC.KeepAlive(o);
        Resource r = new Resource();
        using (r) { }
        Console.WriteLine("disposed: " + r.Disposed);
        GC.ReRegisterForFinalize(r);
        GC.AddMemoryPressure(1000);
        GC.RemoveMemoryPressure(1000);
        try { GC.SuppressFinalize(null); } catch (ArgumentNullException) { Console.WriteLine("null object"); }
        try { GC.Collect(-1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad generation"); }
    }
}

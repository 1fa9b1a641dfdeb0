// expect-stdout-file: ThreadNames.out
// Thread names reach the OS thread as .NET sets them on Linux (pthread_setname_np: UTF-8 cut to 15 bytes at a
// character boundary), read back from /proc; renaming a running thread renames the OS thread (.NET Core 3.0 and
// later allow it; Mono throws "Thread.Name can only be set once").
using System;
using System.IO;
using System.Threading;

class ThreadNames
{
    static int Main()
    {
        string seen = null;
        var t = new Thread(() =>
        {
            seen = OsName();
            Thread.CurrentThread.Name = "renamed-while-running";
            seen += " | " + OsName();
            Thread.CurrentThread.Name = "ünïcödé-nämé-lóng";
            seen += " | " + OsName();
        });
        t.Name = "worker";
        t.Start();
        t.Join();
        Console.WriteLine(seen);

        var late = new Thread(() => { lock (typeof(ThreadNames)) { seen = OsName(); } });
        lock (typeof(ThreadNames))
        {
            late.Start();
            late.Name = "named by another";
            // the thread reads its name only after this lock is released: the rename happened before
        }
        late.Join();
        Console.WriteLine(seen + ", managed: " + late.Name);
        return 0;
    }

    static string OsName()
    {
        try { return File.ReadAllText("/proc/thread-self/comm").TrimEnd('\n'); }
        catch (Exception e) { return e.GetType().Name; }
    }
}

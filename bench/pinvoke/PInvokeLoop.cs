// A blittable P/Invoke call in a loop (bench/pinvoke.sh): `add N` calls kiln_bench_add of the script's own library,
// `getpid N` calls libc's getpid (a system call); prints the checksum and the nanoseconds the N calls took. The
// first call, which binds the function, happens before the clock starts.
using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

static class PInvokeLoop
{
    [DllImport("kilnbench")] static extern int kiln_bench_add(int x);
    [DllImport("libc")] static extern int getpid();

    static int Main(string[] args)
    {
        bool add = args[0] == "add";
        long n = long.Parse(args[1]);
        // the calls that bind the functions: kiln_bench_add(-1) is 0
        int acc = kiln_bench_add(-1);
        getpid();
        Stopwatch clock = Stopwatch.StartNew();
        if (add)
        {
            for (long i = 0; i < n; i++) acc = kiln_bench_add(acc);
        }
        else
        {
            for (long i = 0; i < n; i++) acc += getpid() > 0 ? 1 : 0;
        }
        clock.Stop();
        long ns = (long)(clock.ElapsedTicks * (1e9 / Stopwatch.Frequency));
        Console.WriteLine(acc + " " + ns);
        return 0;
    }
}

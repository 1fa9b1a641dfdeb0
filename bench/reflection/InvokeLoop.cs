using System;
using System.Diagnostics;
using System.Reflection;

// The cost of one reflection call (issue 18): MethodInfo.Invoke of a two-argument static method, and
// PropertyInfo.GetValue of an int property, timed after a first call. Prints "checksum nanoseconds".
class Target
{
    public int Value { get; set; }
    public static int Add(int a, int b) { return a + b; }
}

static class InvokeLoop
{
    static int Main(string[] args)
    {
        string what = args[0];
        long n = long.Parse(args[1]);
        long sum = 0;
        Stopwatch watch;
        if (what == "invoke")
        {
            MethodInfo add = typeof(Target).GetMethod("Add");
            object[] arguments = { 1, 0 };
            sum += (int)add.Invoke(null, arguments) - 1;
            watch = Stopwatch.StartNew();
            for (long i = 0; i < n; i++) sum += (int)add.Invoke(null, arguments);
        }
        else
        {
            Target target = new Target { Value = 1 };
            PropertyInfo value = typeof(Target).GetProperty("Value");
            sum += (int)value.GetValue(target, null) - 1;
            watch = Stopwatch.StartNew();
            for (long i = 0; i < n; i++) sum += (int)value.GetValue(target, null);
        }
        watch.Stop();
        Console.WriteLine(sum + " " + (long)(watch.Elapsed.TotalMilliseconds * 1000000));
        return 0;
    }
}

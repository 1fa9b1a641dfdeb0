// The "C" format with the invariant currency sign, and the TimeSpan overloads of Stopwatch and Task.
using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

class CurrencyAndTimeSpans
{
    static void Main()
    {
        Console.WriteLine(1234.5.ToString("C") + " " + (-1234.5).ToString("C") + " " + 42.ToString("C") + " " + (-7).ToString("C0") + " " + 0.125.ToString("C3"));
        Console.WriteLine(string.Format("{0:C} {1:C1} {2:c}", 99.999, 5L, 1234567.891m) + " " + (-3.5m).ToString("C") + " " + 123456789u.ToString("C4"));

        Stopwatch sw = Stopwatch.StartNew();
        Task.Delay(TimeSpan.FromMilliseconds(20)).Wait();
        sw.Stop();
        Console.WriteLine("elapsed: " + (sw.Elapsed >= TimeSpan.FromMilliseconds(15) && sw.Elapsed < TimeSpan.FromSeconds(5)));
        Console.WriteLine("elapsed agrees: " + (Math.Abs(sw.Elapsed.TotalMilliseconds - sw.ElapsedMilliseconds) < 1));
        Console.WriteLine("timed out: " + !Task.Delay(TimeSpan.FromSeconds(10)).Wait(TimeSpan.FromMilliseconds(10)));
        Console.WriteLine("completed: " + Task.Delay(TimeSpan.Zero).Wait(TimeSpan.FromSeconds(1)));
        CancellationTokenSource cts = new CancellationTokenSource();
        cts.Cancel();
        try { Task.Delay(TimeSpan.FromMilliseconds(1), cts.Token).Wait(); } catch (OperationCanceledException) { Console.WriteLine("canceled"); } catch (AggregateException) { Console.WriteLine("canceled"); }
        try { Task.Delay(TimeSpan.FromMilliseconds(-5)); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad delay"); }
    }
}

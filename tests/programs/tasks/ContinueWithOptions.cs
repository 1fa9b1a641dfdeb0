using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// ContinueWith with TaskContinuationOptions on antecedents that ran to completion, faulted or were canceled: which
// continuations run and which end canceled; ExecuteSynchronously; continuations with state and results; a token that
// cancels a continuation before its antecedent completes; chains; invalid option combinations.
static class ContinueWithOptions
{
    static readonly TaskContinuationOptions[] Options =
    {
        TaskContinuationOptions.None,
        TaskContinuationOptions.OnlyOnRanToCompletion,
        TaskContinuationOptions.OnlyOnFaulted,
        TaskContinuationOptions.OnlyOnCanceled,
        TaskContinuationOptions.NotOnRanToCompletion,
        TaskContinuationOptions.NotOnFaulted,
        TaskContinuationOptions.NotOnCanceled,
        TaskContinuationOptions.ExecuteSynchronously,
        TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
    };

    static void Main()
    {
        Report("ran to completion", () => Task.Run(() => Task.Delay(10).Wait()));
        Report("faulted", () => Task.Run(() => { Task.Delay(10).Wait(); throw new InvalidOperationException("x"); }));
        Report("canceled", () =>
        {
            CancellationTokenSource cts = new CancellationTokenSource();
            Task t = Task.Run(() => { Task.Delay(10).Wait(); cts.Token.ThrowIfCancellationRequested(); }, cts.Token);
            cts.Cancel();
            return t;
        });

        Task<int> source = Task.Run(() => 20);
        Task<string> text = source.ContinueWith(t => "result " + (t.Result + 1));
        Task<int> length = text.ContinueWith((t, state) => t.Result.Length + (int)state, 100);
        Console.WriteLine(text.Result + ", length+100 = " + length.Result + ", state " + length.AsyncState);

        Task<int> chain = Task.FromResult(1);
        for (int i = 0; i < 100; i++) chain = chain.ContinueWith(t => t.Result + 1, TaskContinuationOptions.ExecuteSynchronously);
        Console.WriteLine("chain of 100: " + chain.Result);

        TaskCompletionSource<int> late = new TaskCompletionSource<int>();
        CancellationTokenSource early = new CancellationTokenSource();
        Task beforeAntecedent = late.Task.ContinueWith(t => Console.WriteLine("never"), early.Token);
        early.Cancel();
        Console.WriteLine("canceled by its token before the antecedent completed: " + beforeAntecedent.Status);
        late.SetResult(1);

        try { Task.FromResult(1).ContinueWith(t => { }, TaskContinuationOptions.LongRunning | TaskContinuationOptions.ExecuteSynchronously); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("LongRunning | ExecuteSynchronously rejected"); }
        try { Task.FromResult(1).ContinueWith(t => { }, TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.NotOnFaulted | TaskContinuationOptions.NotOnCanceled); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("all kinds excluded rejected"); }
        try { Task.FromResult(1).ContinueWith(t => { }).Start(); }
        catch (InvalidOperationException) { Console.WriteLine("Start of a continuation rejected"); }
    }

    static void Report(string what, Func<Task> start)
    {
        List<string> lines = new List<string>();
        for (int i = 0; i < Options.Length; i++)
        {
            Task antecedent = start();
            int ran = 0;
            Task c = antecedent.ContinueWith(t => Interlocked.Increment(ref ran), Options[i]);
            try { c.Wait(); } catch (AggregateException) { }
            lines.Add("  " + Options[i] + ": " + (ran == 1 ? "ran" : "skipped") + ", " + c.Status);
        }
        Console.WriteLine(what + ":");
        foreach (string line in lines) Console.WriteLine(line);
    }
}

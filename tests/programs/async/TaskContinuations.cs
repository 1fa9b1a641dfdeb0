using System;
using System.Threading.Tasks;

// ContinueWith on Task and Task<T>: chains of continuations, continuations of faulted and canceled antecedents
// (they still run and see the antecedent's state), continuations that throw, several continuations on one task,
// continuations registered on an already-completed task, and awaiting a continuation from an async method.
class TaskContinuations
{
    static async Task<int> SlowValue(int ms, int value)
    {
        await Task.Delay(ms);
        return value;
    }

    static async Task<int> SlowFailure(int ms)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException("antecedent failed after " + ms);
    }

    static async Task<string> AwaitContinuation()
    {
        int a = await SlowValue(2, 20).ContinueWith(t => t.Result + 1);
        string s = await Task.FromResult(a).ContinueWith(t => "value " + t.Result);
        await Task.Delay(1).ContinueWith(t => { });
        return s + " then " + (await SlowValue(1, 5).ContinueWith(t => t.Result * t.Result));
    }

    static void Main()
    {
        // Task<T>.ContinueWith chained: Func<Task<int>, int> -> Func<Task<int>, string> -> Func<Task<string>, int>
        Task<int> start = Task.Run(() => 6);
        Task<int> doubled = start.ContinueWith(t => t.Result * 2);
        Task<string> text = doubled.ContinueWith(t => "n=" + t.Result);
        Task<int> length = text.ContinueWith(t => t.Result.Length);
        Console.WriteLine("chain: " + doubled.Result + " " + text.Result + " " + length.Result);

        // a long chain, each step adding one
        Task<int> chain = Task.FromResult(0);
        for (int i = 0; i < 50; i++) chain = chain.ContinueWith(t => t.Result + 1);
        Console.WriteLine("50 continuations: " + chain.Result);

        // Task.ContinueWith(Action<Task>) and Task.ContinueWith<T>(Func<Task, T>)
        string[] seen = new string[2];
        Task plain = Task.Delay(5);
        Task afterPlain = plain.ContinueWith(t => { seen[0] = "antecedent " + t.Status; });
        Task<string> mapped = plain.ContinueWith(t => "mapped after " + t.Status);
        afterPlain.Wait();
        Console.WriteLine(seen[0] + "; " + mapped.Result + "; continuation status " + afterPlain.Status);

        // Task<T>.ContinueWith(Action<Task<T>>)
        Task<int> source = SlowValue(3, 41);
        Task observe = source.ContinueWith(t => { seen[1] = "observed " + (t.Result + 1); });
        observe.Wait();
        Console.WriteLine(seen[1]);

        // continuation of a faulted antecedent runs and sees the fault; it completes normally
        Task<int> failed = SlowFailure(2);
        Task<string> inspect = failed.ContinueWith(t =>
        {
            string r = "IsFaulted=" + t.IsFaulted + " inner " + t.Exception.InnerException.Message;
            try
            {
                int unused = t.Result;
                return r + " no throw " + unused;
            }
            catch (AggregateException e)
            {
                return r + "; Result threw AggregateException of " + e.InnerException.GetType().Name;
            }
        });
        Console.WriteLine("faulted antecedent: " + inspect.Result + "; continuation " + inspect.Status);

        // continuation of a canceled antecedent
        TaskCompletionSource<int> tcs = new TaskCompletionSource<int>();
        Task<string> afterCancel = tcs.Task.ContinueWith(t => "IsCanceled=" + t.IsCanceled + " Status=" + t.Status);
        tcs.SetCanceled();
        Console.WriteLine("canceled antecedent: " + afterCancel.Result);

        // a continuation that throws faults its own task
        Task<int> throwing = Task.FromResult(1).ContinueWith<int>(t => { throw new ArgumentException("continuation failed"); });
        try
        {
            throwing.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("throwing continuation: " + throwing.Status + " " + e.InnerException.GetType().Name + " " + e.InnerException.Message);
        }
        // and the next continuation sees that
        Task<string> next = throwing.ContinueWith(t => "next sees faulted=" + t.IsFaulted);
        Console.WriteLine(next.Result);

        // several continuations on one task, each with its own slot
        TaskCompletionSource<int> gate = new TaskCompletionSource<int>();
        int[] slots = new int[5];
        Task[] conts = new Task[slots.Length];
        for (int i = 0; i < conts.Length; i++)
        {
            int k = i;
            conts[i] = gate.Task.ContinueWith(t => { slots[k] = t.Result + k; });
        }
        bool anyRanEarly = false;
        foreach (Task c in conts) anyRanEarly |= c.IsCompleted;
        gate.SetResult(100);
        Task.WhenAll(conts).Wait();
        Console.WriteLine("ran before SetResult: " + anyRanEarly + "; slots " + string.Join(",", new string[] {
            slots[0].ToString(), slots[1].ToString(), slots[2].ToString(), slots[3].ToString(), slots[4].ToString() }));

        // on an already completed task
        Task<int> already = Task.FromResult(8);
        Console.WriteLine("already completed: " + already.ContinueWith(t => t.Result * 8).Result);

        Console.WriteLine(AwaitContinuation().Result);

        // let the pool go idle before exiting (Mono can stall at exit while pool threads are busy)
        System.Diagnostics.Stopwatch settle = System.Diagnostics.Stopwatch.StartNew();
        while (settle.ElapsedMilliseconds < 100)
        {
        }
    }
}

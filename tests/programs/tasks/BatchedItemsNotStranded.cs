using System;
using System.Threading;
using System.Threading.Tasks;

// A worker takes queued items in runs (its share of the global queue, half of another worker's queue when it steals):
// items it moved into its own queue and then could not run, because the item it runs blocks, must still run on
// other workers. Both cases wait for an item queued after the blocking one: from outside the pool (the global queue)
// and from inside a pool item (that worker's own queue), then for all of them, under a timeout.
static class BatchedItemsNotStranded
{
    const int Items = 200;

    static void FromOutside()
    {
        ManualResetEventSlim lastRan = new ManualResetEventSlim(false);
        CountdownEvent done = new CountdownEvent(Items);
        bool firstReleased = false;
        ThreadPool.QueueUserWorkItem(s => { firstReleased = lastRan.Wait(30000); done.Signal(); });
        for (int i = 1; i < Items - 1; i++) ThreadPool.QueueUserWorkItem(s => done.Signal());
        ThreadPool.QueueUserWorkItem(s => { lastRan.Set(); done.Signal(); });
        bool all = done.Wait(60000);
        Console.WriteLine("queued from outside: all ran " + all + ", the first released by the last " + firstReleased);
    }

    static void FromInside()
    {
        int ran = 0;
        bool[] released = new bool[1];
        Task outer = Task.Run(() =>
        {
            ManualResetEventSlim lastRan = new ManualResetEventSlim(false);
            Task[] inner = new Task[Items];
            // started from a pool thread: they go to this worker's own queue, which it leaves while it blocks below
            for (int i = 0; i < Items - 1; i++) inner[i] = Task.Factory.StartNew(() => Interlocked.Increment(ref ran));
            inner[Items - 1] = Task.Factory.StartNew(() => { Interlocked.Increment(ref ran); lastRan.Set(); });
            released[0] = lastRan.Wait(30000);
            Task.WaitAll(inner, 30000);
        });
        bool finished = outer.Wait(60000);
        Console.WriteLine("queued from a pool item: finished " + finished + ", ran " + Volatile.Read(ref ran) + " of " + Items
            + ", the blocked item released " + released[0]);
    }

    static void Main()
    {
        FromOutside();
        FromInside();
    }
}

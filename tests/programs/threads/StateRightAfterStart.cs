using System;
using System.Threading;

// A thread that looks at its own ThreadState first thing, and its starter right after Start, never see Unstarted.
class StateRightAfterStart
{
    static int Main()
    {
        int unstartedInside = 0, unstartedOutside = 0, notAlive = 0;
        for (int i = 0; i < 300; i++)
        {
            var t = new Thread(() =>
            {
                Thread me = Thread.CurrentThread;
                if ((me.ThreadState & ThreadState.Unstarted) != 0) Interlocked.Increment(ref unstartedInside);
                if (!me.IsAlive) Interlocked.Increment(ref notAlive);
            });
            if (i % 2 == 0) t.IsBackground = true;
            string before = t.ThreadState.ToString();
            if (i == 0) Console.WriteLine("before Start: " + before);
            t.Start();
            if ((t.ThreadState & ThreadState.Unstarted) != 0) unstartedOutside++;
            t.Join();
            if (i < 2) Console.WriteLine("after Join: " + (t.ThreadState & ~ThreadState.Background)); // .NET keeps Background, mono drops it
        }
        Console.WriteLine("Unstarted seen by the thread itself: " + unstartedInside + ", by its starter: " + unstartedOutside
            + ", not alive inside: " + notAlive);
        return 0;
    }
}

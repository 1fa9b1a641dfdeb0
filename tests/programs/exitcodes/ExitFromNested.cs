// Environment.Exit called deep inside nested calls, loops and try blocks: output written before it is flushed,
// finally blocks do not run, and the process exit code is the one passed.
using System;
using System.Collections.Generic;

class Job
{
    public string Name; public int Cost;
    public Job(string n, int c) { Name = n; Cost = c; }
}

class ExitFromNested
{
    static int budget = 20;

    static void Run(Queue<Job> jobs, int depth)
    {
        while (jobs.Count > 0)
        {
            Job j = jobs.Dequeue();
            try
            {
                Console.WriteLine(new string(' ', depth * 2) + "run " + j.Name + " cost " + j.Cost + " budget " + budget);
                if (j.Cost > budget)
                {
                    Console.WriteLine("over budget at " + j.Name + ", exiting with " + (40 + depth));
                    Console.Out.Flush();
                    Environment.Exit(40 + depth);
                }
                budget -= j.Cost;
                if (j.Name.StartsWith("sub")) Run(new Queue<Job>(new[] { new Job(j.Name + ".a", 2), new Job(j.Name + ".b", 9) }), depth + 1);
            }
            finally
            {
                if (depth == 0) Console.WriteLine("finally for " + j.Name);
            }
        }
    }

    static int Main()
    {
        Console.Write("partial line before exit... ");
        Console.WriteLine("done");
        Environment.ExitCode = 3;
        var jobs = new Queue<Job>();
        jobs.Enqueue(new Job("alpha", 3));
        jobs.Enqueue(new Job("sub1", 4));
        jobs.Enqueue(new Job("beta", 1));
        jobs.Enqueue(new Job("sub2", 1));
        jobs.Enqueue(new Job("never", 1));
        try
        {
            Run(jobs, 0);
        }
        finally
        {
            Console.WriteLine("outer finally must not print");
        }
        Console.WriteLine("unreachable");
        return 0;
    }
}

// Finalizers do not run when the process ends (.NET Core; Mono runs them at shutdown, hence the expected output in a
// file): objects still reachable, or unreachable but never collected, are not finalized after Main returns.
// expect-stdout-file: finalizer-not-at-exit.out
using System;
using System.Runtime.CompilerServices;

class Loud
{
    public static Loud Kept;
    readonly string name;
    public Loud(string name) { this.name = name; }
    ~Loud() { Console.WriteLine("finalizer of " + name + " ran"); }
}

static class FinalizerNotAtExit
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Drop()
    {
        new Loud("an unreachable object");
    }

    static void Main()
    {
        Loud.Kept = new Loud("a reachable object");
        Drop();
        Console.WriteLine("Main returns");
    }
}

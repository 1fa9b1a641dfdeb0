using System;

delegate void Notify(string msg);

class MulticastDelegates
{
    static string log = "";
    static void A(string m) { log += "A(" + m + ")"; }
    static void B(string m) { log += "B(" + m + ")"; }
    static void C(string m) { log += "C(" + m + ")"; }
    static int calls;
    static int One() { calls++; return 1; }
    static int Two() { calls++; return 2; }

    static void Main()
    {
        Notify n = A;
        n += B;
        n += C;
        n("x");
        Console.WriteLine(log); log = "";
        n -= B;
        n("y");
        Console.WriteLine(log); log = "";
        n += A;
        n("z");
        Console.WriteLine(log); log = "";
        n -= A;
        n("w");
        Console.WriteLine(log); log = "";
        n -= A; n -= C;
        Console.WriteLine(n == null);
        Func<int> f = One;
        f += Two;
        Console.WriteLine(f() + " calls=" + calls);
        Notify empty = null;
        empty += B;
        empty("solo");
        Console.WriteLine(log);
        Notify combined = (Notify)Delegate.Combine(new Notify(A), new Notify(C));
        log = "";
        combined("q");
        Console.WriteLine(log);
    }
}

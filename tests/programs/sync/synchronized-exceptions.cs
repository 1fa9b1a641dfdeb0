using System;
using System.Threading;
using System.Runtime.CompilerServices;

// A synchronized method releases its lock when an exception leaves it (thrown by itself or by a callee, caught by the
// caller or only after a finally in the method ran), so another thread can take it; and its own try/catch/finally
// work inside the lock.

class Account
{
    int balance;

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void Withdraw(int amount)
    {
        if (amount > balance) throw new InvalidOperationException("insufficient funds: " + balance + " < " + amount);
        balance -= amount;
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void Deposit(int amount) { balance += amount; }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public int FailInCallee() { return Fail(); }

    static int Fail() { throw new ArgumentException("from a callee"); }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public string CatchesItsOwn()
    {
        try
        {
            Withdraw(int.MaxValue);
            return "not thrown";
        }
        catch (InvalidOperationException)
        {
            return "caught inside, still held: " + Monitor.IsEntered(this);
        }
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void FinallyThenThrow(System.Collections.Generic.List<string> log)
    {
        try
        {
            throw new FormatException("after finally");
        }
        finally
        {
            log.Add("finally ran holding the lock: " + Monitor.IsEntered(this));
        }
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static void StaticThrow() { throw new NotSupportedException("static"); }

    public int Balance { get { return balance; } }
}

class Program
{
    static bool OtherThreadTakes(object o)
    {
        bool taken = false;
        var t = new Thread(() => { taken = Monitor.TryEnter(o, 1000); if (taken) Monitor.Exit(o); });
        t.Start();
        t.Join();
        return taken;
    }

    static int Main()
    {
        var a = new Account();
        a.Deposit(10);
        try { a.Withdraw(50); } catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); }
        Console.WriteLine("held after the throw: " + Monitor.IsEntered(a) + ", another thread takes it: " + OtherThreadTakes(a));

        try { a.FailInCallee(); } catch (ArgumentException e) { Console.WriteLine("caught: " + e.Message); }
        Console.WriteLine("held after a callee's throw: " + Monitor.IsEntered(a) + ", another thread takes it: " + OtherThreadTakes(a));

        Console.WriteLine(a.CatchesItsOwn());
        Console.WriteLine("held after: " + Monitor.IsEntered(a));

        var log = new System.Collections.Generic.List<string>();
        try { a.FinallyThenThrow(log); } catch (FormatException e) { log.Add("caught: " + e.Message); }
        foreach (var line in log) Console.WriteLine(line);
        Console.WriteLine("another thread takes it: " + OtherThreadTakes(a));

        try { Account.StaticThrow(); } catch (NotSupportedException e) { Console.WriteLine("caught: " + e.Message); }
        Console.WriteLine("another thread takes typeof(Account): " + OtherThreadTakes(typeof(Account)));

        // four threads withdrawing more than there is: the failures leave the lock free for the others
        a.Deposit(990);
        int failures = 0;
        var threads = new Thread[4];
        for (int i = 0; i < 4; i++)
        {
            threads[i] = new Thread(() =>
            {
                for (int k = 0; k < 500; k++)
                {
                    try { a.Withdraw(1); } catch (InvalidOperationException) { Interlocked.Increment(ref failures); }
                }
            });
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
        Console.WriteLine("balance " + a.Balance + ", failed withdrawals " + failures);
        return 0;
    }
}

using System;

class Account
{
    long balance;
    public long Balance
    {
        get { if (balance < 0) throw new InvalidOperationException("corrupt balance"); return balance; }
        set { if (value > 1000000) throw new ArgumentOutOfRangeException("value", "too much money"); balance = value; }
    }
    public void Corrupt() { balance = -1; }
}

class ExceptionsFromLambdasAndProperties
{
    static T Guard<T>(Func<T> f, T fallback, string label)
    {
        try { return f(); }
        catch (Exception e) { Console.WriteLine(label + " failed: " + e.Message); return fallback; }
    }

    static void Main()
    {
        Account a = new Account();
        a.Balance = 500;
        Console.WriteLine(Guard(() => a.Balance, -1L, "read"));
        try { a.Balance = 2000000; } catch (ArgumentOutOfRangeException) { Console.WriteLine("setter rejected"); }
        a.Corrupt();
        Console.WriteLine(Guard(() => a.Balance, -99L, "read2"));
        Func<int, int> risky = x => { if (x == 3) throw new NotSupportedException("three"); return x * 2; };
        int total = 0;
        for (int i = 0; i < 5; i++) total += Guard(() => risky(i), 100, "risky(" + i + ")");
        Console.WriteLine(total);
        Action thrower = () => { throw new NotImplementedException("todo"); };
        try { thrower(); } catch (NotImplementedException e) { Console.WriteLine("action threw " + e.Message); }
        Action multi = () => Console.WriteLine("first handler");
        multi += () => { throw new Exception("second handler"); };
        multi += () => Console.WriteLine("third handler (skipped)");
        try { multi(); } catch (Exception e) { Console.WriteLine(e.Message); }
    }
}

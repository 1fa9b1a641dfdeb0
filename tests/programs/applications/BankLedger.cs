// A small bank: accounts with events for every transaction, overdraft rules enforced with custom exceptions,
// transfers that roll back on failure, interest applied with integer cents, and a final statement per account.
using System;
using System.Collections.Generic;

class InsufficientFundsException : Exception
{
    public long Shortfall { get; private set; }
    public InsufficientFundsException(string account, long shortfall) : base(account + " is short by " + Cents(shortfall)) { Shortfall = shortfall; }
    public static string Cents(long c) { return (c < 0 ? "-" : "") + Math.Abs(c) / 100 + "." + (Math.Abs(c) % 100).ToString("D2"); }
}

class Account
{
    public string Id { get; private set; }
    public long Balance { get; private set; }
    public long Overdraft { get; private set; }
    public event Action<Account, string, long> Changed;
    readonly List<string> history = new List<string>();

    public Account(string id, long overdraft) { Id = id; Overdraft = overdraft; }

    public void Deposit(long cents, string memo)
    {
        if (cents <= 0) throw new ArgumentOutOfRangeException("cents");
        Balance += cents;
        Record(memo, cents);
    }

    public void Withdraw(long cents, string memo)
    {
        if (cents <= 0) throw new ArgumentOutOfRangeException("cents");
        if (Balance - cents < -Overdraft) throw new InsufficientFundsException(Id, cents - Balance - Overdraft);
        Balance -= cents;
        Record(memo, -cents);
    }

    void Record(string memo, long delta)
    {
        history.Add(memo + " " + InsufficientFundsException.Cents(delta) + " -> " + InsufficientFundsException.Cents(Balance));
        if (Changed != null) Changed(this, memo, delta);
    }

    public IEnumerable<string> History { get { return history; } }
}

class Bank
{
    readonly Dictionary<string, Account> accounts = new Dictionary<string, Account>();
    public int Events;
    public long Volume;

    public Account Open(string id, long overdraft)
    {
        var a = new Account(id, overdraft);
        a.Changed += (acc, memo, delta) => { Events++; Volume += Math.Abs(delta); };
        accounts.Add(id, a);
        return a;
    }

    public bool Transfer(string from, string to, long cents)
    {
        Account a = accounts[from], b = accounts[to];
        a.Withdraw(cents, "transfer to " + to);
        try { b.Deposit(cents, "transfer from " + from); }
        catch (Exception) { a.Deposit(cents, "rollback"); throw; }
        return true;
    }

    public void ApplyInterest(int basisPoints)
    {
        foreach (var a in accounts.Values)
            if (a.Balance > 0) { long interest = a.Balance * basisPoints / 10000; if (interest > 0) a.Deposit(interest, "interest"); }
    }

    public IEnumerable<Account> All { get { return accounts.Values; } }
}

class BankLedger
{
    static void Main()
    {
        var bank = new Bank();
        var alice = bank.Open("alice", 0);
        var bob = bank.Open("bob", 5000);
        bank.Open("carol", 0);
        alice.Deposit(100000, "salary");
        bob.Deposit(2500, "gift");
        bank.Transfer("alice", "bob", 12345);
        try { bank.Transfer("carol", "alice", 1); }
        catch (InsufficientFundsException e) { Console.WriteLine("refused: " + e.Message + " (" + e.Shortfall + ")"); }
        bob.Withdraw(19000, "rent");
        try { bob.Withdraw(1000, "coffee"); }
        catch (InsufficientFundsException e) { Console.WriteLine("refused: " + e.Message); }
        try { bank.Transfer("bob", "alice", 0); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("refused: non-positive amount"); }
        try { bank.Transfer("alice", "nobody", 100); }
        catch (KeyNotFoundException) { Console.WriteLine("refused: unknown account"); }
        bank.ApplyInterest(125);
        foreach (var a in bank.All)
        {
            Console.WriteLine(a.Id + ": " + InsufficientFundsException.Cents(a.Balance) + " (overdraft " + InsufficientFundsException.Cents(a.Overdraft) + ")");
            foreach (string h in a.History) Console.WriteLine("  " + h);
        }
        Console.WriteLine("events " + bank.Events + ", volume " + InsufficientFundsException.Cents(bank.Volume));
    }
}

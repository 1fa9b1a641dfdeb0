using System;

interface IAccount
{
    string Owner { get; }
    long Balance { get; set; }
    void Deposit(long amount);
}

class Checking : IAccount
{
    string owner; long bal;
    public Checking(string o) { owner = o; }
    public string Owner { get { return owner; } }
    public long Balance { get { return bal; } set { if (value < 0) throw new ArgumentOutOfRangeException("value", "negative"); bal = value; } }
    public void Deposit(long amount) { Balance = Balance + amount; }
}

class Savings : Checking
{
    public Savings(string o) : base(o) { }
    public new void Deposit(long amount) { base.Deposit(amount + amount / 10); }
}

class InterfaceProperties
{
    static void Main()
    {
        IAccount a = new Checking("ann");
        a.Deposit(100);
        a.Balance += 50;
        Console.WriteLine(a.Owner + " " + a.Balance);
        try { a.Balance = -1; } catch (ArgumentOutOfRangeException) { Console.WriteLine("rejected negative"); }
        Console.WriteLine(a.Balance);
        Savings s = new Savings("sam");
        s.Deposit(100);
        IAccount si = s;
        si.Deposit(100);
        Console.WriteLine(si.Owner + " " + si.Balance);
    }
}

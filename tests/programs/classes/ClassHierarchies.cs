// Inheritance in application models: abstract bases with constructor chains, virtual/override/new/sealed,
// base calls, protected members, explicit interface implementations, static constructors and field initializer
// order, ToString/Equals overrides and polymorphic collections.
using System;
using System.Collections.Generic;
using System.Linq;

interface IPrintable { string Print(); }
interface IDescribable { string Print(); string Describe(); }

abstract class Account : IPrintable
{
    static int opened;
    public static int Opened { get { return opened; } }
    protected decimal balance;
    public string Owner { get; private set; }
    public readonly int Number;
    static Account() { Console.WriteLine("Account static ctor"); }
    protected Account(string owner, decimal initial)
    {
        Owner = owner;
        Number = ++opened;
        balance = initial;
        Console.WriteLine("  Account(" + owner + ") as " + Kind);
    }
    public abstract string Kind { get; }
    public virtual decimal Balance { get { return balance; } }
    public virtual void Withdraw(decimal amount)
    {
        if (amount <= 0) throw new ArgumentException("amount must be positive");
        if (amount > balance) throw new InvalidOperationException(Owner + ": insufficient funds");
        balance -= amount;
    }
    public void Deposit(decimal amount) { balance += amount; OnChanged("deposit " + amount); }
    protected virtual void OnChanged(string what) { }
    public virtual void EndOfMonth() { }
    public string Print() { return Kind + "#" + Number + " " + Owner + " " + Balance.ToString("F2"); }
    public override string ToString() { return Print(); }
}

class Checking : Account
{
    readonly decimal overdraft;
    public List<string> History = new List<string>();
    public Checking(string owner, decimal initial, decimal overdraft = 100) : base(owner, initial) { this.overdraft = overdraft; }
    public override string Kind { get { return "Checking"; } }
    public override void Withdraw(decimal amount)
    {
        if (amount > balance + overdraft) throw new InvalidOperationException(Owner + ": over overdraft");
        balance -= amount;
        OnChanged("withdraw " + amount);
    }
    protected override void OnChanged(string what) { History.Add(what); }
}

class Savings : Account, IDescribable
{
    protected readonly decimal rate;
    public Savings(string owner, decimal initial, decimal rate) : base(owner, initial) { this.rate = rate; }
    public override string Kind { get { return "Savings"; } }
    public override void EndOfMonth() { balance += Math.Round(balance * rate / 12, 2); }
    string IDescribable.Print() { return "[savings of " + Owner + "]"; }
    public string Describe() { return Owner + " earns " + (rate * 100).ToString("0.##") + "%"; }
}

sealed class LockedSavings : Savings
{
    public LockedSavings(string owner, decimal initial) : base(owner, initial, 0.06m) { }
    public override string Kind { get { return "Locked"; } }
    public override void Withdraw(decimal amount) { throw new NotSupportedException("locked until maturity"); }
    public override void EndOfMonth() { base.EndOfMonth(); base.EndOfMonth(); }
    public new string Describe() { return "locked: " + base.Describe(); }
}

class Base
{
    public string Trace = "";
    public Base() { Trace += "Base;"; Init(); }
    protected virtual void Init() { Trace += "Base.Init;"; }
    public virtual string Who() { return "Base"; }
    public string WhoStatic() { return "Base.WhoStatic"; }
}
class Derived : Base
{
    readonly string field = "initialized";
    string seenInInit;
    public Derived() { Trace += "Derived(" + seenInInit + ");"; }
    protected override void Init() { seenInInit = field ?? "null"; Trace += "Derived.Init;"; }
    public override string Who() { return "Derived>" + base.Who(); }
    public new string WhoStatic() { return "Derived.WhoStatic"; }
}

class ClassHierarchies
{
    static int Main()
    {
        Console.WriteLine("before first account");
        var accounts = new List<Account> { new Checking("ann", 50), new Savings("bob", 1200, 0.03m), new LockedSavings("cy", 5000), new Checking("dee", 10, 0) };
        Console.WriteLine("opened " + Account.Opened);
        foreach (var acc in accounts)
        {
            try { acc.Withdraw(120); Console.WriteLine("withdrew from " + acc.Owner); }
            catch (InvalidOperationException e) { Console.WriteLine("refused: " + e.Message); }
            catch (NotSupportedException e) { Console.WriteLine("not allowed: " + e.Message); }
            acc.EndOfMonth();
        }
        accounts[0].Deposit(30);
        foreach (var acc in accounts) Console.WriteLine(acc);
        Console.WriteLine("history " + string.Join(", ", ((Checking)accounts[0]).History));
        Console.WriteLine("total " + accounts.Sum(a => a.Balance).ToString("N2") + " by kind " + string.Join(" ", accounts.GroupBy(a => a.Kind).Select(g => g.Key + ":" + g.Count())));
        var locked = (LockedSavings)accounts[2];
        Savings asSavings = locked;
        IDescribable desc = locked;
        IPrintable printable = locked;
        Console.WriteLine(locked.Describe() + " | " + asSavings.Describe() + " | " + desc.Describe() + " | " + desc.Print() + " | " + printable.Print());
        Console.WriteLine("is/as " + (accounts[1] is Savings) + (accounts[2] is Savings) + (accounts[0] is IDescribable) + " " + ((accounts[3] as Savings) == null) + " types " + string.Join(",", accounts.Select(a => a.GetType().Name)));
        var d = new Derived();
        Base asBase = d;
        Console.WriteLine(d.Trace + " | " + asBase.Who() + " | " + asBase.WhoStatic() + " | " + d.WhoStatic());
        try { accounts[1].Withdraw(-5); } catch (ArgumentException e) { Console.WriteLine("validation: " + e.Message); }
        var printables = accounts.OfType<IDescribable>().Select(x => x.Print());
        Console.WriteLine("describables " + string.Join(" ", printables));
        return 100;
    }
}

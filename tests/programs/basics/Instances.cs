using System;

class Node
{
    public int Value;
    public Node Next;
    public static int Created;
    public Node(int value, Node next) { Value = value; Next = next; Created++; }
}

class Account
{
    private long balance;
    private readonly string owner;
    public Account(string owner) { this.owner = owner; }
    public void Deposit(long amount) { balance += amount; }
    public bool Withdraw(long amount) { if (amount > balance) return false; balance -= amount; return true; }
    public long Balance { get { return balance; } }
    public string Owner { get { return owner; } }
}

class Instances
{
    static void Main()
    {
        Node list = null;
        for (int i = 0; i < 100; i++) list = new Node(i, list);
        int sum = 0;
        for (Node n = list; n != null; n = n.Next) sum += n.Value;
        Console.WriteLine(sum);
        Console.WriteLine(Node.Created);
        Account a = new Account("ann");
        a.Deposit(100);
        Console.WriteLine(a.Withdraw(30));
        Console.WriteLine(a.Withdraw(100));
        Console.WriteLine(a.Owner + ": " + a.Balance);
        Console.WriteLine(a.Equals(a));
        Console.WriteLine(a.Equals(new Account("ann")));
        Console.WriteLine(a.GetHashCode() == a.GetHashCode());
    }
}

// await of a dynamic value: the binder finds GetAwaiter on the runtime type (Task, Task<T>, a class with its own
// awaiter whose members are not public but accessible from where the await is), then IsCompleted, OnCompleted and
// GetResult; dynamic operands and results inside async methods (an awaited operand of +, a compound assignment of a
// member with an awaited value, a method called on an awaited dynamic value).
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

class Counter
{
    public int Value;
}

class Lazy
{
    private readonly int _value;
    public Lazy(int value) { _value = value; }
    public LazyAwaiter GetAwaiter() { return new LazyAwaiter(_value); }

    internal sealed class LazyAwaiter : INotifyCompletion
    {
        private readonly int _value;
        internal LazyAwaiter(int value) { _value = value; }
        internal bool IsCompleted { get { return false; } }
        public void OnCompleted(Action continuation) { Task.Run(continuation); }
        internal int GetResult() { return _value * 10; }
    }
}

class Program
{
    static async Task<int> Compute()
    {
        dynamic task = Task.FromResult(5);
        int five = await task;
        dynamic delayed = Task.Run(() => 6);
        int six = await delayed;
        dynamic lazy = new Lazy(7);
        int seventy = await lazy;
        return five + six + seventy;
    }

    static async Task<string> Mixed()
    {
        dynamic d = 1;
        int total = d + await Task.Run(() => 2);
        dynamic counter = new Counter();
        counter.Value = 3;
        counter.Value += await Task.Run(() => 4);
        var parts = (await Task.Factory.StartNew(() => (dynamic)"a,b,c")).Split(',');
        string joined = await Task.Factory.StartNew(() => (dynamic)"joined");
        return total + " " + counter.Value + " " + parts.Length + parts[2] + " " + joined;
    }

    static void Main()
    {
        Console.WriteLine(Compute().Result);
        Console.WriteLine(Mixed().Result);
    }
}

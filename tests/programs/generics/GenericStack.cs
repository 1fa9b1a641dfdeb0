using System;

class Stack<T>
{
    private T[] items = new T[2];
    private int count;
    public int Count { get { return count; } }
    public void Push(T item)
    {
        if (count == items.Length)
        {
            T[] bigger = new T[items.Length * 2];
            for (int i = 0; i < count; i++) bigger[i] = items[i];
            items = bigger;
        }
        items[count++] = item;
    }
    public T Pop()
    {
        if (count == 0) throw new InvalidOperationException("empty stack");
        T v = items[--count];
        items[count] = default(T);
        return v;
    }
    public T Peek() { return items[count - 1]; }
}

class GenericStack
{
    static void Main()
    {
        Stack<int> si = new Stack<int>();
        for (int i = 0; i < 10; i++) si.Push(i * i);
        Console.WriteLine("count " + si.Count + " peek " + si.Peek());
        while (si.Count > 0) Console.Write(si.Pop() + " ");
        Console.WriteLine();
        Stack<string> ss = new Stack<string>();
        ss.Push("a"); ss.Push("b"); ss.Push("c");
        Console.WriteLine(ss.Pop() + ss.Pop() + ss.Pop());
        try { ss.Pop(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Stack<long> sl = new Stack<long>();
        sl.Push(long.MaxValue); sl.Push(long.MinValue);
        Console.WriteLine(sl.Pop() + " " + sl.Pop());
    }
}

using System;

class IntStack
{
    class Node { public int V; public Node Next; }
    Node top; int size;
    public void Push(int v) { Node n = new Node(); n.V = v; n.Next = top; top = n; size++; }
    public int Pop() { if (top == null) throw new InvalidOperationException("stack empty"); int v = top.V; top = top.Next; size--; return v; }
    public bool IsEmpty { get { return top == null; } }
    public int Size { get { return size; } }
}

class RingQueue
{
    int[] buf; int head, tail, count;
    public RingQueue(int cap) { buf = new int[cap]; }
    public void Enqueue(int v)
    {
        if (count == buf.Length) { int[] nb = new int[buf.Length * 2]; for (int i = 0; i < count; i++) nb[i] = buf[(head + i) % buf.Length]; buf = nb; head = 0; tail = count; }
        buf[tail] = v; tail = (tail + 1) % buf.Length; count++;
    }
    public int Dequeue() { if (count == 0) throw new InvalidOperationException("queue empty"); int v = buf[head]; head = (head + 1) % buf.Length; count--; return v; }
    public int Count { get { return count; } }
}

class HandStackQueue
{
    static bool Balanced(string s)
    {
        IntStack st = new IntStack();
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '(' || c == '[' || c == '{') st.Push(c);
            else if (c == ')' || c == ']' || c == '}')
            {
                if (st.IsEmpty) return false;
                int o = st.Pop();
                if ((c == ')' && o != '(') || (c == ']' && o != '[') || (c == '}' && o != '{')) return false;
            }
        }
        return st.IsEmpty;
    }

    static void Main()
    {
        string[] tests = new string[] { "()", "([]{})", "(]", "((", "{[()()]}", "", ")(" };
        for (int i = 0; i < tests.Length; i++) Console.Write(Balanced(tests[i]) + " ");
        Console.WriteLine();
        RingQueue q = new RingQueue(2);
        for (int i = 1; i <= 5; i++) q.Enqueue(i * 10);
        Console.Write(q.Dequeue() + " " + q.Dequeue() + " ");
        for (int i = 6; i <= 9; i++) q.Enqueue(i * 10);
        while (q.Count > 0) Console.Write(q.Dequeue() + " ");
        Console.WriteLine();
        try { q.Dequeue(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        IntStack s = new IntStack();
        for (int i = 0; i < 100; i++) s.Push(i);
        long sum = 0;
        while (!s.IsEmpty) sum += s.Pop();
        Console.WriteLine(sum + " " + s.Size);
    }
}

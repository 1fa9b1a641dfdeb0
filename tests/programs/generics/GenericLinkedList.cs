using System;

class LinkedList<T>
{
    class Node { public T Value; public Node Next; public Node(T v, Node n) { Value = v; Next = n; } }
    Node head, tail;
    int count;
    public int Count { get { return count; } }
    public void AddLast(T v)
    {
        Node n = new Node(v, null);
        if (tail == null) head = tail = n; else { tail.Next = n; tail = n; }
        count++;
    }
    public void AddFirst(T v) { head = new Node(v, head); if (tail == null) tail = head; count++; }
    public bool Remove(T v)
    {
        Node prev = null;
        for (Node c = head; c != null; prev = c, c = c.Next)
        {
            if (object.Equals(c.Value, v))
            {
                if (prev == null) head = c.Next; else prev.Next = c.Next;
                if (c == tail) tail = prev;
                count--;
                return true;
            }
        }
        return false;
    }
    public void ForEach(Action<T> a) { for (Node c = head; c != null; c = c.Next) a(c.Value); }
}

class GenericLinkedList
{
    static void Main()
    {
        LinkedList<int> l = new LinkedList<int>();
        for (int i = 1; i <= 5; i++) l.AddLast(i);
        l.AddFirst(0);
        Console.WriteLine(l.Remove(3) + " " + l.Remove(42) + " " + l.Remove(5));
        l.AddLast(99);
        l.ForEach(x => Console.Write(x + ","));
        Console.WriteLine(" count=" + l.Count);
        LinkedList<string> ls = new LinkedList<string>();
        ls.AddLast("b"); ls.AddFirst("a"); ls.AddLast("c");
        ls.Remove("a");
        string acc = "";
        ls.ForEach(s => acc += s);
        Console.WriteLine(acc + " " + ls.Count);
    }
}

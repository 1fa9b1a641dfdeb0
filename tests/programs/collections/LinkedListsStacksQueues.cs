using System;
using System.Collections.Generic;
using System.Linq;

class LinkedListsStacksQueues
{
    static string Show<T>(IEnumerable<T> items) { return "[" + string.Join(", ", items) + "]"; }

    static string Walk<T>(LinkedList<T> list)
    {
        string forward = "", backward = "";
        for (LinkedListNode<T> n = list.First; n != null; n = n.Next) forward += n.Value + " ";
        for (LinkedListNode<T> n = list.Last; n != null; n = n.Previous) backward += n.Value + " ";
        return forward.Trim() + " / " + backward.Trim();
    }

    static void Try(string label, Action action)
    {
        try
        {
            action();
            Console.WriteLine(label + ": no exception");
        }
        catch (InvalidOperationException e) { Console.WriteLine(label + ": InvalidOperationException " + e.Message); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static void Main()
    {
        LinkedList<string> list = new LinkedList<string>();
        Console.WriteLine(list.Count + " " + (list.First == null) + " " + (list.Last == null) + " " + Walk(list));
        LinkedListNode<string> b = list.AddLast("b");
        list.AddFirst("a");
        LinkedListNode<string> d = list.AddLast("d");
        list.AddBefore(d, "c");
        list.AddAfter(d, "e");
        list.AddAfter(b, new LinkedListNode<string>("b2"));
        list.AddBefore(list.First, "start");
        Console.WriteLine(Walk(list) + " count " + list.Count);
        Console.WriteLine(list.First.Value + " " + list.Last.Value + " " + (b.List == list) + " " + b.Next.Value + " " + b.Previous.Value);
        Console.WriteLine((list.Find("c").Previous.Value) + " " + (list.Find("zz") == null) + " " + list.Contains("e") + " " + list.Contains("zz"));
        list.AddLast("b");
        Console.WriteLine((list.Find("b") == b) + " " + (list.FindLast("b") == b) + " " + (list.FindLast("b") == list.Last));
        Console.WriteLine(list.Remove("b") + " " + list.Remove("zz") + " " + (b.List == null) + " " + (b.Next == null) + " " + Walk(list));
        list.Remove(d);
        list.RemoveFirst();
        list.RemoveLast();
        Console.WriteLine(Walk(list) + " " + list.Count);
        string[] copy = new string[list.Count + 1];
        list.CopyTo(copy, 1);
        Console.WriteLine(Show(copy));
        d.Value = "D";
        list.AddFirst(d);
        Console.WriteLine(Walk(list) + " " + (d.List == list));
        LinkedList<int> numbers = new LinkedList<int>(Enumerable.Range(1, 5));
        Console.WriteLine(Show(numbers) + " " + numbers.Sum() + " " + numbers.Count() + " " + numbers.Last.Previous.Value);
        LinkedList<int> other = new LinkedList<int>();
        LinkedListNode<int> foreign = other.AddLast(7);
        Try("foreign node", () => numbers.AddAfter(foreign, 1));
        Try("foreign remove", () => numbers.Remove(foreign));
        Try("attached node", () => numbers.AddLast(foreign));
        Try("null node", () => numbers.AddBefore(null, 1));
        Try("empty remove", () => new LinkedList<int>().RemoveFirst());
        Try("empty remove last", () => new LinkedList<int>().RemoveLast());
        Try("modified", () => { foreach (int x in numbers) numbers.AddLast(x); });
        Try("value change", () => { foreach (int x in numbers) numbers.First.Value = x; });
        numbers.Clear();
        Console.WriteLine(numbers.Count + " " + (numbers.First == null) + " " + Show(numbers));
        LinkedList<string> withNull = new LinkedList<string>(new[] { "x", null, "y" });
        Console.WriteLine((withNull.Find(null) == withNull.First.Next) + " " + withNull.Remove((string)null) + " " + withNull.Count);

        Stack<int> stack = new Stack<int>(new[] { 1, 2, 3 });
        stack.Push(4);
        Console.WriteLine(Show(stack) + " " + stack.Peek() + " " + stack.Count + " " + stack.Contains(2) + " " + stack.Contains(9) + " " + Show(stack.ToArray()));
        int top;
        Console.WriteLine(stack.Pop() + " " + stack.TryPop(out top) + " " + top + " " + stack.TryPeek(out top) + " " + top + " " + stack.Count);
        int[] stackCopy = new int[4];
        stack.CopyTo(stackCopy, 1);
        Console.WriteLine(Show(stackCopy) + " " + stack.First() + " " + stack.Last());
        stack.Clear();
        Console.WriteLine(stack.TryPop(out top) + " " + top + " " + stack.TryPeek(out top) + " " + stack.Count);
        Try("pop empty", () => stack.Pop());
        Try("peek empty", () => stack.Peek());
        stack.Push(1);
        Try("stack modified", () => { foreach (int x in stack) stack.Push(x); });
        Try("stack peek while enumerating", () => { foreach (int x in stack) stack.Peek(); });

        Queue<string> queue = new Queue<string>();
        for (int i = 0; i < 6; i++) queue.Enqueue("q" + i);
        Console.WriteLine(queue.Dequeue() + " " + queue.Dequeue() + " " + queue.Peek() + " " + queue.Count);
        for (int i = 6; i < 12; i++) queue.Enqueue("q" + i);
        Console.WriteLine(Show(queue) + " " + queue.Contains("q7") + " " + queue.Contains("q0") + " " + Show(queue.ToArray()));
        string head;
        Console.WriteLine(queue.TryDequeue(out head) + " " + head + " " + queue.TryPeek(out head) + " " + head);
        string[] queueCopy = new string[queue.Count + 1];
        queue.CopyTo(queueCopy, 1);
        Console.WriteLine(Show(queueCopy));
        queue.Clear();
        Console.WriteLine(queue.TryDequeue(out head) + " " + (head == null) + " " + queue.Count);
        Try("dequeue empty", () => queue.Dequeue());
        Try("peek empty queue", () => queue.Peek());
        queue.Enqueue("x");
        Try("queue modified", () => { foreach (string s in queue) queue.Enqueue(s); });
        Queue<int> fromRange = new Queue<int>(Enumerable.Range(0, 100));
        int total = 0;
        while (fromRange.Count > 1) { total += fromRange.Dequeue(); fromRange.Enqueue(fromRange.Dequeue()); }
        Console.WriteLine(total + " " + fromRange.Peek());
    }
}

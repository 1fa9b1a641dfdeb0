using System;
using System.Collections.Generic;

class StacksQueuesSetsArrays
{
    static void Main()
    {
        Stack<string> stack = new Stack<string>();
        foreach (string s in new[] { "a", "b", "c" }) stack.Push(s);
        Console.WriteLine(stack.Pop() + stack.Peek() + stack.Count);
        Queue<int> queue = new Queue<int>();
        for (int i = 0; i < 10; i++) queue.Enqueue(i * i);
        int sum = 0;
        while (queue.Count > 3) sum += queue.Dequeue();
        Console.WriteLine(sum + " " + queue.Peek() + " " + string.Join(",", queue.ToArray()));
        HashSet<int> set = new HashSet<int>();
        for (int i = 0; i < 20; i++) set.Add(i % 7);
        Console.WriteLine(set.Count + " " + set.Contains(6) + " " + set.Contains(7) + " " + set.Add(3));
        int[] data = { 5, 3, 9, 1, 7 };
        Array.Sort(data);
        Console.WriteLine(string.Join(",", data) + " " + Array.IndexOf(data, 7) + " " + Array.BinarySearch(data, 9));
        Array.Reverse(data);
        int[] copy = new int[7];
        Array.Copy(data, 0, copy, 2, 5);
        Console.WriteLine(string.Join(",", copy));
        Array.Resize(ref data, 3);
        Console.WriteLine(data.Length + " " + data[2]);
        string[] names = { "pear", "fig", "apple" };
        Array.Sort(names, (x, y) => x.Length.CompareTo(y.Length));
        Console.WriteLine(string.Join(" ", names));
        Console.WriteLine(Math.Sqrt(144) + " " + Math.Pow(2, 10) + " " + Math.Floor(-2.5) + " " + Math.Ceiling(2.1) + " " + Math.Round(3.5));
        Console.WriteLine(Math.Abs(-7) + " " + Math.Max(3L, 9L) + " " + Math.Sign(-4.0) + " " + Math.Round(1.23456, 2));
    }
}

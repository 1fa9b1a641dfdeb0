// Singly linked lists built from a node class: reverse in place, merge sort, merging sorted lists, removing
// the n-th node from the end, Floyd cycle detection, and palindrome checks.
using System;
using System.Text;

class ListNode
{
    public int Value; public ListNode Next;
    public ListNode(int v, ListNode next = null) { Value = v; Next = next; }
    public static ListNode Of(params int[] values) { ListNode head = null; for (int i = values.Length - 1; i >= 0; i--) head = new ListNode(values[i], head); return head; }
    public static string Show(ListNode n) { var sb = new StringBuilder("["); for (; n != null; n = n.Next) { sb.Append(n.Value); if (n.Next != null) sb.Append(' '); } return sb.Append(']').ToString(); }
}

class LinkedListAlgorithms
{
    static ListNode Reverse(ListNode head)
    {
        ListNode prev = null;
        while (head != null) { ListNode next = head.Next; head.Next = prev; prev = head; head = next; }
        return prev;
    }

    static ListNode Merge(ListNode a, ListNode b)
    {
        var dummy = new ListNode(0);
        ListNode tail = dummy;
        while (a != null && b != null)
        {
            if (a.Value <= b.Value) { tail.Next = a; a = a.Next; } else { tail.Next = b; b = b.Next; }
            tail = tail.Next;
        }
        tail.Next = a ?? b;
        return dummy.Next;
    }

    static ListNode Sort(ListNode head)
    {
        if (head == null || head.Next == null) return head;
        ListNode slow = head, fast = head.Next;
        while (fast != null && fast.Next != null) { slow = slow.Next; fast = fast.Next.Next; }
        ListNode second = slow.Next;
        slow.Next = null;
        return Merge(Sort(head), Sort(second));
    }

    static ListNode RemoveFromEnd(ListNode head, int n)
    {
        var dummy = new ListNode(0, head);
        ListNode lead = dummy, trail = dummy;
        for (int i = 0; i <= n; i++) lead = lead.Next;
        while (lead != null) { lead = lead.Next; trail = trail.Next; }
        trail.Next = trail.Next.Next;
        return dummy.Next;
    }

    static int CycleLength(ListNode head)
    {
        ListNode slow = head, fast = head;
        while (fast != null && fast.Next != null)
        {
            slow = slow.Next; fast = fast.Next.Next;
            if (slow == fast)
            {
                int len = 1;
                for (ListNode p = slow.Next; p != slow; p = p.Next) len++;
                return len;
            }
        }
        return 0;
    }

    static bool IsPalindrome(ListNode head)
    {
        ListNode slow = head, fast = head;
        while (fast != null && fast.Next != null) { slow = slow.Next; fast = fast.Next.Next; }
        ListNode back = Reverse(slow);
        for (ListNode a = head, b = back; b != null; a = a.Next, b = b.Next) if (a.Value != b.Value) return false;
        return true;
    }

    static int Count(ListNode n) { int c = 0; for (; n != null; n = n.Next) c++; return c; }

    static void Main()
    {
        var list = ListNode.Of(5, 1, 4, 2, 3);
        Console.WriteLine(ListNode.Show(list) + " reversed " + ListNode.Show(Reverse(ListNode.Of(5, 1, 4, 2, 3))));
        Console.WriteLine("sorted " + ListNode.Show(Sort(list)));
        Console.WriteLine("merged " + ListNode.Show(Merge(ListNode.Of(1, 4, 9), ListNode.Of(2, 3, 10, 11))));
        Console.WriteLine("merge with empty " + ListNode.Show(Merge(null, ListNode.Of(7))));
        Console.WriteLine("remove 2nd from end " + ListNode.Show(RemoveFromEnd(ListNode.Of(1, 2, 3, 4, 5), 2)));
        Console.WriteLine("remove last " + ListNode.Show(RemoveFromEnd(ListNode.Of(1, 2), 1)) + " remove only " + ListNode.Show(RemoveFromEnd(ListNode.Of(9), 1)));

        var cyc = ListNode.Of(1, 2, 3, 4, 5, 6);
        ListNode tail = cyc; while (tail.Next != null) tail = tail.Next;
        tail.Next = cyc.Next.Next; // 6 -> 3
        Console.WriteLine("cycle length " + CycleLength(cyc) + ", acyclic " + CycleLength(ListNode.Of(1, 2, 3)));

        Console.WriteLine("palindromes " + IsPalindrome(ListNode.Of(1, 2, 3, 2, 1)) + " " + IsPalindrome(ListNode.Of(1, 2, 2, 1)) + " " + IsPalindrome(ListNode.Of(1, 2, 3)));

        // a long list: build 10000 nodes descending, sort them, check order and length
        ListNode big = null;
        uint seed = 7;
        for (int i = 0; i < 10000; i++) { seed = seed * 1664525 + 1013904223; big = new ListNode((int)(seed >> 20), big); }
        big = Sort(big);
        bool ordered = true;
        for (ListNode p = big; p.Next != null; p = p.Next) if (p.Value > p.Next.Value) ordered = false;
        Console.WriteLine("big list sorted " + ordered + ", count " + Count(big) + ", min " + big.Value);
    }
}

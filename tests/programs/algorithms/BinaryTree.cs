using System;

class Tree
{
    class Node { public int Key; public Node Left, Right; public Node(int k) { Key = k; } }
    Node root;
    public int Count;

    public bool Insert(int k)
    {
        if (root == null) { root = new Node(k); Count++; return true; }
        Node cur = root;
        while (true)
        {
            if (k == cur.Key) return false;
            if (k < cur.Key) { if (cur.Left == null) { cur.Left = new Node(k); Count++; return true; } cur = cur.Left; }
            else { if (cur.Right == null) { cur.Right = new Node(k); Count++; return true; } cur = cur.Right; }
        }
    }
    public bool Contains(int k) { Node c = root; while (c != null) { if (k == c.Key) return true; c = k < c.Key ? c.Left : c.Right; } return false; }
    public int Height() { return H(root); }
    static int H(Node n) { return n == null ? 0 : 1 + Math.Max(H(n.Left), H(n.Right)); }
    public string InOrder() { string s = ""; In(root, ref s); return s; }
    static void In(Node n, ref string s) { if (n == null) return; In(n.Left, ref s); s += n.Key + " "; In(n.Right, ref s); }
    public string PreOrder() { return Pre(root); }
    static string Pre(Node n) { return n == null ? "" : n.Key + " " + Pre(n.Left) + Pre(n.Right); }
    public string PostOrder() { return Post(root); }
    static string Post(Node n) { return n == null ? "" : Post(n.Left) + Post(n.Right) + n.Key + " "; }
    public int Min() { Node c = root; while (c.Left != null) c = c.Left; return c.Key; }
}

class BinaryTree
{
    static void Main()
    {
        Tree t = new Tree();
        int[] keys = new int[] { 50, 30, 70, 20, 40, 60, 80, 30, 65, 10, 45 };
        string dup = "";
        for (int i = 0; i < keys.Length; i++) if (!t.Insert(keys[i])) dup += keys[i] + " ";
        Console.WriteLine("count " + t.Count + " dups " + dup + "height " + t.Height());
        Console.WriteLine("in:   " + t.InOrder());
        Console.WriteLine("pre:  " + t.PreOrder());
        Console.WriteLine("post: " + t.PostOrder());
        Console.WriteLine(t.Contains(65) + " " + t.Contains(66) + " min " + t.Min());
        Tree chain = new Tree();
        for (int i = 0; i < 200; i++) chain.Insert(i);
        Console.WriteLine("chain height " + chain.Height());
    }
}

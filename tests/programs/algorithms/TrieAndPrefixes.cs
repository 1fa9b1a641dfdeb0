// A trie over lowercase words: insertion, exact lookup, prefix counts, autocomplete in lexicographic order,
// longest common prefix, and deletion with node pruning.
using System;
using System.Collections.Generic;
using System.Text;

class Trie
{
    class Node { public Node[] Next = new Node[26]; public bool End; public int Pass; }
    readonly Node root = new Node();
    public int Nodes = 1;

    public void Add(string w)
    {
        Node n = root;
        n.Pass++;
        foreach (char c in w)
        {
            int i = c - 'a';
            if (n.Next[i] == null) { n.Next[i] = new Node(); Nodes++; }
            n = n.Next[i];
            n.Pass++;
        }
        n.End = true;
    }

    Node Find(string prefix)
    {
        Node n = root;
        foreach (char c in prefix) { n = n.Next[c - 'a']; if (n == null) return null; }
        return n;
    }

    public bool Contains(string w) { Node n = Find(w); return n != null && n.End; }
    public int CountPrefix(string p) { Node n = Find(p); return n == null ? 0 : n.Pass; }

    public List<string> Complete(string prefix, int limit)
    {
        var result = new List<string>();
        Node n = Find(prefix);
        if (n != null) Walk(n, new StringBuilder(prefix), result, limit);
        return result;
    }

    void Walk(Node n, StringBuilder sb, List<string> result, int limit)
    {
        if (result.Count >= limit) return;
        if (n.End) result.Add(sb.ToString());
        for (int i = 0; i < 26; i++)
        {
            if (n.Next[i] == null) continue;
            sb.Append((char)('a' + i));
            Walk(n.Next[i], sb, result, limit);
            sb.Length--;
        }
    }

    public string LongestCommonPrefix()
    {
        var sb = new StringBuilder();
        Node n = root;
        while (!n.End)
        {
            int only = -1, count = 0;
            for (int i = 0; i < 26; i++) if (n.Next[i] != null) { only = i; count++; }
            if (count != 1) break;
            sb.Append((char)('a' + only));
            n = n.Next[only];
        }
        return sb.ToString();
    }

    public bool Remove(string w)
    {
        if (!Contains(w)) return false;
        Node n = root;
        n.Pass--;
        foreach (char c in w)
        {
            int i = c - 'a';
            Node child = n.Next[i];
            if (--child.Pass == 0) { Nodes -= CountNodes(child); n.Next[i] = null; return true; }
            n = child;
        }
        n.End = false;
        return true;
    }

    static int CountNodes(Node n) { int c = 1; foreach (Node x in n.Next) if (x != null) c += CountNodes(x); return c; }
}

class TrieAndPrefixes
{
    static void Main()
    {
        var t = new Trie();
        string[] words = { "car", "card", "care", "careful", "cart", "cat", "catalog", "dog", "dot", "dove", "do" };
        foreach (string w in words) t.Add(w);
        Console.WriteLine("nodes " + t.Nodes);
        foreach (string q in new[] { "car", "ca", "cards", "do", "dove", "d" })
            Console.WriteLine(q + ": contains " + t.Contains(q) + ", prefix count " + t.CountPrefix(q) + ", completions " + string.Join(",", t.Complete(q, 4)));
        Console.WriteLine("lcp of all: '" + t.LongestCommonPrefix() + "'");
        var cs = new Trie();
        foreach (string w in new[] { "interstellar", "internet", "interval", "internal" }) cs.Add(w);
        Console.WriteLine("lcp: '" + cs.LongestCommonPrefix() + "'");
        Console.WriteLine("remove careful " + t.Remove("careful") + ", again " + t.Remove("careful") + ", nodes " + t.Nodes);
        Console.WriteLine("remove car " + t.Remove("car") + ", car " + t.Contains("car") + ", card " + t.Contains("card") + ", nodes " + t.Nodes);
        Console.WriteLine("remove dove " + t.Remove("dove") + ", completions of do: " + string.Join(",", t.Complete("do", 10)) + ", nodes " + t.Nodes);
    }
}

// Huffman coding with deterministic tie-breaking: builds the tree from symbol frequencies, prints the code table,
// encodes a message to a bit string, decodes it back, and reports the compression ratio.
using System;
using System.Collections.Generic;
using System.Text;

class HuffmanCoding
{
    class Node
    {
        public char Symbol; public int Weight; public int Order; public Node Left, Right;
        public bool IsLeaf { get { return Left == null; } }
    }

    static int Compare(Node a, Node b) { return a.Weight != b.Weight ? a.Weight - b.Weight : a.Order - b.Order; }

    static void Codes(Node n, string prefix, Dictionary<char, string> into)
    {
        if (n.IsLeaf) { into[n.Symbol] = prefix.Length == 0 ? "0" : prefix; return; }
        Codes(n.Left, prefix + "0", into);
        Codes(n.Right, prefix + "1", into);
    }

    static void Main()
    {
        string text = "this is an example of a huffman tree built from a fixed sentence";
        var freq = new Dictionary<char, int>();
        foreach (char c in text) { int f; freq.TryGetValue(c, out f); freq[c] = f + 1; }
        var symbols = new List<char>(freq.Keys);
        symbols.Sort();
        var pool = new List<Node>();
        int order = 0;
        foreach (char c in symbols) pool.Add(new Node { Symbol = c, Weight = freq[c], Order = order++ });
        while (pool.Count > 1)
        {
            pool.Sort(Compare);
            Node a = pool[0], b = pool[1];
            pool.RemoveRange(0, 2);
            pool.Add(new Node { Weight = a.Weight + b.Weight, Order = order++, Left = a, Right = b });
        }
        var table = new Dictionary<char, string>();
        Codes(pool[0], "", table);
        foreach (char c in symbols) Console.WriteLine("'" + c + "' x" + freq[c] + " -> " + table[c]);

        var bits = new StringBuilder();
        foreach (char c in text) bits.Append(table[c]);
        Console.WriteLine("bits: " + bits.Length + " (fixed 8-bit: " + text.Length * 8 + ")");
        Console.WriteLine(bits.ToString(0, 60) + "...");

        var decoded = new StringBuilder();
        Node cur = pool[0];
        foreach (char bit in bits.ToString())
        {
            cur = bit == '0' ? cur.Left : cur.Right;
            if (cur.IsLeaf) { decoded.Append(cur.Symbol); cur = pool[0]; }
        }
        Console.WriteLine("round trip: " + (decoded.ToString() == text));
        Console.WriteLine("ratio: " + (bits.Length * 100 / (text.Length * 8)) + "%");
    }
}

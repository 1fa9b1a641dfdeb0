using System;

class HashTable
{
    string[] keys;
    int[] values;
    bool[] used;
    int count;

    public HashTable(int cap) { keys = new string[cap]; values = new int[cap]; used = new bool[cap]; }
    public int Count { get { return count; } }

    static int Hash(string s) { int h = 17; for (int i = 0; i < s.Length; i++) h = unchecked(h * 31 + s[i]); return h & 0x7FFFFFFF; }

    int Slot(string k)
    {
        int i = Hash(k) % keys.Length;
        while (used[i] && keys[i] != k) i = (i + 1) % keys.Length;
        return i;
    }

    public void Put(string k, int v)
    {
        if ((count + 1) * 2 > keys.Length) Grow();
        int i = Slot(k);
        if (!used[i]) { used[i] = true; keys[i] = k; count++; }
        values[i] = v;
    }

    public bool TryGet(string k, out int v) { int i = Slot(k); v = used[i] ? values[i] : 0; return used[i]; }

    void Grow()
    {
        string[] ok = keys; int[] ov = values; bool[] ou = used;
        keys = new string[ok.Length * 2]; values = new int[ok.Length * 2]; used = new bool[ok.Length * 2]; count = 0;
        for (int i = 0; i < ok.Length; i++) if (ou[i]) Put(ok[i], ov[i]);
    }
}

class HandHashTable
{
    static void Main()
    {
        HashTable h = new HashTable(4);
        string text = "the cat and the dog and the bird saw the cat";
        string word = "";
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == ' ')
            {
                int c; h.TryGet(word, out c); h.Put(word, c + 1); word = "";
            }
            else word += text[i];
        }
        string[] probe = new string[] { "the", "cat", "and", "dog", "bird", "saw", "fish" };
        for (int i = 0; i < probe.Length; i++) { int v; bool f = h.TryGet(probe[i], out v); Console.WriteLine(probe[i] + " " + f + " " + v); }
        Console.WriteLine("distinct " + h.Count);
        for (int i = 0; i < 1000; i++) h.Put("k" + i, i * i);
        int v999; h.TryGet("k999", out v999);
        Console.WriteLine(h.Count + " " + v999);
    }
}

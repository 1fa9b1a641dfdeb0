using System;

class LoopVariableCapture
{
    static void Main()
    {
        Func<int>[] fs = new Func<int>[4];
        for (int i = 0; i < fs.Length; i++) fs[i] = () => i;
        string s = "";
        for (int k = 0; k < fs.Length; k++) s += fs[k]() + " ";
        Console.WriteLine("shared for var: " + s);
        for (int i = 0; i < fs.Length; i++) { int copy = i; fs[i] = () => copy * copy; }
        s = "";
        for (int k = 0; k < fs.Length; k++) s += fs[k]() + " ";
        Console.WriteLine("per-iteration copy: " + s);
        string[] names = new string[] { "a", "b", "c" };
        Func<string>[] gs = new Func<string>[names.Length];
        int idx = 0;
        foreach (string n in names) { gs[idx++] = () => n.ToString() + n; }
        s = "";
        for (int k = 0; k < gs.Length; k++) s += gs[k]() + " ";
        Console.WriteLine("foreach var: " + s);
        Action[] acts = new Action[3];
        int total = 0;
        for (int i = 0; i < 3; i++) { int w = i + 1; acts[i] = () => total += w; }
        for (int r = 0; r < 2; r++) for (int k = 0; k < acts.Length; k++) acts[k]();
        Console.WriteLine("total " + total);
    }
}

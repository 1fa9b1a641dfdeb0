using System;

struct Mixed
{
    public byte B;
    public long L;
    public short S;
    public double D;
    public char C;
    public int I;
    public bool Flag;
    public sbyte SB;
    public ulong U;
    public float F;
}

struct Wrapper { public byte Tag; public Mixed M; public byte Tail; }

class MixedFieldLayout
{
    static Mixed Make(int seed)
    {
        Mixed m;
        m.B = (byte)(seed * 7); m.L = (long)seed << 40; m.S = (short)(-seed); m.D = seed * 2.0; m.C = (char)('A' + seed % 26);
        m.I = seed * 1000; m.Flag = seed % 2 == 0; m.SB = (sbyte)(-seed); m.U = ulong.MaxValue - (ulong)seed; m.F = seed * 4f;
        return m;
    }
    static string Show(Mixed m) { return m.B + " " + m.L + " " + m.S + " " + m.D + " " + m.C + " " + m.I + " " + m.Flag + " " + m.SB + " " + m.U + " " + m.F; }
    static Mixed Pass(Mixed m, int depth) { if (depth == 0) return m; m.I++; return Pass(m, depth - 1); }

    static void Main()
    {
        Mixed a = Make(3);
        Console.WriteLine(Show(a));
        Mixed[] arr = new Mixed[4];
        for (int i = 0; i < arr.Length; i++) arr[i] = Make(i + 10);
        Mixed t = arr[1]; arr[1] = arr[3]; arr[3] = t;
        for (int i = 0; i < arr.Length; i++) Console.WriteLine(Show(arr[i]));
        Wrapper w = new Wrapper();
        w.Tag = 1; w.Tail = 255; w.M = Make(5);
        Wrapper w2 = w;
        w2.M.D = -1.0;
        Console.WriteLine(w.Tag + " " + w.Tail + " | " + Show(w.M));
        Console.WriteLine(Show(w2.M));
        Console.WriteLine(Show(Pass(a, 50)));
        object boxed = a;
        Mixed back = (Mixed)boxed;
        Console.WriteLine(Show(back) == Show(a));
    }
}

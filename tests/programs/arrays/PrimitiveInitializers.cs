using System;

class PrimitiveInitializers
{
    static void Main()
    {
        bool[] bs = { true, false, true };
        byte[] by = { 0, 127, 255 };
        sbyte[] sb = { -128, 0, 127 };
        short[] sh = { -32768, 1, 32767 };
        ushort[] us = { 0, 1000, 65535 };
        int[] i = { int.MinValue, -1, 0, int.MaxValue };
        uint[] ui = { 0, 1, uint.MaxValue };
        long[] l = { long.MinValue, 0, long.MaxValue };
        ulong[] ul = { 0, ulong.MaxValue };
        char[] c = { 'a', 'Z', '0', '\n' };
        float[] f = { 1.0f, -2.0f, 1024f };
        double[] d = { 0.0, -1.0, 1e6 };
        string[] s = { "a", null, "" };
        Console.WriteLine(bs[0] + " " + bs[1] + " " + bs.Length);
        Console.WriteLine(by[0] + " " + by[1] + " " + by[2]);
        Console.WriteLine(sb[0] + " " + sb[1] + " " + sb[2]);
        Console.WriteLine(sh[0] + " " + sh[1] + " " + sh[2]);
        Console.WriteLine(us[0] + " " + us[1] + " " + us[2]);
        Console.WriteLine(i[0] + " " + i[1] + " " + i[2] + " " + i[3]);
        Console.WriteLine(ui[0] + " " + ui[1] + " " + ui[2]);
        Console.WriteLine(l[0] + " " + l[1] + " " + l[2]);
        Console.WriteLine(ul[0] + " " + ul[1]);
        Console.WriteLine(c[0] + "" + c[1] + c[2] + (int)c[3]);
        Console.WriteLine(f[0] + " " + f[1] + " " + f[2]);
        Console.WriteLine(d[0] + " " + d[1] + " " + d[2]);
        Console.WriteLine((s[0] + "|" + (s[1] == null) + "|" + s[2].Length));
        int[] big = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 };
        int sum = 0;
        foreach (int v in big) sum += v;
        Console.WriteLine(sum);
        Console.WriteLine(c);
    }
}

using System;

class Point { public int X; }

class IncDecArrays
{
    static int[] counters = new int[5];
    static long[] longs = new long[] { long.MaxValue, 0 };
    static int idx;

    static void Main()
    {
        for (int i = 0; i < 20; i++) counters[i % 5]++;
        for (int i = 0; i < 5; i++) counters[i] -= i;
        Console.WriteLine(counters[0] + " " + counters[1] + " " + counters[4]);
        longs[0]++;
        longs[1]--;
        Console.WriteLine(longs[0] + " " + longs[1]);
        int pre = ++counters[idx];
        int post = counters[idx]++;
        Console.WriteLine(pre + " " + post + " " + counters[idx]);
        Point[] ps = new Point[] { new Point(), new Point() };
        ps[1].X++;
        ps[1].X += ps[1].X++ + ++ps[1].X;
        Console.WriteLine(ps[1].X);
        byte[] bs = new byte[] { 255, 0 };
        bs[0]++; bs[1]--;
        Console.WriteLine(bs[0] + " " + bs[1]);
        char[] cs = new char[] { 'a', 'z' };
        cs[0]++; cs[1]--;
        Console.WriteLine(new string(cs));
        double[] ds = new double[] { 1.0, 2.0 };
        ds[0]++; ds[1] *= 8;
        Console.WriteLine(ds[0] + " " + ds[1]);
        int[][] jag = new int[][] { new int[] { 1 }, new int[] { 2, 3 } };
        jag[1][1] += jag[0][0]++ * 10;
        Console.WriteLine(jag[0][0] + " " + jag[1][1]);
    }
}

// Self-checking: goto out of nested loops, goto backwards, labelled blocks inside switch, loops with complex
// conditions, for with several variables, do-while running once, break/continue in nested constructs.
using System;

class GotoAndLoops
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string FindPair(int[] a, int target)
    {
        for (int i = 0; i < a.Length; i++)
            for (int j = i + 1; j < a.Length; j++)
                if (a[i] + a[j] == target) { string r = i + "+" + j; goto found; found: return r; }
        return "none";
    }

    static int Collatz(long n)
    {
        int steps = 0;
    again:
        if (n == 1) return steps;
        n = (n & 1) == 0 ? n / 2 : 3 * n + 1;
        steps++;
        goto again;
    }

    static string Retry()
    {
        int attempt = 0;
        string log = "";
    retry:
        attempt++;
        try
        {
            if (attempt < 3) throw new InvalidOperationException();
            log += "ok" + attempt;
        }
        catch (InvalidOperationException)
        {
            log += "fail" + attempt + " ";
            goto retry;
        }
        return log;
    }

    static int Main()
    {
        Check("goto out of nested loops", FindPair(new[] { 3, 8, 1, 9, 4 }, 13), "3+4");
        Check("no pair", FindPair(new[] { 1, 2 }, 10), "none");
        Check("backward goto loop", Collatz(27).ToString(), "111");
        Check("goto from catch", Retry(), "fail1 fail2 ok3");

        string s = "";
        for (int i = 0, j = 10; i < j; i += 2, j--) s += i + ":" + j + " ";
        Check("for with two variables", s.Trim(), "0:10 2:9 4:8 6:7");
        int runs = 0;
        do { runs++; } while (runs < 0);
        Check("do-while runs once", runs.ToString(), "1");

        s = "";
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                if (j == i) continue;
                if (j > i + 1) break;
                s += i + "" + j + " ";
            }
        }
        Check("break/continue nested", s.Trim(), "01 10 12 20 21 23 30 31 32");

        int k = 0, sum = 0;
        while (true)
        {
            k++;
            if (k % 2 == 0) continue;
            if (k > 9) break;
            sum += k;
        }
        Check("while(true) with break", sum + "/" + k, "25/11");

        s = "";
        foreach (int v in new[] { 1, 2, 3, 4, 5, 6 })
        {
            switch (v % 3)
            {
                case 0:
                    s += "z";
                    continue;
                case 1:
                    if (v > 3) goto case 2;
                    s += "o";
                    break;
                case 2:
                    s += "t";
                    break;
            }
            s += v;
        }
        Check("switch with continue and goto case", s, "o1t2zt4t5z");

        // loop condition with side effects and short-circuit
        int reads = 0;
        int[] data = { 4, 8, 15, 16, 23, 42 };
        int idx = 0;
        while (idx < data.Length && (++reads > 0) && data[idx] < 20) idx++;
        Check("condition side effects", idx + "/" + reads, "4/5");

        // infinite for with goto exit
        int n = 0;
        for (; ; )
        {
            if (++n == 5) goto done;
        }
    done:
        Check("for(;;) exit by goto", n.ToString(), "5");

        // labels in nested blocks
        int depth = 0;
        {
            {
                depth = 2;
                if (depth == 2) goto outside;
                depth = 99;
            }
        }
    outside:
        Check("goto out of blocks", depth.ToString(), "2");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}

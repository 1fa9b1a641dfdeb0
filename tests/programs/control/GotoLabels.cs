using System;

class GotoLabels
{
    static void Main()
    {
        int found = -1, fi = -1, fj = -1;
        for (int i = 0; i < 10; i++)
        {
            for (int j = 0; j < 10; j++)
            {
                if (i * j == 42) { found = i * j; fi = i; fj = j; goto done; }
            }
        }
    done:
        Console.WriteLine(found + " at " + fi + "," + fj);
        int n = 0;
    again:
        n++;
        if (n < 5) goto again;
        Console.WriteLine("n=" + n);
        string s = "";
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                if (j > i) goto nextOuter;
                if ((i + j) % 2 == 1) continue;
                s += i + "" + j + " ";
            }
        nextOuter:;
        }
        Console.WriteLine(s);
        int k = 10;
    loop:
        if (k <= 0) goto end;
        k -= 3;
        Console.Write(k + " ");
        goto loop;
    end:
        Console.WriteLine();
    }
}

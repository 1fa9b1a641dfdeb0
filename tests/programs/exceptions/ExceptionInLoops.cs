using System;

class ExceptionInLoops
{
    static int Risky(int i)
    {
        if (i % 3 == 0) throw new InvalidOperationException("multiple of three: " + i);
        if (i % 5 == 0) throw new ArgumentException("multiple of five: " + i);
        return i * i;
    }

    static void Main()
    {
        int ok = 0, ioe = 0, ae = 0, fin = 0;
        long sum = 0;
        for (int i = 1; i <= 30; i++)
        {
            try { sum += Risky(i); ok++; }
            catch (InvalidOperationException) { ioe++; }
            catch (ArgumentException) { ae++; }
            finally { fin++; }
        }
        Console.WriteLine(ok + " " + ioe + " " + ae + " " + fin + " " + sum);
        string last = "";
        int k = 0;
        do
        {
            try
            {
                k++;
                if (k < 4) throw new Exception("attempt " + k);
                last = "succeeded at " + k;
            }
            catch (Exception e) { last = e.Message; }
        } while (last.IndexOf('s') != 0);
        Console.WriteLine(last);
    }
}

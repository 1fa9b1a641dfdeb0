using System;

class FinallyOnControlFlow
{
    static string log = "";

    static int ReturnFromTry()
    {
        try { log += "try;"; return 1; }
        finally { log += "finally;"; }
    }

    static int ReturnOverwrite()
    {
        int x = 10;
        try { return x; }
        finally { x = 20; log += "x=" + x + ";"; }
    }

    static void Main()
    {
        Console.WriteLine(ReturnFromTry() + " " + log);
        log = "";
        Console.WriteLine(ReturnOverwrite() + " " + log);
        log = "";
        for (int i = 0; i < 5; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                log += "body" + i + ";";
            }
            finally { log += "fin" + i + ";"; }
        }
        Console.WriteLine(log);
        log = "";
        int j = 0;
        while (true)
        {
            try
            {
                try { j++; if (j == 3) break; }
                finally { log += "inner" + j + ";"; }
            }
            finally { log += "outer" + j + ";"; }
        }
        Console.WriteLine(log);
    }
}

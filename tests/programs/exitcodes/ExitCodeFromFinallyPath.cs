using System;

class ExitCodeFromFinallyPath
{
    static int code = 1;

    static int Main()
    {
        for (int i = 0; i < 10; i++)
        {
            try
            {
                if (i == 7) return code;
            }
            finally
            {
                code += i;
                Console.WriteLine("i=" + i + " code=" + code);
            }
        }
        return 100;
    }
}

using System;

class ExitCodeFromComputation
{
    static int Main()
    {
        int sum = 0;
        for (int i = 1; i <= 10; i++) sum += i;
        Console.WriteLine("sum " + sum);
        return sum % 100;
    }
}

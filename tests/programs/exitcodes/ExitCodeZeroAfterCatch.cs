using System;

class ExitCodeZeroAfterCatch
{
    static int Main()
    {
        try
        {
            throw new InvalidOperationException("handled");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
            return 0;
        }
        finally
        {
            Console.WriteLine("finally before exit");
        }
    }
}

using System;

class CatchOrder
{
    static void Throw(int kind)
    {
        switch (kind)
        {
            case 0: throw new ArgumentNullException("p");
            case 1: throw new ArgumentOutOfRangeException("p");
            case 2: throw new ArgumentException("bad arg");
            case 3: throw new InvalidOperationException("bad op");
            case 4: throw new NotSupportedException("nope");
            case 5: throw new FormatException("fmt");
            case 6: throw new Exception("plain");
            default: Console.WriteLine("no throw"); break;
        }
    }

    static void Main()
    {
        for (int k = 0; k <= 7; k++)
        {
            try { Throw(k); Console.WriteLine(k + " returned"); }
            catch (ArgumentNullException) { Console.WriteLine(k + " ArgumentNull"); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine(k + " ArgumentOutOfRange"); }
            catch (ArgumentException e) { Console.WriteLine(k + " Argument: " + e.Message); }
            catch (InvalidOperationException e) { Console.WriteLine(k + " InvalidOperation: " + e.Message); }
            catch (SystemException) { Console.WriteLine(k + " SystemException"); }
            catch (Exception e) { Console.WriteLine(k + " Exception: " + e.Message); }
        }
    }
}

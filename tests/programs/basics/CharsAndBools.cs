using System;

class CharsAndBools
{
    static void Main()
    {
        string text = "Hello, Kiln 2026!";
        int letters = 0, digits = 0, upper = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsDigit(c)) digits++;
            else if (char.IsLetter(c)) letters++;
            if (char.IsUpper(c)) upper++;
        }
        Console.WriteLine(letters + " " + digits + " " + upper);
        char z = 'z';
        Console.WriteLine((int)z);
        Console.WriteLine(char.ToUpper(z));
        Console.WriteLine(z);
        bool t = true, f = false;
        Console.WriteLine(t & f);
        Console.WriteLine(t | f);
        Console.WriteLine(t ^ t);
        Console.WriteLine(!f && t);
        Console.WriteLine(text.IndexOf('K'));
        Console.WriteLine(text.IndexOf('#'));
        Console.WriteLine(true.ToString() + false);
        Console.WriteLine('c'.ToString() + 'd');
    }
}

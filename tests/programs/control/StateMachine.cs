using System;

class StateMachine
{
    const int Start = 0, InNumber = 1, InWord = 2, Done = 3;

    static void Main()
    {
        string input = "abc 123 de 45678 f 9 ";
        int state = Start;
        int numbers = 0, words = 0;
        long numSum = 0, cur = 0;
        string longestWord = "", word = "";
        int pos = 0;
        while (state != Done)
        {
            char c = pos < input.Length ? input[pos] : '\0';
            switch (state)
            {
                case Start:
                    if (c == '\0') state = Done;
                    else if (char.IsDigit(c)) { state = InNumber; cur = c - '0'; }
                    else if (char.IsLetter(c)) { state = InWord; word = c.ToString(); }
                    pos++;
                    break;
                case InNumber:
                    if (char.IsDigit(c)) { cur = cur * 10 + (c - '0'); pos++; }
                    else { numbers++; numSum += cur; state = Start; }
                    break;
                case InWord:
                    if (char.IsLetter(c)) { word += c; pos++; }
                    else { words++; if (word.Length > longestWord.Length) longestWord = word; state = Start; }
                    break;
            }
        }
        Console.WriteLine(numbers + " numbers sum " + numSum);
        Console.WriteLine(words + " words longest " + longestWord);
    }
}

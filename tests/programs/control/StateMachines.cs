// A tokenizer written as an explicit state machine with goto, a vending machine driven by an enum state and
// a switch, and a run-length decoder with labelled loops; prints every transition.
using System;
using System.Collections.Generic;
using System.Text;

enum Vend { Idle, HasCoins, Dispensing, OutOfStock }

class StateMachines
{
    static List<string> Tokenize(string s)
    {
        var tokens = new List<string>();
        var cur = new StringBuilder();
        int i = 0;
    start:
        if (i >= s.Length) goto done;
        char c = s[i];
        if (char.IsWhiteSpace(c)) { i++; goto start; }
        if (char.IsDigit(c)) goto number;
        if (char.IsLetter(c)) goto word;
        tokens.Add("sym:" + c);
        i++;
        goto start;
    number:
        cur.Length = 0;
        while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.')) cur.Append(s[i++]);
        tokens.Add("num:" + cur);
        goto start;
    word:
        cur.Length = 0;
        while (i < s.Length && char.IsLetterOrDigit(s[i])) cur.Append(s[i++]);
        tokens.Add("id:" + cur);
        goto start;
    done:
        return tokens;
    }

    static void Vending()
    {
        Vend state = Vend.Idle;
        int coins = 0, stock = 2;
        string[] events = { "coin", "coin", "push", "push", "coin", "push", "coin", "refund", "coin", "push", "coin" };
        foreach (string ev in events)
        {
            Vend before = state;
            switch (state)
            {
                case Vend.Idle:
                    if (ev == "coin") { coins++; state = Vend.HasCoins; }
                    break;
                case Vend.HasCoins:
                    if (ev == "coin") coins++;
                    else if (ev == "refund") { Console.WriteLine("  refund " + coins); coins = 0; state = Vend.Idle; }
                    else if (ev == "push" && coins >= 2) { coins -= 2; state = Vend.Dispensing; goto case Vend.Dispensing; }
                    break;
                case Vend.Dispensing:
                    stock--;
                    Console.WriteLine("  dispense, stock " + stock);
                    state = stock == 0 ? Vend.OutOfStock : coins > 0 ? Vend.HasCoins : Vend.Idle;
                    break;
                case Vend.OutOfStock:
                    if (ev == "coin") Console.WriteLine("  reject coin");
                    break;
            }
            Console.WriteLine(ev.PadRight(6) + " " + before + " -> " + state + " (coins " + coins + ")");
        }
    }

    static string Decode(string rle)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < rle.Length)
        {
            int count = 0;
            while (i < rle.Length && char.IsDigit(rle[i])) count = count * 10 + (rle[i++] - '0');
            if (i >= rle.Length) break;
            char ch = rle[i++];
            if (count == 0) count = 1;
            for (int k = 0; k < count; k++)
            {
                if (sb.Length >= 40) goto truncated;
                sb.Append(ch);
            }
        }
        return sb.ToString();
    truncated:
        return sb + "...";
    }

    static void Main()
    {
        Console.WriteLine(string.Join(" ", Tokenize("x1 = 3.25*(y + 42) - foo;")));
        Console.WriteLine(string.Join(" ", Tokenize("   ")) + "|");
        Vending();
        Console.WriteLine(Decode("3a2bc4d"));
        Console.WriteLine(Decode("12x3y"));
        Console.WriteLine(Decode("50z"));
    }
}

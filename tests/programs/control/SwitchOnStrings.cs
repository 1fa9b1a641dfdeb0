using System;

class SwitchOnStrings
{
    static int Eval(string op, int a, int b)
    {
        switch (op)
        {
            case "add": return a + b;
            case "sub": return a - b;
            case "mul": return a * b;
            case "div": return b == 0 ? 0 : a / b;
            case "": return -1;
            case null: return -2;
            default: return -3;
        }
    }

    static void Main()
    {
        string[] ops = new string[] { "add", "sub", "mul", "div", "", null, "pow", "ADD" };
        for (int i = 0; i < ops.Length; i++) Console.WriteLine((ops[i] == null ? "null" : "'" + ops[i] + "'") + " -> " + Eval(ops[i], 12, 4));
        string[] words = new string[] { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" };
        int score = 0;
        for (int i = 0; i < words.Length; i++)
        {
            switch (words[i])
            {
                case "alpha": case "beta": score += 1; break;
                case "gamma": score += 10; break;
                case "delta": case "epsilon": case "zeta": score += 100; break;
                case "theta": score += 1000; break;
            }
        }
        Console.WriteLine(score);
    }
}

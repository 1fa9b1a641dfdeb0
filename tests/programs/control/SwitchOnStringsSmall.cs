using System;

class SwitchOnStringsSmall
{
    static int Eval(string op, int a, int b)
    {
        switch (op)
        {
            case "add": return a + b;
            case "sub": return a - b;
            case null: return -2;
            default: return -3;
        }
    }

    static string Color(string c)
    {
        switch (c)
        {
            case "red": case "crimson": return "warm";
            case "blue": return "cool";
        }
        return "unknown";
    }

    static void Main()
    {
        string[] ops = new string[] { "add", "sub", null, "mul", "ADD", "" };
        for (int i = 0; i < ops.Length; i++) Console.WriteLine((ops[i] == null ? "null" : "'" + ops[i] + "'") + " -> " + Eval(ops[i], 12, 4));
        string[] cs = new string[] { "red", "crimson", "blue", "green", "re" + "d" };
        for (int i = 0; i < cs.Length; i++) Console.WriteLine(cs[i] + " " + Color(cs[i]));
    }
}

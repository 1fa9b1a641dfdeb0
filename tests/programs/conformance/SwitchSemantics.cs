// Self-checking: switch on strings, chars, enums, longs; goto case / goto default; fall-through via goto;
// null string switch; dense and sparse integer switches; pattern-free C# 6 constructs.
using System;

enum Op { Add, Sub, Mul, Div, Mod = 10, Pow = 11 }

class SwitchSemantics
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string Keyword(string s)
    {
        switch (s)
        {
            case "if": case "else": return "branch";
            case "for": case "while": case "do": case "foreach": return "loop";
            case "": return "empty";
            case null: return "null";
            case "IF": return "upper";
            default: return "ident";
        }
    }

    static string Grade(int score)
    {
        switch (score / 10)
        {
            case 10: case 9: return "A";
            case 8: return "B";
            case 7: return "C";
            case 6: return "D";
            default: return score < 0 ? "?" : "F";
        }
    }

    static int Apply(Op op, int a, int b)
    {
        switch (op)
        {
            case Op.Add: return a + b;
            case Op.Sub: return a - b;
            case Op.Mul: return a * b;
            case Op.Div: return a / b;
            case Op.Mod: return a % b;
            case Op.Pow: { int r = 1; for (int i = 0; i < b; i++) r *= a; return r; }
        }
        return -1;
    }

    static string GotoCase(int n)
    {
        string s = "";
        switch (n)
        {
            case 0: s += "zero "; goto case 1;
            case 1: s += "one "; goto case 2;
            case 2: s += "two"; break;
            case 5: s += "five "; goto default;
            default: s += "default"; break;
        }
        return s;
    }

    static string Sparse(long v)
    {
        switch (v)
        {
            case -1000000000000L: return "neg-trillion";
            case 0: return "zero";
            case 7: return "seven";
            case 1000: return "thousand";
            case 1L << 40: return "2^40";
            case long.MaxValue: return "max";
        }
        return "other";
    }

    static int CharClass(char c)
    {
        switch (c)
        {
            case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
            case ' ': case '\t': return 2;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return 3;
            default: return 0;
        }
    }

    static string Dense(int x)
    {
        switch (x)
        {
            case 0: return "a"; case 1: return "b"; case 2: return "c"; case 3: return "d";
            case 4: return "e"; case 5: return "f"; case 6: return "g"; case 7: return "h";
            case 8: return "i"; case 9: return "j"; case 10: return "k"; case 11: return "l";
        }
        return "-";
    }

    static int Main()
    {
        Check("kw branch", Keyword("else"), "branch");
        Check("kw loop", Keyword("foreach"), "loop");
        Check("kw empty", Keyword(""), "empty");
        Check("kw null", Keyword(null), "null");
        Check("kw case-sensitive", Keyword("IF") + Keyword("If"), "upperident");
        Check("kw long list", Keyword("while") + Keyword("whilst"), "loopident");

        string grades = "";
        foreach (int s in new[] { 100, 95, 85, 70, 65, 12, -5 }) grades += Grade(s);
        Check("grades", grades, "AABCDF?");

        Check("enum ops", Apply(Op.Add, 7, 3) + " " + Apply(Op.Sub, 7, 3) + " " + Apply(Op.Mul, 7, 3) + " " + Apply(Op.Div, 7, 3) + " " + Apply(Op.Mod, 7, 3) + " " + Apply(Op.Pow, 2, 10), "10 4 21 2 1 1024");
        Check("enum undefined value", Apply((Op)42, 1, 1).ToString(), "-1");

        Check("goto case chain", GotoCase(0), "zero one two");
        Check("goto case mid", GotoCase(1), "one two");
        Check("goto default", GotoCase(5), "five default");
        Check("default", GotoCase(9), "default");

        Check("sparse", Sparse(-1000000000000L) + Sparse(0) + Sparse(7) + Sparse(1000) + Sparse(1L << 40) + Sparse(long.MaxValue) + Sparse(8), "neg-trillionzeroseventhousand2^40maxother");

        int[] classes = new int[4];
        foreach (char c in "hello world 2024\tend") classes[CharClass(c)]++;
        Check("char classes", classes[0] + "," + classes[1] + "," + classes[2] + "," + classes[3], "9,4,3,4");

        string dense = "";
        for (int i = -1; i <= 12; i++) dense += Dense(i);
        Check("dense jump table", dense, "-abcdefghijkl-");

        // switch inside loop with continue and break
        int total = 0;
        for (int i = 0; i < 10; i++)
        {
            switch (i % 3)
            {
                case 0: continue;
                case 1: total += i; break;
                default: total += 100; break;
            }
            total++;
        }
        Check("switch in loop", total.ToString(), "318");

        // string switch with many cases (hash-based dispatch in compilers)
        string[] month = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "xyz" };
        string nums = "";
        foreach (string m in month) nums += MonthNumber(m) + ".";
        Check("many string cases", nums, "1.2.3.4.5.6.7.8.9.10.11.12.0.");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static int MonthNumber(string m)
    {
        switch (m)
        {
            case "jan": return 1; case "feb": return 2; case "mar": return 3; case "apr": return 4;
            case "may": return 5; case "jun": return 6; case "jul": return 7; case "aug": return 8;
            case "sep": return 9; case "oct": return 10; case "nov": return 11; case "dec": return 12;
            default: return 0;
        }
    }
}

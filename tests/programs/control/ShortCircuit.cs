using System;

class ShortCircuit
{
    static string log = "";
    static bool T(string tag) { log += tag; return true; }
    static bool F(string tag) { log += tag; return false; }

    static void Run(string name, bool r) { Console.WriteLine(name + " = " + r + " log=" + log); log = ""; }

    static void Main()
    {
        Run("T&&F", T("a") && F("b"));
        Run("F&&T", F("a") && T("b"));
        Run("T||F", T("a") || F("b"));
        Run("F||T", F("a") || T("b"));
        Run("F&T", F("a") & T("b"));
        Run("T|F", T("a") | F("b"));
        Run("mix", F("a") || T("b") && F("c") || T("d"));
        Run("mix2", (F("a") || T("b")) && (F("c") || F("d")));
        Run("not", !F("a") && !T("b"));
        string s = null;
        Console.WriteLine(s != null && s.Length > 0);
        Console.WriteLine(s == null || s.Length == 0);
        int[] arr = new int[3];
        int idx = 5;
        Console.WriteLine(idx < arr.Length && arr[idx] == 0);
        int counter = 0;
        for (int i = 0; i < 10; i++) if (i % 2 == 0 || ++counter > 100) { }
        Console.WriteLine(counter);
        bool b = T("x") ? F("y") : T("z");
        Run("ternary", b);
    }
}

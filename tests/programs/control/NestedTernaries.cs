using System;

class NestedTernaries
{
    static string Grade(int score) { return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : score >= 60 ? "D" : "F"; }
    static int Sign(long v) { return v > 0 ? 1 : v < 0 ? -1 : 0; }
    static int Clamp(int v, int lo, int hi) { return v < lo ? lo : (v > hi ? hi : v); }
    static string FizzBuzz(int i) { return i % 15 == 0 ? "FizzBuzz" : i % 5 == 0 ? "Buzz" : i % 3 == 0 ? "Fizz" : i.ToString(); }

    static void Main()
    {
        int[] scores = new int[] { 100, 90, 89, 75, 60, 59, 0 };
        for (int i = 0; i < scores.Length; i++) Console.Write(Grade(scores[i]) + " ");
        Console.WriteLine();
        Console.WriteLine(Sign(-5) + " " + Sign(0) + " " + Sign(long.MaxValue));
        Console.WriteLine(Clamp(-5, 0, 10) + " " + Clamp(5, 0, 10) + " " + Clamp(50, 0, 10));
        for (int i = 1; i <= 15; i++) Console.Write(FizzBuzz(i) + (i < 15 ? "," : "\n"));
        object o = scores.Length > 5 ? (object)"many" : (object)scores.Length;
        Console.WriteLine(o);
        bool flag = false;
        int x = flag ? 1 : scores[0] > 50 ? 2 : 3;
        Console.WriteLine(x);
    }
}

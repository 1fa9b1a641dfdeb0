// Extension methods on interfaces, generics, strings and enums; static classes with static state;
// const and readonly fields; static readonly initialization; method chaining through extensions.
using System;
using System.Collections.Generic;
using System.Text;

enum Suit { Clubs, Diamonds, Hearts, Spades }

static class TextExtensions
{
    public static string Repeat(this string s, int n) { var sb = new StringBuilder(); for (int i = 0; i < n; i++) sb.Append(s); return sb.ToString(); }
    public static bool IsPalindrome(this string s) { for (int i = 0, j = s.Length - 1; i < j; i++, j--) if (s[i] != s[j]) return false; return true; }
    public static string Capitalize(this string s) { return s.Length == 0 ? s : char.ToUpper(s[0]) + s.Substring(1); }
    public static int WordCount(this string s) { return s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length; }
}

static class SequenceExtensions
{
    public static T Second<T>(this IEnumerable<T> xs) { int i = 0; foreach (T x in xs) if (i++ == 1) return x; throw new InvalidOperationException("fewer than two"); }
    public static IEnumerable<TOut> MapEvery<T, TOut>(this IEnumerable<T> xs, int step, Func<T, TOut> f)
    {
        int i = 0;
        foreach (T x in xs) if (i++ % step == 0) yield return f(x);
    }
    public static string Show<T>(this IEnumerable<T> xs) { return "[" + string.Join(", ", xs) + "]"; }
    public static int SumBy<T>(this IList<T> xs, Func<T, int> f) { int s = 0; for (int i = 0; i < xs.Count; i++) s += f(xs[i]); return s; }
}

static class SuitExtensions
{
    public static bool IsRed(this Suit s) { return s == Suit.Diamonds || s == Suit.Hearts; }
    public static char Symbol(this Suit s) { return "CDHS"[(int)s]; }
}

static class Counter
{
    public const int Limit = 3;
    public static readonly DateLikeStamp Start = new DateLikeStamp(2024, 1);
    static int hits;
    public static int Hit() { return hits < Limit ? ++hits : hits; }
}

class DateLikeStamp
{
    public readonly int Year, Month;
    public DateLikeStamp(int y, int m) { Year = y; Month = m; }
    public DateLikeStamp AddMonths(int n) { int total = Year * 12 + Month - 1 + n; return new DateLikeStamp(total / 12, total % 12 + 1); }
    public override string ToString() { return Year + "-" + Month.ToString("D2"); }
}

class ExtensionsAndStatics
{
    static void Main()
    {
        Console.WriteLine("ab".Repeat(3) + " " + "level".IsPalindrome() + " " + "levels".IsPalindrome() + " " + "hello world".Capitalize());
        Console.WriteLine("  the  quick brown   fox ".WordCount());
        Console.WriteLine(TextExtensions.Repeat("-", 5));
        var list = new List<int> { 10, 20, 30, 40, 50, 60, 70 };
        Console.WriteLine(list.Second() + " " + list.MapEvery(3, x => x / 10).Show() + " " + list.SumBy(x => x % 7));
        Console.WriteLine(new[] { "x", "y" }.Second() + " " + "abc".MapEvery(2, c => (int)c).Show());
        try { new[] { 1 }.Second(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        foreach (Suit s in new[] { Suit.Clubs, Suit.Diamonds, Suit.Hearts, Suit.Spades })
            Console.Write(s.Symbol() + (s.IsRed() ? "r " : "b "));
        Console.WriteLine();
        for (int i = 0; i < 5; i++) Console.Write(Counter.Hit() + " ");
        Console.WriteLine("limit " + Counter.Limit);
        Console.WriteLine(Counter.Start + " +13 = " + Counter.Start.AddMonths(13) + ", -1 = " + Counter.Start.AddMonths(-1));
        Console.WriteLine(ReferenceEquals(Counter.Start, Counter.Start));
        string nothing = null;
        Console.WriteLine(Describe(nothing) + " " + Describe("x"));
    }

    static string Describe(string s) { return s == null ? "(null)" : s.Repeat(2); }
}

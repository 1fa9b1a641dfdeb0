// System.Text.RegularExpressions: matching (classes, quantifiers greedy and lazy, alternation, anchors, groups
// numbered and named, backreferences, lookaround, atomic groups, inline options), Match/Group/Capture, Matches
// with empty matches, Replace with substitutions and a MatchEvaluator (mono's mcs test test-anon-119), Split with
// captures, Escape/Unescape, the group name API and the errors of bad patterns; a loop over a group that repeats
// tens of thousands of times.
using System;
using System.Text.RegularExpressions;

class Program
{
    static void Show(string pattern, string input, RegexOptions options = RegexOptions.None)
    {
        Match m = Regex.Match(input, pattern, options);
        Console.Write("{0,-28} {1,-22} ", pattern, "\"" + input.Replace("\n", "\\n") + "\"");
        if (!m.Success) { Console.WriteLine("no match"); return; }
        Console.Write("[{0}] at {1}", m.Value.Replace("\n", "\\n"), m.Index);
        for (int i = 1; i < m.Groups.Count; i++)
        {
            Group g = m.Groups[i];
            Console.Write(" {0}={1}", g.Name, g.Success ? "'" + g.Value + "'@" + g.Index : "-");
        }
        Console.WriteLine();
    }

    static void All(string pattern, string input)
    {
        Console.Write("{0,-28} {1,-22} ", pattern, "\"" + input + "\"");
        foreach (Match m in Regex.Matches(input, pattern)) Console.Write("[{0}]@{1} ", m.Value, m.Index);
        Console.WriteLine();
    }

    static void Bad(string pattern)
    {
        try { new Regex(pattern); Console.WriteLine("{0}: accepted", pattern); }
        catch (ArgumentException) { Console.WriteLine("{0}: ArgumentException", pattern); }
    }

    static void Main()
    {
        Show(@"\d+", "abc 123 def 45");
        Show(@"[a-c]+", "xxbcabz");
        Show(@"[^a-z\s]+", "abc DEF1 g");
        Show(@"colou?r", "the color red");
        Show(@"a{2,3}", "a aa aaaa");
        Show(@"a{2,}?", "aaaa");
        Show(@"<.+>", "<a><b>");
        Show(@"<.+?>", "<a><b>");
        Show(@"cat|dog|bird", "hotdog");
        Show(@"^\w+$", "hello");
        Show(@"^\w+$", "hello world");
        Show(@"world$", "hello world\n");
        Show(@"^b", "a\nb", RegexOptions.Multiline);
        Show(@"a$", "a\nb", RegexOptions.Multiline);
        Show(@"\bis\b", "this is it");
        Show(@"\Bis", "this is it");
        Show(@"(\w+)@(\w+)\.com", "mail bob@example.com now");
        Show(@"(?<user>\w+)@(?<host>\w+)", "x alice@home y");
        Show(@"(a)|(b)", "b");
        Show(@"(\w)\1", "abccd");
        Show(@"(?<ch>\w)\k<ch>", "xyzzy");
        Show(@"(?i)hello", "say HeLLo");
        Show(@"HELLO", "say hello", RegexOptions.IgnoreCase);
        Show(@"[A-Z]+", "abc", RegexOptions.IgnoreCase);
        Show(@"a.c", "a\nc abc");
        Show(@"a.c", "a\nc", RegexOptions.Singleline);
        Show(@"\d+(?=px)", "10em 20px");
        Show(@"\d+(?!px)\b", "20px 30em");
        Show(@"(?<=\$)\d+", "cost $42");
        Show(@"(?<!\$)\b\d+", "$42 17");
        Show(@"(?>a+)b", "aaab");
        Show(@"(?>a+)ab", "aaab");
        Show(@"(?:ab)+", "xababab");
        Show(@"(ab)+", "xababab");
        Show(@"(a|ab)(c|bcd)(d*)", "abcd");
        Show(@"\x41\u0042\t", "xAB\t");
        Show(@"[\d-]+", "tel 555-1234");
        Show(@"[a-z-[aeiou]]+", "streetlight");
        Show(@"\p{Lu}\p{Ll}+", "hello World");
        Show(@"a b # comment", "ab", RegexOptions.IgnorePatternWhitespace);
        Show(@"(a)(?:b)(c)", "abc", RegexOptions.ExplicitCapture);
        Show(@"(?<n>a)(b)", "ab");
        Show(@"(x)?y", "y");
        Show(@"()", "abc");
        Show(@"\G\d", "1a2", RegexOptions.None);

        Match loop = Regex.Match("a1b2c3", @"(?:(\w)(\d))+");
        Console.Write("captures of group 1:");
        foreach (Capture c in loop.Groups[1].Captures) Console.Write(" {0}@{1}", c.Value, c.Index);
        Console.WriteLine("; last {0}", loop.Groups[1].Value);

        Show(@"(\d\d)+?x", "123456x");
        Show(@"(?:a|b)+c", "xabbac");
        Show(@"(a\d){2}(b)", "a1a2a3b");
        var pairs = new System.Text.StringBuilder("x");
        for (int i = 0; i < 30000; i++) pairs.Append("ab");
        Match many = Regex.Match(pairs.ToString(), "(ab)+");
        Console.WriteLine("(ab)+ over 30000 pairs: length {0}, captures {1}", many.Length, many.Groups[1].Captures.Count);

        All(@"\d", "a1b22c333");
        All(@"a*", "baaac");
        All(@"", "abc");
        All(@"\b", "hi there");
        All(@"(?<=a)b|c", "abacb cab");

        Match next = Regex.Match("one two three", @"\w+");
        while (next.Success) { Console.Write("{0} ", next.Value); next = next.NextMatch(); }
        Console.WriteLine();
        Console.WriteLine("no match: success {0}, value '{1}', index {2}, groups {3}, empty {4}",
            Match.Empty.Success, Match.Empty.Value, Match.Empty.Index, Match.Empty.Groups.Count,
            object.ReferenceEquals(Regex.Match("abc", "x"), Match.Empty));

        Console.WriteLine(Regex.Replace("John Smith", @"(\w+) (\w+)", "$2, $1"));
        Console.WriteLine(Regex.Replace("John Smith", @"(?<first>\w+) (?<last>\w+)", "${last} ${first} $$ $& $9 ${nope}"));
        Console.WriteLine(Regex.Replace("abc", "b", "[$`|$'|$_|$+]"));
        Console.WriteLine(Regex.Replace("a1b22c333", @"\d+", m => (m.Value.Length * 2).ToString()));
        Console.WriteLine(new Regex(@"\s+").Replace("a  b   c d", " ", 2));
        Console.WriteLine(Regex.Replace("aaa", "a*", "X"));
        Console.WriteLine(Regex.Replace("a.b.c", @"\.", "-"));
        Console.WriteLine(new Regex("x").Replace("xxxx", "y", -1, 2));
        Console.WriteLine(Regex.Match("price: 42", @"(\d+)").Result("[$1]"));

        // test-anon-119: natural order through Replace with a lambda
        Func<string, string> pad = s => Regex.Replace(s ?? "", @"([\d]+)|([^\d]+)", m => m.Value.Length > 0 && char.IsDigit(m.Value[0]) ? m.Value.PadLeft(5, '0') : m.Value);
        Console.WriteLine("{0} {1} {2}", pad("item12"), pad("item2"), string.CompareOrdinal(pad("item12"), pad("item2")) > 0);

        Console.WriteLine(string.Join("|", Regex.Split("a, b,c ,d", @"\s*,\s*")));
        Console.WriteLine(string.Join("|", Regex.Split("a1b2c", @"(\d)")));
        Console.WriteLine(string.Join("|", Regex.Split("abc", "")));
        Console.WriteLine(string.Join("|", new Regex(",").Split("a,b,c,d", 2)));
        Console.WriteLine(string.Join("|", Regex.Split("xyz", ",")));

        Console.WriteLine(Regex.Escape(@"a.b*c (d) [e] {f} $^|+? #\ "));
        Console.WriteLine(Regex.Unescape(@"a\.b\*c\tq"));
        Console.WriteLine(Regex.IsMatch("2024-01-05", @"^\d{4}-\d{2}-\d{2}$"));
        Console.WriteLine(new Regex("b").IsMatch("abc", 2));

        var names = new Regex(@"(?<year>\d{4})-(\d{2})-(?<day>\d{2})(x)?");
        Console.WriteLine(string.Join(",", names.GetGroupNames()));
        Console.WriteLine(string.Join(",", Array.ConvertAll(names.GetGroupNumbers(), n => n.ToString())));
        Console.WriteLine("{0} {1} {2} '{3}'", names.GroupNumberFromName("day"), names.GroupNumberFromName("2"), names.GroupNumberFromName("nope"), names.GroupNameFromNumber(9));
        Match date = names.Match("on 2024-03-07.");
        Console.WriteLine("{0} {1} {2} {3} '{4}'", date.Groups["year"].Value, date.Groups[1].Value, date.Groups["day"].Index, date.Groups[3].Success, date.Groups["nope"].Value);
        Console.WriteLine("{0} {1}", names, names.Options);

        Bad("(abc");
        Bad("abc)");
        Bad("[abc");
        Bad("a**");
        Bad("*a");
        Bad(@"\q");
        Bad(@"(a)\2");
        Bad("x{3,1}");
        Bad("a{,3}");
        try { Regex.Match(null, "a"); } catch (ArgumentNullException e) { Console.WriteLine("null input: {0}", e.ParamName); }
        try { new Regex("a").Match("abc", 4); } catch (ArgumentOutOfRangeException) { Console.WriteLine("startat 4: ArgumentOutOfRangeException"); }
    }
}

// Self-checking: string operations at their edges — empty strings and empty separators, indexes at the end,
// start/count overloads, argument validation exceptions, non-ASCII case mapping, surrogate pairs kept intact,
// repeated and overlapping replacements, and Split/Join round trips.
using System;

class StringEdgeCases
{
    static int failures;

    static void Eq(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got [" + got + "], expected [" + expected + "]"); failures++; }
    }

    static string Throws(Func<object> f)
    {
        try { f(); return "no exception"; }
        catch (ArgumentOutOfRangeException) { return "ArgumentOutOfRange"; }
        catch (ArgumentNullException) { return "ArgumentNull"; }
        catch (ArgumentException) { return "Argument"; }
        catch (NullReferenceException) { return "NullReference"; }
        catch (IndexOutOfRangeException) { return "IndexOutOfRange"; }
    }

    static int Main()
    {
        string e = "";
        Eq("empty length", e.Length.ToString(), "0");
        Eq("IndexOf empty in empty", e.IndexOf("").ToString(), "0");
        Eq("IndexOf empty at end", "abc".IndexOf("", 3).ToString(), "3");
        Eq("LastIndexOf char", "abcabc".LastIndexOf('a').ToString(), "3");
        Eq("IndexOf with start and count", "abcabcabc".IndexOf('c', 3, 3).ToString(), "5");
        Eq("IndexOf not in range", "abcabc".IndexOf('a', 1, 2).ToString(), "-1");
        Eq("IndexOfAny", "hello world".IndexOfAny(new[] { 'w', 'o' }).ToString(), "4");
        Eq("Substring full", "abc".Substring(0), "abc");
        Eq("Substring zero length", "abc".Substring(1, 0), "");
        Eq("Substring past end", Throws(() => "abc".Substring(4)), "ArgumentOutOfRange");
        Eq("Substring negative", Throws(() => "abc".Substring(-1)), "ArgumentOutOfRange");
        Eq("Substring too long", Throws(() => "abc".Substring(1, 3)), "ArgumentOutOfRange");
        Eq("indexer past end", Throws(() => "abc"[3]), "IndexOutOfRange");
        Eq("Remove past end", Throws(() => "abc".Remove(2, 2)), "ArgumentOutOfRange");
        Eq("Insert past end", Throws(() => "abc".Insert(4, "x")), "ArgumentOutOfRange");
        Eq("Insert at end", "abc".Insert(3, "x"), "abcx");
        Eq("Replace empty old throws", Throws(() => "abc".Replace("", "x")), "Argument");
        Eq("Replace null old throws", Throws(() => "abc".Replace(null, "x")), "ArgumentNull");
        Eq("Replace with null removes", "a-b-c".Replace("-", null), "abc");
        Eq("Replace non-overlapping", "aaaa".Replace("aa", "b"), "bb");
        Eq("Replace odd count", "aaa".Replace("aa", "b"), "ba");
        Eq("Replace growing", "abab".Replace("ab", "abab"), "abababab");
        Eq("method on null", Throws(() => ((string)null).Length), "NullReference");
        Eq("PadLeft negative", Throws(() => "a".PadLeft(-1)), "ArgumentOutOfRange");

        Eq("Split no separator found", string.Join("|", "abc".Split(',')), "abc");
        Eq("Split empty string", "".Split(',').Length.ToString(), "1");
        Eq("Split only separators", ",,,".Split(',').Length.ToString(), "4");
        Eq("Split remove empty only separators", ",,,".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Length.ToString(), "0");
        Eq("Split by string", string.Join("|", "a::b::::c".Split(new[] { "::" }, StringSplitOptions.None)), "a|b||c");
        Eq("Split whitespace default", string.Join("|", "a b\tc".Split()), "a|b|c");
        string joined = string.Join(",", "x,y,,z".Split(','));
        Eq("Split/Join round trip", joined, "x,y,,z");
        Eq("Join empty array", string.Join(",", new string[0]), "");
        Eq("Join single", string.Join(",", new[] { "only" }), "only");
        Eq("Join with null items", string.Join("-", new string[] { "a", null, "c" }), "a--c");
        Eq("Concat null", string.Concat((string)null, "x", null), "x");

        Eq("ToUpper accented", "éàü ß".ToUpper(), "ÉÀÜ ß");
        Eq("ToLower accented", "ÉÀÜ".ToLower(), "éàü");
        Eq("ToUpperInvariant greek", "αβγ".ToUpperInvariant(), "ΑΒΓ");
        string emoji = "a\U0001F600b";
        Eq("surrogates length", emoji.Length.ToString(), "4");
        Eq("reverse keeps pair when done by code points", ReverseCodePoints(emoji), "b\U0001F600a");
        Eq("surrogate substring", emoji.Substring(1, 2), "\U0001F600");
        Eq("Trim unicode spaces", "\u00a0\u2003 x \u3000".Trim(), "x");
        Eq("Trim nothing to trim", "x".Trim(), "x");
        Eq("Trim all", "   ".Trim(), "");
        Eq("compare lengths", string.CompareOrdinal("a", "a\0").ToString(), "-1");
        Eq("embedded nul", ("a\0b").Length + "" + ("a\0b")[1].Equals('\0'), "3True");
        Eq("StartsWith empty", "abc".StartsWith("").ToString() + "abc".EndsWith(""), "TrueTrue");
        Eq("Contains empty", "abc".Contains("").ToString(), "True");
        Eq("new string count 0", new string('x', 0), "");
        Eq("char repeat", new string("ab"[0], 3), "aaa");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static string ReverseCodePoints(string s)
    {
        var r = new System.Text.StringBuilder();
        for (int i = s.Length - 1; i >= 0; i--)
        {
            if (char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1])) { r.Append(s[i - 1]).Append(s[i]); i--; }
            else r.Append(s[i]);
        }
        return r.ToString();
    }
}

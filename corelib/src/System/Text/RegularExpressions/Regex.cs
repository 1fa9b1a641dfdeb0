using System.Collections.Generic;

namespace System.Text.RegularExpressions
{
    // .NET regular expressions, matched by a backtracking interpreter over the parsed pattern (RegexNodes). Matches
    // are searched left to right from each start position in turn; the first start where the pattern matches wins.
    public class Regex
    {
        public static readonly TimeSpan InfiniteMatchTimeout = new TimeSpan(0, 0, 0, 0, -1);

        private readonly string m_pattern;
        private readonly RegexOptions m_options;
        private readonly RegexNode m_root;
        private readonly int[] m_slotNumbers;
        private readonly string[] m_slotNames;

        public Regex(string pattern) : this(pattern, RegexOptions.None) { }
        public Regex(string pattern, RegexOptions options, TimeSpan matchTimeout) : this(pattern, options) { }

        public Regex(string pattern, RegexOptions options)
        {
            if (pattern == null) throw new ArgumentNullException("pattern");
            if ((options & ~(RegexOptions)0x7FF) != 0 || (options & (RegexOptions)128) != 0) throw new ArgumentOutOfRangeException("options");
            if ((options & RegexOptions.RightToLeft) != 0) throw new NotSupportedException("RegexOptions.RightToLeft is not supported.");
            m_pattern = pattern;
            m_options = options;
            List<RegexGroupSlot> groups;
            m_root = RegexParser.Parse(pattern, options, out groups);
            m_slotNumbers = new int[groups.Count];
            m_slotNames = new string[groups.Count];
            for (int i = 0; i < groups.Count; i++)
            {
                m_slotNumbers[i] = groups[i].Number;
                m_slotNames[i] = groups[i].Name ?? groups[i].Number.ToString();
            }
        }

        public RegexOptions Options { get { return m_options; } }
        public bool RightToLeft { get { return false; } }
        public TimeSpan MatchTimeout { get { return InfiniteMatchTimeout; } }
        public static int CacheSize { get; set; } = 15;
        public override string ToString() { return m_pattern; }

        public string[] GetGroupNames() { return (string[])m_slotNames.Clone(); }
        public int[] GetGroupNumbers() { return (int[])m_slotNumbers.Clone(); }

        public string GroupNameFromNumber(int i)
        {
            int slot = SlotOf(i);
            return slot < 0 ? string.Empty : m_slotNames[slot];
        }

        public int GroupNumberFromName(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            for (int i = 0; i < m_slotNames.Length; i++)
                if (m_slotNames[i] == name) return m_slotNumbers[i];
            int number;
            return RegexParser.IsNumber(name, out number) && SlotOf(number) >= 0 ? number : -1;
        }

        internal int SlotOf(int number)
        {
            int slot = Array.BinarySearch(m_slotNumbers, number);
            return slot < 0 ? -1 : slot;
        }

        // The first match at or after start; skipEmptyAt: the previous match was empty and ended at start, so
        // this search begins one further (and finds nothing past the end).
        internal Match Run(string input, int start, bool skipEmptyAt)
        {
            if (skipEmptyAt)
            {
                if (start >= input.Length) return RegularExpressions.Match.Empty;
                start++;
            }
            var runner = new RegexRunner(input, start, m_slotNumbers.Length);
            for (int at = start; at <= input.Length; at++)
            {
                int end = -1;
                if (m_root.Match(runner, at, p => { end = p; return true; }))
                {
                    var groups = new Group[m_slotNumbers.Length];
                    groups[0] = new Group(input, new[] { at }, new[] { end - at }, "0");
                    for (int slot = 1; slot < groups.Length; slot++) groups[slot] = runner.GroupOf(slot, m_slotNames[slot]);
                    return new Match(this, input, groups, end);
                }
                runner.Reset();
            }
            return RegularExpressions.Match.Empty;
        }

        private static void CheckInput(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
        }

        private static void CheckStart(string input, int startat)
        {
            CheckInput(input);
            if (startat < 0 || startat > input.Length) throw new ArgumentOutOfRangeException("startat", "Start index cannot be less than 0 or greater than input length.");
        }

        public bool IsMatch(string input) { CheckInput(input); return Run(input, 0, false).Success; }
        public bool IsMatch(string input, int startat) { CheckStart(input, startat); return Run(input, startat, false).Success; }
        public static bool IsMatch(string input, string pattern) { return new Regex(pattern).IsMatch(input); }
        public static bool IsMatch(string input, string pattern, RegexOptions options) { return new Regex(pattern, options).IsMatch(input); }

        public Match Match(string input) { CheckInput(input); return Run(input, 0, false); }
        public Match Match(string input, int startat) { CheckStart(input, startat); return Run(input, startat, false); }
        public static Match Match(string input, string pattern) { return new Regex(pattern).Match(input); }
        public static Match Match(string input, string pattern, RegexOptions options) { return new Regex(pattern, options).Match(input); }

        public MatchCollection Matches(string input) { CheckInput(input); return new MatchCollection(Run(input, 0, false)); }
        public MatchCollection Matches(string input, int startat) { CheckStart(input, startat); return new MatchCollection(Run(input, startat, false)); }
        public static MatchCollection Matches(string input, string pattern) { return new Regex(pattern).Matches(input); }
        public static MatchCollection Matches(string input, string pattern, RegexOptions options) { return new Regex(pattern, options).Matches(input); }

        public string Replace(string input, string replacement) { return Replace(input, replacement, -1, 0); }
        public string Replace(string input, string replacement, int count) { return Replace(input, replacement, count, 0); }

        public string Replace(string input, string replacement, int count, int startat)
        {
            if (replacement == null) throw new ArgumentNullException("replacement");
            RegexReplacement parsed = RegexReplacement.Parse(replacement, this);
            return ReplaceMatches(input, count, startat, (m, sb) => parsed.Append(m, sb));
        }

        public string Replace(string input, MatchEvaluator evaluator) { return Replace(input, evaluator, -1, 0); }
        public string Replace(string input, MatchEvaluator evaluator, int count) { return Replace(input, evaluator, count, 0); }

        public string Replace(string input, MatchEvaluator evaluator, int count, int startat)
        {
            if (evaluator == null) throw new ArgumentNullException("evaluator");
            return ReplaceMatches(input, count, startat, (m, sb) => sb.Append(evaluator(m)));
        }

        public static string Replace(string input, string pattern, string replacement) { return new Regex(pattern).Replace(input, replacement); }
        public static string Replace(string input, string pattern, string replacement, RegexOptions options) { return new Regex(pattern, options).Replace(input, replacement); }
        public static string Replace(string input, string pattern, MatchEvaluator evaluator) { return new Regex(pattern).Replace(input, evaluator); }
        public static string Replace(string input, string pattern, MatchEvaluator evaluator, RegexOptions options) { return new Regex(pattern, options).Replace(input, evaluator); }

        // count: at most that many replacements, -1 for all of them.
        private string ReplaceMatches(string input, int count, int startat, Action<Match, StringBuilder> replace)
        {
            CheckStart(input, startat);
            if (count < -1) throw new ArgumentOutOfRangeException("count", "Count cannot be less than -1.");
            if (count == 0) return input;
            Match m = Run(input, startat, false);
            if (!m.Success) return input;
            var result = new StringBuilder();
            int copied = 0;
            for (; m.Success && count != 0; m = m.NextMatch(), count--)
            {
                result.Append(input, copied, m.Index - copied);
                replace(m, result);
                copied = m.Index + m.Length;
            }
            result.Append(input, copied, input.Length - copied);
            return result.ToString();
        }

        public string[] Split(string input) { return Split(input, 0, 0); }
        public string[] Split(string input, int count) { return Split(input, count, 0); }

        // The pieces between matches, each followed by the groups the match captured; count: at most that many
        // pieces (0 for no limit).
        public string[] Split(string input, int count, int startat)
        {
            CheckStart(input, startat);
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than -1.");
            if (count == 1) return new[] { input };
            Match m = Run(input, startat, false);
            if (!m.Success) return new[] { input };
            var pieces = new List<string>();
            int previous = 0;
            for (count--; m.Success; m = m.NextMatch())
            {
                pieces.Add(input.Substring(previous, m.Index - previous));
                previous = m.Index + m.Length;
                for (int slot = 1; slot < m.Groups.Count; slot++)
                    if (m.GroupAt(slot).Success) pieces.Add(m.GroupAt(slot).Value);
                if (--count == 0) break;
            }
            pieces.Add(input.Substring(previous));
            return pieces.ToArray();
        }

        public static string[] Split(string input, string pattern) { return new Regex(pattern).Split(input); }
        public static string[] Split(string input, string pattern, RegexOptions options) { return new Regex(pattern, options).Split(input); }

        // Escapes the characters the syntax gives a meaning to, and white space.
        public static string Escape(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            var result = new StringBuilder(str.Length);
            foreach (char c in str)
            {
                switch (c)
                {
                    case '\\': case '*': case '+': case '?': case '|': case '{': case '[': case '(': case ')':
                    case '^': case '$': case '.': case '#': case ' ':
                        result.Append('\\').Append(c); break;
                    case '\t': result.Append("\\t"); break;
                    case '\n': result.Append("\\n"); break;
                    case '\r': result.Append("\\r"); break;
                    case '\f': result.Append("\\f"); break;
                    default: result.Append(c); break;
                }
            }
            return result.ToString();
        }

        // Undoes Escape: each escape becomes the character it stands for.
        public static string Unescape(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            if (str.IndexOf('\\') < 0) return str;
            var result = new StringBuilder(str.Length);
            for (int i = 0; i < str.Length; i++)
            {
                if (str[i] != '\\' || i + 1 >= str.Length) { result.Append(str[i]); continue; }
                char c = str[++i];
                switch (c)
                {
                    case 't': result.Append('\t'); break;
                    case 'n': result.Append('\n'); break;
                    case 'r': result.Append('\r'); break;
                    case 'f': result.Append('\f'); break;
                    case 'v': result.Append('\v'); break;
                    case 'a': result.Append('\a'); break;
                    case 'e': result.Append('\u001B'); break;
                    default: result.Append(c); break;
                }
            }
            return result.ToString();
        }
    }
}

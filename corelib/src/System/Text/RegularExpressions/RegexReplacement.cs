using System.Collections.Generic;

namespace System.Text.RegularExpressions
{
    // A replacement pattern: literal text and substitutions — $1 or ${name} (a group's last capture), $$ (a '$'),
    // $& (the match), $` and $' (the input before and after it), $+ (the last group), $_ (the whole input). A '$'
    // that starts none of these, or names a group the pattern lacks, is literal text.
    internal sealed class RegexReplacement
    {
        private const int Literal = -1, Before = -2, After = -3, LastGroup = -4, WholeInput = -5;

        private readonly List<int> m_kinds = new List<int>(); // a group slot, or one of the negative kinds
        private readonly List<string> m_texts = new List<string>();

        internal static RegexReplacement Parse(string replacement, Regex regex)
        {
            var result = new RegexReplacement();
            var text = new StringBuilder();
            int i = 0;
            while (i < replacement.Length)
            {
                char c = replacement[i];
                int kind, end;
                if (c == '$' && TryParseSubstitution(replacement, i + 1, regex, out kind, out end))
                {
                    if (kind == Literal) text.Append('$');
                    else
                    {
                        result.AddLiteral(text);
                        result.m_kinds.Add(kind);
                        result.m_texts.Add(null);
                    }
                    i = end;
                }
                else
                {
                    text.Append(c);
                    i++;
                }
            }
            result.AddLiteral(text);
            return result;
        }

        private void AddLiteral(StringBuilder text)
        {
            if (text.Length == 0) return;
            m_kinds.Add(Literal);
            m_texts.Add(text.ToString());
            text.Length = 0;
        }

        private static bool TryParseSubstitution(string s, int i, Regex regex, out int kind, out int end)
        {
            kind = Literal;
            end = i + 1;
            if (i >= s.Length) return false;
            switch (s[i])
            {
                case '$': kind = Literal; return true;
                case '&': kind = 0; return true;
                case '`': kind = Before; return true;
                case '\'': kind = After; return true;
                case '+': kind = LastGroup; return true;
                case '_': kind = WholeInput; return true;
                case '{':
                {
                    int close = s.IndexOf('}', i);
                    if (close < 0) return false;
                    string name = s.Substring(i + 1, close - i - 1);
                    int number = regex.GroupNumberFromName(name);
                    if (number < 0) return false;
                    kind = regex.SlotOf(number);
                    end = close + 1;
                    return true;
                }
            }
            int p = i;
            int value = 0;
            while (p < s.Length && s[p] >= '0' && s[p] <= '9' && value < 100000000) value = value * 10 + (s[p++] - '0');
            if (p == i || regex.SlotOf(value) < 0) return false;
            kind = regex.SlotOf(value);
            end = p;
            return true;
        }

        internal string Apply(Match match)
        {
            var result = new StringBuilder();
            Append(match, result);
            return result.ToString();
        }

        internal void Append(Match match, StringBuilder result)
        {
            string input = match.Text;
            for (int i = 0; i < m_kinds.Count; i++)
            {
                int kind = m_kinds[i];
                switch (kind)
                {
                    case Literal: result.Append(m_texts[i]); break;
                    case Before: result.Append(input, 0, match.Index); break;
                    case After: result.Append(input, match.Index + match.Length, input.Length - match.Index - match.Length); break;
                    case LastGroup: result.Append(match.GroupAt(match.Groups.Count - 1).Value); break;
                    case WholeInput: result.Append(input); break;
                    default: result.Append(match.GroupAt(kind).Value); break;
                }
            }
        }
    }
}

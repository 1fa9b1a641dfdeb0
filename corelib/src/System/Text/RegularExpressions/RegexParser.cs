using System.Collections.Generic;

namespace System.Text.RegularExpressions
{
    // Turns .NET regular expression syntax into a node tree and the list of its groups. Not supported (the
    // constructor throws NotSupportedException): balancing groups, conditionals and RegexOptions.RightToLeft.
    internal sealed class RegexParser
    {
        private readonly string m_pattern;
        private int m_pos;
        private RegexOptions m_options;
        private readonly List<RegexGroupSlot> m_numbered = new List<RegexGroupSlot>();
        private readonly List<RegexGroupSlot> m_named = new List<RegexGroupSlot>();
        private readonly List<KeyValuePair<RegexBackreference, string>> m_references = new List<KeyValuePair<RegexBackreference, string>>();

        private RegexParser(string pattern, RegexOptions options)
        {
            m_pattern = pattern;
            m_options = options;
        }

        internal static RegexNode Parse(string pattern, RegexOptions options, out List<RegexGroupSlot> groups)
        {
            var parser = new RegexParser(pattern, options);
            RegexNode root = parser.ParseAlternation();
            if (parser.m_pos < pattern.Length) throw parser.Error("Too many )'s.");
            groups = parser.NumberGroups();
            parser.ResolveReferences(groups);
            return root;
        }

        private bool Has(RegexOptions option) { return (m_options & option) != 0; }
        private bool AtEnd { get { return m_pos >= m_pattern.Length; } }
        private char Peek { get { return m_pattern[m_pos]; } }

        internal ArgumentException Error(string reason)
        {
            return new ArgumentException("Invalid pattern '" + m_pattern + "' at offset " + m_pos + ". " + reason);
        }

        private RegexNode ParseAlternation()
        {
            var branches = new List<RegexNode>();
            branches.Add(ParseSequence());
            while (!AtEnd && Peek == '|')
            {
                m_pos++;
                branches.Add(ParseSequence());
            }
            return branches.Count == 1 ? branches[0] : new RegexAlternation(branches);
        }

        private RegexNode ParseSequence()
        {
            var items = new List<RegexNode>();
            while (true)
            {
                SkipIgnoredWhitespace();
                if (AtEnd || Peek == '|' || Peek == ')') break;
                char c = Peek;
                if (c == '*' || c == '+' || c == '?' || (c == '{' && IsQuantifierBrace()))
                    throw Error("Quantifier '" + c + "' following nothing.");
                RegexNode atom = ParseAtom();
                if (atom == null) continue;
                items.Add(ParseQuantifiers(atom));
            }
            if (items.Count == 0) return new RegexEmpty();
            return items.Count == 1 ? items[0] : new RegexSequence(items);
        }

        private RegexNode ParseQuantifiers(RegexNode atom)
        {
            SkipIgnoredWhitespace();
            if (AtEnd) return atom;
            int min, max;
            char c = Peek;
            if (c == '*') { min = 0; max = -1; m_pos++; }
            else if (c == '+') { min = 1; max = -1; m_pos++; }
            else if (c == '?') { min = 0; max = 1; m_pos++; }
            else if (c == '{' && IsQuantifierBrace()) ParseBraces(out min, out max);
            else return atom;
            bool lazy = false;
            if (!AtEnd && Peek == '?') { lazy = true; m_pos++; }
            SkipIgnoredWhitespace();
            if (!AtEnd && (Peek == '*' || Peek == '+' || Peek == '?' || (Peek == '{' && IsQuantifierBrace())))
                throw Error("Nested quantifier '" + Peek + "'.");
            return new RegexRepeat(atom, min, max, lazy);
        }

        // {n}, {n,} or {n,m}; any other '{' is a literal.
        private bool IsQuantifierBrace()
        {
            int p = m_pos + 1, digits = 0;
            while (p < m_pattern.Length && char.IsDigit(m_pattern[p])) { p++; digits++; }
            if (digits == 0 || p >= m_pattern.Length) return false;
            if (m_pattern[p] == '}') return true;
            if (m_pattern[p] != ',') return false;
            p++;
            while (p < m_pattern.Length && char.IsDigit(m_pattern[p])) p++;
            return p < m_pattern.Length && m_pattern[p] == '}';
        }

        private void ParseBraces(out int min, out int max)
        {
            m_pos++;
            min = ParseNumber();
            max = min;
            if (Peek == ',')
            {
                m_pos++;
                max = char.IsDigit(Peek) ? ParseNumber() : -1;
            }
            m_pos++;
            if (max >= 0 && max < min) throw Error("Illegal {x,y} with x > y.");
        }

        private int ParseNumber()
        {
            int value = 0;
            while (!AtEnd && char.IsDigit(Peek))
            {
                value = checked(value * 10 + (Peek - '0'));
                m_pos++;
            }
            return value;
        }

        // One atom, or null for something that matches nothing and is no atom (an inline option, a comment).
        private RegexNode ParseAtom()
        {
            char c = m_pattern[m_pos++];
            switch (c)
            {
                case '(': return ParseGroup();
                case '[': return new RegexSet(ParseClass(), Has(RegexOptions.IgnoreCase));
                case '\\': return ParseEscape();
                case '.': return new RegexAny(Has(RegexOptions.Singleline));
                case '^': return new RegexAnchor(Has(RegexOptions.Multiline) ? RegexAnchorKind.LineStart : RegexAnchorKind.Beginning);
                case '$': return new RegexAnchor(Has(RegexOptions.Multiline) ? RegexAnchorKind.LineEnd : RegexAnchorKind.EndOrFinalNewline);
                default: return new RegexLiteral(c, Has(RegexOptions.IgnoreCase));
            }
        }

        private void SkipIgnoredWhitespace()
        {
            if (!Has(RegexOptions.IgnorePatternWhitespace)) return;
            while (!AtEnd)
            {
                if (char.IsWhiteSpace(Peek)) m_pos++;
                else if (Peek == '#')
                {
                    while (!AtEnd && Peek != '\n') m_pos++;
                }
                else return;
            }
        }

        private RegexNode ParseGroup()
        {
            RegexOptions outer = m_options;
            RegexNode node;
            if (AtEnd || Peek != '?')
            {
                node = Has(RegexOptions.ExplicitCapture) ? ParseGroupBody() : Capture(null);
            }
            else
            {
                m_pos++;
                if (AtEnd) throw Error("Unrecognized grouping construct.");
                char kind = m_pattern[m_pos++];
                switch (kind)
                {
                    case ':': node = ParseGroupBody(); break;
                    case '=': node = new RegexLookaround(ParseGroupBody(), false, false); break;
                    case '!': node = new RegexLookaround(ParseGroupBody(), false, true); break;
                    case '>': node = new RegexAtomic(ParseGroupBody()); break;
                    case '#':
                        while (!AtEnd && Peek != ')') m_pos++;
                        if (AtEnd) throw Error("Unterminated (?#...) comment.");
                        m_pos++;
                        return null;
                    case '(': throw new NotSupportedException("Regex conditionals (?(...)...) are not supported.");
                    case '\'': node = Capture(ReadGroupName('\'')); break;
                    case '<':
                        if (!AtEnd && (Peek == '=' || Peek == '!'))
                        {
                            bool negative = m_pattern[m_pos++] == '!';
                            node = new RegexLookaround(ParseGroupBody(), true, negative);
                        }
                        else node = Capture(ReadGroupName('>'));
                        break;
                    default:
                        m_pos--;
                        if (ParseInlineOptions()) return null;
                        node = ParseGroupBody();
                        break;
                }
            }
            m_options = outer;
            return node;
        }

        // (?imnsx-imnsx) changes the options for the rest of the enclosing group (true); (?imnsx-imnsx:...) only
        // inside it (false, the caller parses the body).
        private bool ParseInlineOptions()
        {
            bool on = true;
            while (!AtEnd)
            {
                char c = m_pattern[m_pos++];
                switch (c)
                {
                    case '-': on = false; continue;
                    case ')': return true;
                    case ':': return false;
                }
                RegexOptions option;
                switch (char.ToLowerInvariant(c))
                {
                    case 'i': option = RegexOptions.IgnoreCase; break;
                    case 'm': option = RegexOptions.Multiline; break;
                    case 'n': option = RegexOptions.ExplicitCapture; break;
                    case 's': option = RegexOptions.Singleline; break;
                    case 'x': option = RegexOptions.IgnorePatternWhitespace; break;
                    default: throw Error("Unrecognized grouping construct.");
                }
                m_options = on ? m_options | option : m_options & ~option;
            }
            throw Error("Not enough )'s.");
        }

        private RegexNode ParseGroupBody()
        {
            RegexNode body = ParseAlternation();
            if (AtEnd || Peek != ')') throw Error("Not enough )'s.");
            m_pos++;
            return body;
        }

        private string ReadGroupName(char close)
        {
            int start = m_pos;
            while (!AtEnd && Peek != close)
            {
                if (Peek == '-') throw new NotSupportedException("Regex balancing groups (?<name1-name2>...) are not supported.");
                if (!RegexCharClass.IsWordChar(Peek)) throw Error("Invalid group name: Group names must begin with a word character.");
                m_pos++;
            }
            if (AtEnd || m_pos == start) throw Error("Invalid group name: Group names must begin with a word character.");
            string name = m_pattern.Substring(start, m_pos - start);
            m_pos++;
            return name;
        }

        private RegexNode Capture(string name)
        {
            RegexGroupSlot slot = null;
            if (name != null)
            {
                foreach (RegexGroupSlot named in m_named)
                    if (named.Name == name) slot = named;
                if (slot == null)
                {
                    slot = new RegexGroupSlot(name);
                    m_named.Add(slot);
                }
            }
            else
            {
                slot = new RegexGroupSlot(null);
                m_numbered.Add(slot);
            }
            return new RegexCapture(ParseGroupBody(), slot);
        }

        // Unnamed groups are 1, 2, ... from left to right; named ones follow in order of appearance, except that a
        // name made of digits is that number (the same group as an unnamed one of that number, if any). The slots
        // are the groups sorted by number, 0 the whole match.
        private List<RegexGroupSlot> NumberGroups()
        {
            var byNumber = new Dictionary<int, RegexGroupSlot>();
            var groups = new List<RegexGroupSlot>();
            var aliases = new List<RegexGroupSlot>();
            Action<RegexGroupSlot, int> place = (slot, n) =>
            {
                slot.Number = n;
                if (byNumber.ContainsKey(n)) { aliases.Add(slot); return; }
                byNumber[n] = slot;
                groups.Add(slot);
            };
            place(new RegexGroupSlot(null), 0);
            for (int i = 0; i < m_numbered.Count; i++) place(m_numbered[i], i + 1);
            int number;
            foreach (RegexGroupSlot named in m_named)
                if (IsNumber(named.Name, out number)) place(named, number);
            int next = m_numbered.Count + 1;
            foreach (RegexGroupSlot named in m_named)
            {
                if (IsNumber(named.Name, out number)) continue;
                while (byNumber.ContainsKey(next)) next++;
                place(named, next);
            }
            groups.Sort((a, b) => a.Number.CompareTo(b.Number));
            for (int i = 0; i < groups.Count; i++) groups[i].Index = i;
            foreach (RegexGroupSlot alias in aliases) alias.Index = byNumber[alias.Number].Index;
            return groups;
        }

        internal static bool IsNumber(string name, out int number)
        {
            number = 0;
            if (name.Length == 0) return false;
            foreach (char c in name)
            {
                if (c < '0' || c > '9') return false;
                number = number * 10 + (c - '0');
            }
            return true;
        }

        private void ResolveReferences(List<RegexGroupSlot> groups)
        {
            foreach (var reference in m_references)
            {
                string key = reference.Value;
                int number;
                RegexGroupSlot slot = IsNumber(key, out number)
                    ? groups.Find(g => g.Number == number)
                    : groups.Find(g => g.Name == key);
                if (slot == null)
                    throw IsNumber(key, out number) ? Error("Reference to undefined group number " + key + ".") : Error("Reference to undefined group name '" + key + "'.");
                reference.Key.Slot = slot;
            }
        }

        private RegexNode Backreference(string key)
        {
            var reference = new RegexBackreference(Has(RegexOptions.IgnoreCase));
            m_references.Add(new KeyValuePair<RegexBackreference, string>(reference, key));
            return reference;
        }

        private RegexNode ParseEscape()
        {
            if (AtEnd) throw Error("Illegal \\\\ at end of pattern.");
            char c = Peek;
            bool ecma = Has(RegexOptions.ECMAScript);
            switch (c)
            {
                case 'b': m_pos++; return new RegexAnchor(RegexAnchorKind.WordBoundary);
                case 'B': m_pos++; return new RegexAnchor(RegexAnchorKind.NonWordBoundary);
                case 'A': m_pos++; return new RegexAnchor(RegexAnchorKind.Beginning);
                case 'z': m_pos++; return new RegexAnchor(RegexAnchorKind.End);
                case 'Z': m_pos++; return new RegexAnchor(RegexAnchorKind.EndOrFinalNewline);
                case 'G': m_pos++; return new RegexAnchor(RegexAnchorKind.SearchStart);
                case 'k':
                    if (m_pos + 1 < m_pattern.Length && (m_pattern[m_pos + 1] == '<' || m_pattern[m_pos + 1] == '\''))
                    {
                        char close = m_pattern[m_pos + 1] == '<' ? '>' : '\'';
                        m_pos += 2;
                        return Backreference(ReadGroupName(close));
                    }
                    break;
            }
            if (c >= '1' && c <= '9')
            {
                int start = m_pos;
                while (!AtEnd && char.IsDigit(Peek)) m_pos++;
                return Backreference(m_pattern.Substring(start, m_pos - start));
            }
            var set = new RegexCharClass();
            if (ParseClassEscape(set, ecma)) return new RegexSet(set, Has(RegexOptions.IgnoreCase));
            return new RegexLiteral(ParseCharEscape(false), Has(RegexOptions.IgnoreCase));
        }

        // \d \D \w \W \s \S \p{..} \P{..} into the set (true); false for any other escape, left unread.
        private bool ParseClassEscape(RegexCharClass set, bool ecma)
        {
            char c = Peek;
            Predicate<char> test;
            switch (c)
            {
                case 'd': test = RegexCharClass.Digit(ecma); break;
                case 'D': test = RegexCharClass.Not(RegexCharClass.Digit(ecma)); break;
                case 'w': test = RegexCharClass.Word(ecma); break;
                case 'W': test = RegexCharClass.Not(RegexCharClass.Word(ecma)); break;
                case 's': test = RegexCharClass.Space(ecma); break;
                case 'S': test = RegexCharClass.Not(RegexCharClass.Space(ecma)); break;
                case 'p':
                case 'P':
                    m_pos++;
                    if (AtEnd || Peek != '{') throw Error("Incomplete \\p{X} character escape.");
                    int close = m_pattern.IndexOf('}', m_pos);
                    if (close < 0) throw Error("Incomplete \\p{X} character escape.");
                    string name = m_pattern.Substring(m_pos + 1, close - m_pos - 1);
                    test = RegexCharClass.Category(name);
                    if (test == null) throw Error("Unknown property '" + name + "'.");
                    if (c == 'P') test = RegexCharClass.Not(test);
                    m_pos = close + 1;
                    set.AddClass(test);
                    return true;
                default: return false;
            }
            m_pos++;
            set.AddClass(test);
            return true;
        }

        // The character an escape stands for; inClass: \b is a backspace there.
        private char ParseCharEscape(bool inClass)
        {
            char c = m_pattern[m_pos++];
            switch (c)
            {
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'a': return '\a';
                case 'e': return '\u001B';
                case 'b':
                    if (inClass) return '\b';
                    break;
                case '0':
                {
                    int value = 0, digits = 0;
                    while (digits < 2 && !AtEnd && Peek >= '0' && Peek <= '7') { value = value * 8 + (Peek - '0'); m_pos++; digits++; }
                    return (char)value;
                }
                case 'x': return (char)ParseHex(2);
                case 'u': return (char)ParseHex(4);
                case 'c':
                {
                    if (AtEnd) throw Error("Missing control character.");
                    char control = char.ToUpperInvariant(m_pattern[m_pos++]);
                    if (control < '@' || control > '_') throw Error("Unrecognized control character.");
                    return (char)(control - '@');
                }
            }
            if (char.IsLetterOrDigit(c) || c == '_') throw Error("Unrecognized escape sequence \\" + c + ".");
            return c;
        }

        private int ParseHex(int digits)
        {
            int value = 0;
            for (int i = 0; i < digits; i++)
            {
                if (AtEnd) throw Error("Insufficient hex digits.");
                int d = HexValue(Peek);
                if (d < 0) throw Error("Insufficient hex digits.");
                value = value * 16 + d;
                m_pos++;
            }
            return value;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        // After '[': the members up to ']', a leading '^' negating, ranges a-z, escapes, and a final -[...] subtracted.
        private RegexCharClass ParseClass()
        {
            var set = new RegexCharClass();
            if (!AtEnd && Peek == '^') { set.Negated = true; m_pos++; }
            bool first = true;
            while (true)
            {
                if (AtEnd) throw Error("Unterminated [] set.");
                char c = Peek;
                if (c == ']' && !first) { m_pos++; return set; }
                first = false;
                if (c == '-' && m_pos + 1 < m_pattern.Length && m_pattern[m_pos + 1] == '[')
                {
                    m_pos += 2;
                    set.Subtracted = ParseClass();
                    if (AtEnd || Peek != ']') throw Error("A subtraction must be the last element in a character class.");
                    m_pos++;
                    return set;
                }
                m_pos++;
                char low;
                if (c == '\\')
                {
                    if (AtEnd) throw Error("Illegal \\\\ at end of pattern.");
                    if (ParseClassEscape(set, Has(RegexOptions.ECMAScript))) continue;
                    low = ParseCharEscape(true);
                }
                else low = c;
                if (!AtEnd && Peek == '-' && m_pos + 1 < m_pattern.Length && m_pattern[m_pos + 1] != ']' && m_pattern[m_pos + 1] != '[')
                {
                    m_pos++;
                    char highChar = m_pattern[m_pos++];
                    char high = highChar == '\\' ? ParseCharEscape(true) : highChar;
                    if (high < low) throw Error("[x-y] range in reverse order.");
                    set.AddRange(low, high);
                }
                else set.AddChar(low);
            }
        }
    }
}

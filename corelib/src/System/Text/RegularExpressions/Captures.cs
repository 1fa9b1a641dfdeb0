using System.Collections;
using System.Collections.Generic;

namespace System.Text.RegularExpressions
{
    // One substring a group captured.
    public class Capture
    {
        internal readonly string Text;

        internal Capture(string text, int index, int length)
        {
            Text = text;
            Index = index;
            Length = length;
        }

        public int Index { get; private set; }
        public int Length { get; private set; }
        public string Value { get { return Text == null ? string.Empty : Text.Substring(Index, Length); } }
        public override string ToString() { return Value; }
    }

    // A group of one match: the captures it made (a group in a loop makes several), the last one its value.
    public class Group : Capture
    {
        internal static readonly Group Unmatched = new Group(string.Empty, new int[0], new int[0], string.Empty);

        private readonly int[] m_starts;
        private readonly int[] m_lengths;
        private CaptureCollection m_captures;

        internal Group(string text, int[] starts, int[] lengths, string name)
            : base(text, starts.Length == 0 ? 0 : starts[starts.Length - 1], lengths.Length == 0 ? 0 : lengths[lengths.Length - 1])
        {
            m_starts = starts;
            m_lengths = lengths;
            Name = name;
        }

        public bool Success { get { return m_starts.Length != 0; } }
        public string Name { get; private set; }

        public CaptureCollection Captures
        {
            get
            {
                if (m_captures == null)
                {
                    var captures = new Capture[m_starts.Length];
                    for (int i = 0; i < captures.Length; i++) captures[i] = new Capture(Text, m_starts[i], m_lengths[i]);
                    m_captures = new CaptureCollection(captures);
                }
                return m_captures;
            }
        }
    }

    // A successful match (or Match.Empty for none): its groups, and the way to the next match in the same input.
    public class Match : Group
    {
        public static Match Empty { get { return s_empty; } }
        private static readonly Match s_empty = new Match(null, string.Empty, new Group[] { Group.Unmatched }, 0);

        private readonly Regex m_regex;
        private readonly GroupCollection m_groups;
        private readonly int m_nextStart;

        internal Match(Regex regex, string text, Group[] groups, int nextStart)
            : base(text, Starts(groups[0]), Lengths(groups[0]), "0")
        {
            m_regex = regex;
            m_groups = new GroupCollection(this, groups, regex);
            m_nextStart = nextStart;
        }

        private static int[] Starts(Group g) { return g.Success ? new[] { g.Index } : new int[0]; }
        private static int[] Lengths(Group g) { return g.Success ? new[] { g.Length } : new int[0]; }

        public virtual GroupCollection Groups { get { return m_groups; } }

        // The next match starts where this one ended, one further after an empty match.
        public Match NextMatch()
        {
            if (m_regex == null) return this;
            return m_regex.Run(Text, m_nextStart, Length == 0);
        }

        public virtual string Result(string replacement)
        {
            if (replacement == null) throw new ArgumentNullException("replacement");
            if (m_regex == null) throw new NotSupportedException("Result cannot be called on a failed Match.");
            return RegexReplacement.Parse(replacement, m_regex).Apply(this);
        }

        internal Group GroupAt(int slot) { return m_groups.At(slot); }
    }

    public class CaptureCollection : ICollection, IEnumerable<Capture>, IReadOnlyList<Capture>
    {
        private readonly Capture[] m_captures;
        internal CaptureCollection(Capture[] captures) { m_captures = captures; }

        public int Count { get { return m_captures.Length; } }

        public Capture this[int i]
        {
            get
            {
                if (i < 0 || i >= m_captures.Length) throw new ArgumentOutOfRangeException("i");
                return m_captures[i];
            }
        }

        public bool IsReadOnly { get { return true; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }
        public void CopyTo(Array array, int arrayIndex) { Array.Copy(m_captures, 0, array, arrayIndex, m_captures.Length); }
        public IEnumerator GetEnumerator() { return m_captures.GetEnumerator(); }
        IEnumerator<Capture> IEnumerable<Capture>.GetEnumerator() { return ((IEnumerable<Capture>)m_captures).GetEnumerator(); }
    }

    // The groups of a match by number (0 the whole match) and by name; a number or name the pattern does not have
    // gives an unsuccessful group.
    public class GroupCollection : ICollection, IEnumerable<Group>, IReadOnlyList<Group>
    {
        private readonly Match m_match;
        private readonly Group[] m_groups;
        private readonly Regex m_regex;

        internal GroupCollection(Match match, Group[] groups, Regex regex)
        {
            m_match = match;
            m_groups = groups;
            m_regex = regex;
        }

        internal Group At(int slot) { return slot == 0 ? m_match : m_groups[slot]; }

        public int Count { get { return m_groups.Length; } }

        public Group this[int groupnum]
        {
            get
            {
                int slot = m_regex == null ? (groupnum == 0 ? 0 : -1) : m_regex.SlotOf(groupnum);
                return slot < 0 ? Group.Unmatched : At(slot);
            }
        }

        public Group this[string groupname]
        {
            get
            {
                if (m_regex == null) return Group.Unmatched;
                int number = m_regex.GroupNumberFromName(groupname);
                return number < 0 ? Group.Unmatched : this[number];
            }
        }

        public bool IsReadOnly { get { return true; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return m_match; } }

        public void CopyTo(Array array, int arrayIndex)
        {
            for (int i = 0; i < m_groups.Length; i++) array.SetValue(At(i), arrayIndex + i);
        }

        public IEnumerator GetEnumerator() { return ((IEnumerable<Group>)this).GetEnumerator(); }

        IEnumerator<Group> IEnumerable<Group>.GetEnumerator()
        {
            for (int i = 0; i < m_groups.Length; i++) yield return At(i);
        }
    }

    // The successive matches of a pattern in an input.
    public class MatchCollection : ICollection, IEnumerable<Match>, IReadOnlyList<Match>
    {
        private readonly List<Match> m_matches = new List<Match>();

        internal MatchCollection(Match first)
        {
            for (Match m = first; m.Success; m = m.NextMatch()) m_matches.Add(m);
        }

        public int Count { get { return m_matches.Count; } }

        public virtual Match this[int i]
        {
            get
            {
                if (i < 0 || i >= m_matches.Count) throw new ArgumentOutOfRangeException("i");
                return m_matches[i];
            }
        }

        public bool IsReadOnly { get { return true; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }
        public void CopyTo(Array array, int arrayIndex) { for (int i = 0; i < m_matches.Count; i++) array.SetValue(m_matches[i], arrayIndex + i); }
        public IEnumerator GetEnumerator() { return m_matches.GetEnumerator(); }
        IEnumerator<Match> IEnumerable<Match>.GetEnumerator() { return m_matches.GetEnumerator(); }
    }
}

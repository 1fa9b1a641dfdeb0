using System.Collections.Generic;

namespace System.Text.RegularExpressions
{
    // What the rest of the pattern does from a position: true when the whole match succeeded from there.
    internal delegate bool RegexContinuation(int position);

    // The state of one match attempt: the input, where the search started (for \G), and the captures made so far
    // per group slot, with a journal so that backtracking can take back the ones made on a path that failed.
    internal sealed class RegexRunner
    {
        internal readonly string Text;
        internal readonly int SearchStart;
        private readonly List<int>[] m_starts;
        private readonly List<int>[] m_lengths;
        private readonly List<int> m_journal = new List<int>();

        internal RegexRunner(string text, int searchStart, int slots)
        {
            Text = text;
            SearchStart = searchStart;
            m_starts = new List<int>[slots];
            m_lengths = new List<int>[slots];
            for (int i = 0; i < slots; i++)
            {
                m_starts[i] = new List<int>();
                m_lengths[i] = new List<int>();
            }
        }

        internal int End { get { return Text.Length; } }

        internal int Mark { get { return m_journal.Count; } }

        internal void Capture(int slot, int start, int end)
        {
            m_starts[slot].Add(start);
            m_lengths[slot].Add(end - start);
            m_journal.Add(slot);
        }

        // Takes back every capture made since the mark.
        internal void Rollback(int mark)
        {
            while (m_journal.Count > mark)
            {
                int slot = m_journal[m_journal.Count - 1];
                m_journal.RemoveAt(m_journal.Count - 1);
                m_starts[slot].RemoveAt(m_starts[slot].Count - 1);
                m_lengths[slot].RemoveAt(m_lengths[slot].Count - 1);
            }
        }

        internal bool IsMatched(int slot) { return m_starts[slot].Count != 0; }
        internal int LastStart(int slot) { return m_starts[slot][m_starts[slot].Count - 1]; }
        internal int LastLength(int slot) { return m_lengths[slot][m_lengths[slot].Count - 1]; }

        internal void Reset() { Rollback(0); }

        internal Group GroupOf(int slot, string name)
        {
            return new Group(Text, m_starts[slot].ToArray(), m_lengths[slot].ToArray(), name);
        }
    }
}

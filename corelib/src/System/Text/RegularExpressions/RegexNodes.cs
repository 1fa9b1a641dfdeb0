using System.Collections.Generic;

namespace System.Text.RegularExpressions
{
    // A parsed pattern is a tree of nodes, each matched by backtracking: Match tries the node at a position and calls
    // the continuation (the rest of the pattern) with each position where the node can end, longest or shortest
    // first as the node prefers, until the continuation accepts one.
    internal abstract class RegexNode
    {
        internal abstract bool Match(RegexRunner runner, int position, RegexContinuation next);

        // Whether the node matches in at most one way from any position (so never needs backtracking into).
        internal virtual bool IsDeterministic { get { return true; } }
    }

    // A node that matches exactly one character.
    internal abstract class RegexCharNode : RegexNode
    {
        internal abstract bool Accepts(char c);

        internal override bool Match(RegexRunner runner, int position, RegexContinuation next)
        {
            return position < runner.End && Accepts(runner.Text[position]) && next(position + 1);
        }
    }

    internal sealed class RegexLiteral : RegexCharNode
    {
        private readonly char m_char;
        private readonly bool m_ignoreCase;

        internal RegexLiteral(char c, bool ignoreCase)
        {
            m_char = ignoreCase ? char.ToLowerInvariant(c) : c;
            m_ignoreCase = ignoreCase;
        }

        internal override bool Accepts(char c) { return (m_ignoreCase ? char.ToLowerInvariant(c) : c) == m_char; }
    }

    internal sealed class RegexSet : RegexCharNode
    {
        private readonly RegexCharClass m_class;
        private readonly bool m_ignoreCase;

        internal RegexSet(RegexCharClass set, bool ignoreCase)
        {
            m_class = set;
            m_ignoreCase = ignoreCase;
        }

        internal override bool Accepts(char c) { return m_class.Contains(c, m_ignoreCase); }
    }

    // '.': any character but a newline, or any at all with RegexOptions.Singleline.
    internal sealed class RegexAny : RegexCharNode
    {
        private readonly bool m_singleline;
        internal RegexAny(bool singleline) { m_singleline = singleline; }
        internal override bool Accepts(char c) { return m_singleline || c != '\n'; }
    }

    internal sealed class RegexEmpty : RegexNode
    {
        internal override bool Match(RegexRunner runner, int position, RegexContinuation next) { return next(position); }
    }

    internal sealed class RegexSequence : RegexNode
    {
        private readonly RegexNode[] m_items;
        internal RegexSequence(List<RegexNode> items) { m_items = items.ToArray(); }

        internal override bool IsDeterministic
        {
            get
            {
                foreach (RegexNode item in m_items) if (!item.IsDeterministic) return false;
                return true;
            }
        }

        internal override bool Match(RegexRunner runner, int position, RegexContinuation next) { return MatchFrom(0, runner, position, next); }

        private bool MatchFrom(int index, RegexRunner runner, int position, RegexContinuation next)
        {
            if (index == m_items.Length) return next(position);
            return m_items[index].Match(runner, position, p => MatchFrom(index + 1, runner, p, next));
        }
    }

    internal sealed class RegexAlternation : RegexNode
    {
        private readonly RegexNode[] m_branches;
        internal RegexAlternation(List<RegexNode> branches) { m_branches = branches.ToArray(); }

        internal override bool IsDeterministic { get { return false; } }

        internal override bool Match(RegexRunner runner, int position, RegexContinuation next)
        {
            foreach (RegexNode branch in m_branches)
                if (branch.Match(runner, position, next)) return true;
            return false;
        }
    }

    // A quantifier: between Min and Max (-1: unbounded) repetitions, as many as possible first or (lazy) as few.
    // An iteration that matches nothing once the minimum is reached ends the loop, as in .NET.
    internal sealed class RegexRepeat : RegexNode
    {
        private readonly RegexNode m_item;
        private readonly int m_min;
        private readonly int m_max;
        private readonly bool m_lazy;

        internal RegexRepeat(RegexNode item, int min, int max, bool lazy)
        {
            m_item = item;
            m_min = min;
            m_max = max;
            m_lazy = lazy;
        }

        private bool MoreAllowed(int count) { return m_max < 0 || count < m_max; }

        internal override bool IsDeterministic { get { return m_min == m_max && m_item.IsDeterministic; } }

        internal override bool Match(RegexRunner runner, int position, RegexContinuation next)
        {
            RegexCharNode single = m_item as RegexCharNode;
            if (single != null) return m_lazy ? LazyChars(single, runner, position, next) : GreedyChars(single, runner, position, next);
            if (m_item.IsDeterministic) return m_lazy ? LazyOnce(runner, position, next) : GreedyOnce(runner, position, next);
            return Iterate(runner, position, 0, next);
        }

        // An item with at most one way to match from a position ((ab), (?:\d\d), (x)): no backtracking into an
        // iteration, so a loop that remembers where each iteration ended instead of one nested call per iteration
        // (which would take stack in proportion to the input).
        private bool GreedyOnce(RegexRunner runner, int position, RegexContinuation next)
        {
            var ends = new List<int>();
            var marks = new List<int>();
            ends.Add(position);
            marks.Add(runner.Mark);
            int p = position;
            while (MoreAllowed(ends.Count - 1))
            {
                int end = MatchOnce(runner, p);
                if (end < 0 || (end == p && ends.Count - 1 >= m_min)) break;
                p = end;
                ends.Add(p);
                marks.Add(runner.Mark);
            }
            for (int count = ends.Count - 1; count >= m_min; count--)
            {
                runner.Rollback(marks[count]);
                if (next(ends[count])) return true;
            }
            runner.Rollback(marks[0]);
            return false;
        }

        private bool LazyOnce(RegexRunner runner, int position, RegexContinuation next)
        {
            int mark = runner.Mark;
            int p = position;
            for (int count = 0; ; count++)
            {
                if (count >= m_min && next(p)) return true;
                if (!MoreAllowed(count)) break;
                int end = MatchOnce(runner, p);
                if (end < 0 || (end == p && count >= m_min)) break;
                p = end;
            }
            runner.Rollback(mark);
            return false;
        }

        // Where one iteration ends, its captures kept; -1 when it does not match.
        private int MatchOnce(RegexRunner runner, int position)
        {
            int end = -1;
            return m_item.Match(runner, position, e => { end = e; return true; }) ? end : -1;
        }

        // One character per iteration: no nested backtracking, so a loop over positions instead of recursion.
        private bool GreedyChars(RegexCharNode single, RegexRunner runner, int position, RegexContinuation next)
        {
            int end = position;
            while (MoreAllowed(end - position) && end < runner.End && single.Accepts(runner.Text[end])) end++;
            for (int p = end; p >= position + m_min; p--)
                if (next(p)) return true;
            return false;
        }

        private bool LazyChars(RegexCharNode single, RegexRunner runner, int position, RegexContinuation next)
        {
            int p = position;
            for (int count = 0; ; count++)
            {
                if (count >= m_min && next(p)) return true;
                if (!MoreAllowed(count) || p >= runner.End || !single.Accepts(runner.Text[p])) return false;
                p++;
            }
        }

        private bool Iterate(RegexRunner runner, int position, int count, RegexContinuation next)
        {
            if (m_lazy)
            {
                if (count >= m_min && next(position)) return true;
                return MoreAllowed(count) && Again(runner, position, count, next);
            }
            if (MoreAllowed(count) && Again(runner, position, count, next)) return true;
            return count >= m_min && next(position);
        }

        private bool Again(RegexRunner runner, int position, int count, RegexContinuation next)
        {
            return m_item.Match(runner, position, p =>
                p == position && count >= m_min ? false : Iterate(runner, p, count + 1, next));
        }
    }

    // A capturing group: records what its content matched, taken back if the rest of the pattern fails.
    internal sealed class RegexCapture : RegexNode
    {
        private readonly RegexNode m_content;
        internal readonly RegexGroupSlot Slot;

        internal RegexCapture(RegexNode content, RegexGroupSlot slot)
        {
            m_content = content;
            Slot = slot;
        }

        internal override bool IsDeterministic { get { return m_content.IsDeterministic; } }

        internal override bool Match(RegexRunner runner, int position, RegexContinuation next)
        {
            return m_content.Match(runner, position, end =>
            {
                int mark = runner.Mark;
                runner.Capture(Slot.Index, position, end);
                if (next(end)) return true;
                runner.Rollback(mark);
                return false;
            });
        }
    }

    // A group of the pattern; its slot (its place among the groups sorted by number) is known once parsing ends.
    internal sealed class RegexGroupSlot
    {
        internal readonly string Name;
        internal int Number;
        internal int Index;
        internal RegexGroupSlot(string name) { Name = name; }
    }

    // \1, \k<name>: the text the group captured last, again; fails while the group has captured nothing.
    internal sealed class RegexBackreference : RegexNode
    {
        internal RegexGroupSlot Slot;
        private readonly bool m_ignoreCase;

        internal RegexBackreference(bool ignoreCase) { m_ignoreCase = ignoreCase; }

        internal override bool Match(RegexRunner runner, int position, RegexContinuation next)
        {
            if (!runner.IsMatched(Slot.Index)) return false;
            int start = runner.LastStart(Slot.Index), length = runner.LastLength(Slot.Index);
            if (position + length > runner.End) return false;
            string text = runner.Text;
            for (int i = 0; i < length; i++)
            {
                char a = text[start + i], b = text[position + i];
                if (a != b && !(m_ignoreCase && char.ToLowerInvariant(a) == char.ToLowerInvariant(b))) return false;
            }
            return next(position + length);
        }
    }

    internal enum RegexAnchorKind { Beginning, LineStart, End, EndOrFinalNewline, LineEnd, WordBoundary, NonWordBoundary, SearchStart }

    internal sealed class RegexAnchor : RegexNode
    {
        private readonly RegexAnchorKind m_kind;
        internal RegexAnchor(RegexAnchorKind kind) { m_kind = kind; }

        internal override bool Match(RegexRunner runner, int position, RegexContinuation next)
        {
            return Holds(runner, position) && next(position);
        }

        private bool Holds(RegexRunner runner, int p)
        {
            string text = runner.Text;
            switch (m_kind)
            {
                case RegexAnchorKind.Beginning: return p == 0;
                case RegexAnchorKind.LineStart: return p == 0 || text[p - 1] == '\n';
                case RegexAnchorKind.End: return p == text.Length;
                case RegexAnchorKind.EndOrFinalNewline: return p == text.Length || (p == text.Length - 1 && text[p] == '\n');
                case RegexAnchorKind.LineEnd: return p == text.Length || text[p] == '\n';
                case RegexAnchorKind.WordBoundary: return IsBoundary(text, p);
                case RegexAnchorKind.NonWordBoundary: return !IsBoundary(text, p);
                default: return p == runner.SearchStart;
            }
        }

        private static bool IsBoundary(string text, int p)
        {
            bool before = p > 0 && RegexCharClass.IsWordChar(text[p - 1]);
            bool after = p < text.Length && RegexCharClass.IsWordChar(text[p]);
            return before != after;
        }
    }

    // (?=...), (?!...), (?<=...), (?<!...): whether the content matches here (ahead) or ends here (behind), without
    // consuming anything. Captures of a positive assertion stay; a negative one keeps none.
    internal sealed class RegexLookaround : RegexNode
    {
        private readonly RegexNode m_content;
        private readonly bool m_behind;
        private readonly bool m_negative;

        internal RegexLookaround(RegexNode content, bool behind, bool negative)
        {
            m_content = content;
            m_behind = behind;
            m_negative = negative;
        }

        internal override bool Match(RegexRunner runner, int position, RegexContinuation next)
        {
            int mark = runner.Mark;
            bool found = m_behind ? MatchesBehind(runner, position) : m_content.Match(runner, position, p => true);
            if (m_negative)
            {
                runner.Rollback(mark);
                return !found && next(position);
            }
            if (found && next(position)) return true;
            runner.Rollback(mark);
            return false;
        }

        // The nearest start first, as .NET's right-to-left matching of a lookbehind finds it.
        private bool MatchesBehind(RegexRunner runner, int position)
        {
            for (int start = position; start >= 0; start--)
                if (m_content.Match(runner, start, p => p == position)) return true;
            return false;
        }
    }

    // (?>...): the content's first way of matching, never revisited.
    internal sealed class RegexAtomic : RegexNode
    {
        private readonly RegexNode m_content;
        internal RegexAtomic(RegexNode content) { m_content = content; }

        internal override bool Match(RegexRunner runner, int position, RegexContinuation next)
        {
            int mark = runner.Mark;
            int end = -1;
            if (!m_content.Match(runner, position, p => { end = p; return true; })) return false;
            if (next(end)) return true;
            runner.Rollback(mark);
            return false;
        }
    }
}

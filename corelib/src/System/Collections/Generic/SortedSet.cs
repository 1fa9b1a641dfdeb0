namespace System.Collections.Generic
{
    // A set kept in comparer order in an AVL tree. As in .NET, every Add, Remove and Clear bumps the version (even one
    // that finds nothing to do), so any of them during an enumeration makes the next MoveNext throw.
    //
    // GetViewBetween returns a view: a SortedSet with bounds over the same tree (m_tree), which sees the tree's later
    // changes and only accepts items within its bounds.
    public class SortedSet<T> : ISet<T>, IReadOnlyCollection<T>
    {
        internal sealed class Node
        {
            internal T Item;
            internal Node Left;
            internal Node Right;
            internal int Height = 1;

            internal Node(T item) { Item = item; }
        }

        private readonly IComparer<T> m_comparer;
        private readonly SortedSet<T> m_tree;     // this set, or for a view the set that owns the nodes
        private Node m_root;
        private int m_count;
        private int m_version;

        // a view's bounds
        private readonly bool m_hasLower;
        private readonly bool m_hasUpper;
        private readonly T m_lower;
        private readonly T m_upper;

        public SortedSet() : this((IComparer<T>)null) { }

        public SortedSet(IComparer<T> comparer)
        {
            m_comparer = comparer ?? Comparer<T>.Default;
            m_tree = this;
        }

        public SortedSet(IEnumerable<T> collection) : this(collection, null) { }

        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer) : this(comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) Add(item);
        }

        private SortedSet(SortedSet<T> tree, bool hasLower, T lower, bool hasUpper, T upper)
        {
            m_comparer = tree.m_comparer;
            m_tree = tree;
            m_hasLower = hasLower;
            m_lower = lower;
            m_hasUpper = hasUpper;
            m_upper = upper;
        }

        private bool IsView { get { return m_tree != this; } }

        public IComparer<T> Comparer { get { return m_comparer; } }

        public int Count
        {
            get
            {
                if (!IsView) return m_count;
                int n = 0;
                Enumerator e = GetEnumerator();
                while (e.MoveNext()) n++;
                return n;
            }
        }

        bool ICollection<T>.IsReadOnly { get { return false; } }

        internal void UpdateVersion() { m_tree.m_version++; }

        private bool InRange(T item)
        {
            if (m_hasLower && m_comparer.Compare(item, m_lower) < 0) return false;
            if (m_hasUpper && m_comparer.Compare(item, m_upper) > 0) return false;
            return true;
        }

        public T Min
        {
            get
            {
                Enumerator e = GetEnumerator();
                return e.MoveNext() ? e.Current : default(T);
            }
        }

        public T Max
        {
            get
            {
                foreach (T item in Reverse()) return item;
                return default(T);
            }
        }

        // ---- the tree ----

        private static int HeightOf(Node n) { return n == null ? 0 : n.Height; }

        private static void Update(Node n)
        {
            int l = HeightOf(n.Left), r = HeightOf(n.Right);
            n.Height = (l > r ? l : r) + 1;
        }

        private static Node RotateRight(Node n)
        {
            Node l = n.Left;
            n.Left = l.Right;
            l.Right = n;
            Update(n);
            Update(l);
            return l;
        }

        private static Node RotateLeft(Node n)
        {
            Node r = n.Right;
            n.Right = r.Left;
            r.Left = n;
            Update(n);
            Update(r);
            return r;
        }

        private static Node Balance(Node n)
        {
            Update(n);
            int balance = HeightOf(n.Left) - HeightOf(n.Right);
            if (balance > 1)
            {
                if (HeightOf(n.Left.Left) < HeightOf(n.Left.Right)) n.Left = RotateLeft(n.Left);
                return RotateRight(n);
            }
            if (balance < -1)
            {
                if (HeightOf(n.Right.Right) < HeightOf(n.Right.Left)) n.Right = RotateRight(n.Right);
                return RotateLeft(n);
            }
            return n;
        }

        private Node Insert(Node n, T item, ref bool added)
        {
            if (n == null)
            {
                added = true;
                return new Node(item);
            }
            int order = m_comparer.Compare(item, n.Item);
            if (order == 0) return n;
            if (order < 0) n.Left = Insert(n.Left, item, ref added); else n.Right = Insert(n.Right, item, ref added);
            return added ? Balance(n) : n;
        }

        private Node Delete(Node n, T item, ref bool removed)
        {
            if (n == null) return null;
            int order = m_comparer.Compare(item, n.Item);
            if (order < 0)
            {
                n.Left = Delete(n.Left, item, ref removed);
            }
            else if (order > 0)
            {
                n.Right = Delete(n.Right, item, ref removed);
            }
            else
            {
                removed = true;
                if (n.Left == null) return n.Right;
                if (n.Right == null) return n.Left;
                Node successor = n.Right;
                while (successor.Left != null) successor = successor.Left;
                successor.Right = DeleteMin(n.Right);
                successor.Left = n.Left;
                return Balance(successor);
            }
            return removed ? Balance(n) : n;
        }

        private static Node DeleteMin(Node n)
        {
            if (n.Left == null) return n.Right;
            n.Left = DeleteMin(n.Left);
            return Balance(n);
        }

        internal Node FindNode(T item)
        {
            if (!InRange(item)) return null;
            Node n = m_tree.m_root;
            while (n != null)
            {
                int order = m_comparer.Compare(item, n.Item);
                if (order == 0) return n;
                n = order < 0 ? n.Left : n.Right;
            }
            return null;
        }

        // ---- the set ----

        public bool Add(T item)
        {
            if (!InRange(item)) throw new ArgumentOutOfRangeException("item");
            SortedSet<T> tree = m_tree;
            bool added = false;
            tree.m_root = tree.Insert(tree.m_root, item, ref added);
            tree.m_version++;
            if (added) tree.m_count++;
            return added;
        }

        void ICollection<T>.Add(T item) { Add(item); }

        public bool Remove(T item)
        {
            SortedSet<T> tree = m_tree;
            if (tree.m_root == null || !InRange(item)) return false;
            bool removed = false;
            tree.m_root = tree.Delete(tree.m_root, item, ref removed);
            tree.m_version++;
            if (removed) tree.m_count--;
            return removed;
        }

        public bool Contains(T item) { return FindNode(item) != null; }

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            Node n = FindNode(equalValue);
            actualValue = n == null ? default(T) : n.Item;
            return n != null;
        }

        public void Clear()
        {
            if (IsView)
            {
                foreach (T item in ToList()) Remove(item);
                return;
            }
            m_root = null;
            m_count = 0;
            m_version++;
        }

        private List<T> ToList()
        {
            List<T> items = new List<T>();
            Enumerator e = GetEnumerator();
            while (e.MoveNext()) items.Add(e.Current);
            return items;
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            List<T> matches = new List<T>();
            Enumerator e = GetEnumerator();
            while (e.MoveNext()) if (match(e.Current)) matches.Add(e.Current);
            int removed = 0;
            for (int i = matches.Count - 1; i >= 0; i--) if (Remove(matches[i])) removed++;
            return removed;
        }

        public void CopyTo(T[] array) { CopyTo(array, 0, Count); }

        public void CopyTo(T[] array, int index) { CopyTo(array, index, Count); }

        public void CopyTo(T[] array, int index, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw CollectionErrors.NegativeArgument("index");
            if (count < 0) throw CollectionErrors.NegativeArgument("count");
            if (count > array.Length - index) throw CollectionErrors.DestinationTooSmall();
            Enumerator e = GetEnumerator();
            while (count-- > 0 && e.MoveNext()) array[index++] = e.Current;
        }

        public SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
        {
            if (m_comparer.Compare(lowerValue, upperValue) > 0)
                throw new ArgumentException("Must be less than or equal to upperValue.", "lowerValue");
            if (m_hasLower && m_comparer.Compare(m_lower, lowerValue) > 0) throw new ArgumentOutOfRangeException("lowerValue");
            if (m_hasUpper && m_comparer.Compare(m_upper, upperValue) < 0) throw new ArgumentOutOfRangeException("upperValue");
            return new SortedSet<T>(m_tree, true, lowerValue, true, upperValue);
        }

        public IEnumerable<T> Reverse()
        {
            SortedSet<T> tree = m_tree;
            int version = tree.m_version;
            Stack<Node> path = new Stack<Node>();
            for (Node n = tree.m_root; n != null; )
            {
                if (m_hasUpper && m_comparer.Compare(n.Item, m_upper) > 0) { n = n.Left; continue; }
                path.Push(n);
                n = n.Right;
            }
            while (path.Count > 0)
            {
                if (version != tree.m_version) throw CollectionErrors.VersionChanged();
                Node node = path.Pop();
                if (m_hasLower && m_comparer.Compare(node.Item, m_lower) < 0) yield break;
                yield return node.Item;
                for (Node n = node.Left; n != null; )
                {
                    if (m_hasUpper && m_comparer.Compare(n.Item, m_upper) > 0) { n = n.Left; continue; }
                    path.Push(n);
                    n = n.Right;
                }
            }
        }

        // ---- set operations; `other` is read with this set's comparer ----

        private static void CheckOther(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
        }

        private SortedSet<T> AsSet(IEnumerable<T> other)
        {
            SortedSet<T> set = other as SortedSet<T>;
            if (set != null && set.m_comparer.Equals(m_comparer)) return set;
            return new SortedSet<T>(other, m_comparer);
        }

        public void UnionWith(IEnumerable<T> other)
        {
            CheckOther(other);
            if (other == this) return;
            foreach (T item in new List<T>(other)) Add(item);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            CheckOther(other);
            SortedSet<T> keep = AsSet(other);
            foreach (T item in ToList()) if (!keep.Contains(item)) Remove(item);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            CheckOther(other);
            if (other == this)
            {
                Clear();
                return;
            }
            foreach (T item in new List<T>(other)) Remove(item);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            CheckOther(other);
            if (other == this)
            {
                Clear();
                return;
            }
            foreach (T item in new List<T>(AsSet(other)))
            {
                if (!Remove(item)) Add(item);
            }
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            CheckOther(other);
            return ContainedIn(AsSet(other));
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            CheckOther(other);
            SortedSet<T> set = AsSet(other);
            return set.Count > Count && ContainedIn(set);
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            CheckOther(other);
            foreach (T item in other) if (!Contains(item)) return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            CheckOther(other);
            SortedSet<T> set = AsSet(other);
            return set.Count < Count && set.ContainedIn(this);
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            CheckOther(other);
            if (Count == 0) return false;
            foreach (T item in other) if (Contains(item)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            CheckOther(other);
            SortedSet<T> set = AsSet(other);
            return set.Count == Count && set.ContainedIn(this);
        }

        private bool ContainedIn(SortedSet<T> set)
        {
            Enumerator e = GetEnumerator();
            while (e.MoveNext()) if (!set.Contains(e.Current)) return false;
            return true;
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        // In-order walk with an explicit stack of the nodes whose left side has been visited.
        public struct Enumerator : IEnumerator<T>
        {
            private readonly SortedSet<T> m_set;
            private readonly int m_version;
            private Node[] m_stack;
            private int m_depth;
            private Node m_current;

            internal Enumerator(SortedSet<T> set)
            {
                m_set = set;
                m_version = set.m_tree.m_version;
                m_stack = null;
                m_depth = 0;
                m_current = null;
                Start();
            }

            private void Start()
            {
                Node root = m_set.m_tree.m_root;
                m_stack = new Node[root == null ? 1 : root.Height + 1];
                m_depth = 0;
                PushLeftSpine(root);
            }

            private void PushLeftSpine(Node n)
            {
                SortedSet<T> set = m_set;
                while (n != null)
                {
                    if (set.m_hasLower && set.m_comparer.Compare(n.Item, set.m_lower) < 0)
                    {
                        n = n.Right;
                        continue;
                    }
                    m_stack[m_depth++] = n;
                    n = n.Left;
                }
            }

            public bool MoveNext()
            {
                if (m_version != m_set.m_tree.m_version) throw CollectionErrors.VersionChanged();
                if (m_depth == 0)
                {
                    m_current = null;
                    return false;
                }
                Node node = m_stack[--m_depth];
                if (m_set.m_hasUpper && m_set.m_comparer.Compare(node.Item, m_set.m_upper) > 0)
                {
                    m_depth = 0;
                    m_current = null;
                    return false;
                }
                m_current = node;
                PushLeftSpine(node.Right);
                return true;
            }

            public T Current { get { return m_current == null ? default(T) : m_current.Item; } }

            object IEnumerator.Current
            {
                get
                {
                    if (m_current == null) throw CollectionErrors.EnumerationNotRunning();
                    return m_current.Item;
                }
            }

            void IEnumerator.Reset() { Restart(); }

            internal void Restart()
            {
                if (m_version != m_set.m_tree.m_version) throw CollectionErrors.VersionChanged();
                m_current = null;
                Start();
            }

            public void Dispose() { }
        }
    }
}

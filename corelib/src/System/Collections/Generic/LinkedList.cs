namespace System.Collections.Generic
{
    // A circular doubly linked list: m_head is the first node and m_head.m_prev the last. Nodes know their list, so
    // a node can only be used with the list that holds it; every insertion and removal bumps the version.
    public class LinkedList<T> : ICollection<T>, IReadOnlyCollection<T>
    {
        private LinkedListNode<T> m_head;
        private int m_count;
        private int m_version;

        public LinkedList() { }

        public LinkedList(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) AddLast(item);
        }

        public int Count { get { return m_count; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }

        public LinkedListNode<T> First { get { return m_head; } }
        public LinkedListNode<T> Last { get { return m_head == null ? null : m_head.m_prev; } }

        internal LinkedListNode<T> Head { get { return m_head; } }

        private void CheckNode(LinkedListNode<T> node)
        {
            if (node == null) throw new ArgumentNullException("node");
            if (node.m_list != this) throw new InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
        }

        private static void CheckNewNode(LinkedListNode<T> node)
        {
            if (node == null) throw new ArgumentNullException("node");
            if (node.m_list != null) throw new InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
        }

        // Links `node` in front of `next`; the list must not be empty.
        private void LinkBefore(LinkedListNode<T> next, LinkedListNode<T> node)
        {
            node.m_list = this;
            node.m_next = next;
            node.m_prev = next.m_prev;
            next.m_prev.m_next = node;
            next.m_prev = node;
            m_count++;
            m_version++;
        }

        private void LinkFirstNode(LinkedListNode<T> node)
        {
            node.m_list = this;
            node.m_next = node;
            node.m_prev = node;
            m_head = node;
            m_count++;
            m_version++;
        }

        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value)
        {
            LinkedListNode<T> added = new LinkedListNode<T>(value);
            AddAfter(node, added);
            return added;
        }

        public void AddAfter(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            CheckNode(node);
            CheckNewNode(newNode);
            LinkBefore(node.m_next, newNode);
        }

        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value)
        {
            LinkedListNode<T> added = new LinkedListNode<T>(value);
            AddBefore(node, added);
            return added;
        }

        public void AddBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            CheckNode(node);
            CheckNewNode(newNode);
            LinkBefore(node, newNode);
            if (node == m_head) m_head = newNode;
        }

        public LinkedListNode<T> AddFirst(T value)
        {
            LinkedListNode<T> added = new LinkedListNode<T>(value);
            AddFirst(added);
            return added;
        }

        public void AddFirst(LinkedListNode<T> node)
        {
            CheckNewNode(node);
            if (m_head == null)
            {
                LinkFirstNode(node);
                return;
            }
            LinkBefore(m_head, node);
            m_head = node;
        }

        public LinkedListNode<T> AddLast(T value)
        {
            LinkedListNode<T> added = new LinkedListNode<T>(value);
            AddLast(added);
            return added;
        }

        public void AddLast(LinkedListNode<T> node)
        {
            CheckNewNode(node);
            if (m_head == null) LinkFirstNode(node); else LinkBefore(m_head, node);
        }

        void ICollection<T>.Add(T value) { AddLast(value); }

        public void Clear()
        {
            LinkedListNode<T> node = m_head;
            while (node != null)
            {
                LinkedListNode<T> next = node.m_next;
                node.Detach();
                node = next == m_head ? null : next;
            }
            m_head = null;
            m_count = 0;
            m_version++;
        }

        public bool Contains(T value) { return Find(value) != null; }

        public void CopyTo(T[] array, int index)
        {
            CollectionErrors.CheckCopyTo(array, index, m_count);
            LinkedListNode<T> node = m_head;
            for (int i = 0; i < m_count; i++)
            {
                array[index + i] = node.m_item;
                node = node.m_next;
            }
        }

        public LinkedListNode<T> Find(T value)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            LinkedListNode<T> node = m_head;
            for (int i = 0; i < m_count; i++, node = node.m_next) if (c.Equals(node.m_item, value)) return node;
            return null;
        }

        public LinkedListNode<T> FindLast(T value)
        {
            if (m_head == null) return null;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            LinkedListNode<T> node = m_head.m_prev;
            for (int i = 0; i < m_count; i++, node = node.m_prev) if (c.Equals(node.m_item, value)) return node;
            return null;
        }

        public bool Remove(T value)
        {
            LinkedListNode<T> node = Find(value);
            if (node == null) return false;
            Unlink(node);
            return true;
        }

        public void Remove(LinkedListNode<T> node)
        {
            CheckNode(node);
            Unlink(node);
        }

        public void RemoveFirst()
        {
            if (m_head == null) throw Empty();
            Unlink(m_head);
        }

        public void RemoveLast()
        {
            if (m_head == null) throw Empty();
            Unlink(m_head.m_prev);
        }

        private static InvalidOperationException Empty() { return new InvalidOperationException("The LinkedList is empty."); }

        private void Unlink(LinkedListNode<T> node)
        {
            if (node.m_next == node)
            {
                m_head = null;
            }
            else
            {
                node.m_next.m_prev = node.m_prev;
                node.m_prev.m_next = node.m_next;
                if (m_head == node) m_head = node.m_next;
            }
            node.Detach();
            m_count--;
            m_version++;
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<T>
        {
            private readonly LinkedList<T> m_list;
            private readonly int m_version;
            private LinkedListNode<T> m_node;   // the next node to visit
            private T m_current;
            private int m_index;                // 0 before the start, Count + 1 after the end

            internal Enumerator(LinkedList<T> list)
            {
                m_list = list;
                m_version = list.m_version;
                m_node = list.m_head;
                m_current = default(T);
                m_index = 0;
            }

            public bool MoveNext()
            {
                if (m_version != m_list.m_version) throw CollectionErrors.VersionChanged();
                if (m_node == null)
                {
                    m_index = m_list.m_count + 1;
                    return false;
                }
                m_index++;
                m_current = m_node.m_item;
                m_node = m_node.m_next;
                if (m_node == m_list.m_head) m_node = null;
                return true;
            }

            public T Current { get { return m_current; } }

            object IEnumerator.Current
            {
                get
                {
                    if (m_index == 0 || m_index == m_list.m_count + 1) throw CollectionErrors.EnumerationNotRunning();
                    return m_current;
                }
            }

            void IEnumerator.Reset()
            {
                if (m_version != m_list.m_version) throw CollectionErrors.VersionChanged();
                m_current = default(T);
                m_node = m_list.m_head;
                m_index = 0;
            }

            public void Dispose() { }
        }
    }

    public sealed class LinkedListNode<T>
    {
        internal LinkedList<T> m_list;
        internal LinkedListNode<T> m_next;
        internal LinkedListNode<T> m_prev;
        internal T m_item;

        public LinkedListNode(T value) { m_item = value; }

        public LinkedList<T> List { get { return m_list; } }

        public LinkedListNode<T> Next { get { return m_next == null || m_next == m_list.Head ? null : m_next; } }

        public LinkedListNode<T> Previous { get { return m_prev == null || this == m_list.Head ? null : m_prev; } }

        public T Value
        {
            get { return m_item; }
            set { m_item = value; }
        }

        internal void Detach()
        {
            m_list = null;
            m_next = null;
            m_prev = null;
        }
    }
}

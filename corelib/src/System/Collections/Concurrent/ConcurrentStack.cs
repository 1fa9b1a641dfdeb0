using System.Collections.Generic;
using System.Threading;

namespace System.Collections.Concurrent
{
    // A last-in first-out stack without locks: a linked list of immutable nodes whose head is swapped with
    // compare-and-exchange (the collector makes reusing a node impossible, so there is no ABA problem). A snapshot is
    // simply the head at one moment.
    public class ConcurrentStack<T> : IProducerConsumerCollection<T>, IReadOnlyCollection<T>
    {
        private sealed class Node
        {
            internal readonly T Value;
            internal Node Next;

            internal Node(T value) { Value = value; }
        }

        private Node m_head; // read with Volatile.Read, swapped with Interlocked

        public ConcurrentStack() { }

        public ConcurrentStack(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) Push(item);
        }

        public bool IsEmpty { get { return Volatile.Read(ref m_head) == null; } }

        // Walks the list, as .NET does: O(n).
        public int Count
        {
            get
            {
                int count = 0;
                for (Node n = Volatile.Read(ref m_head); n != null; n = n.Next) count++;
                return count;
            }
        }

        public void Push(T item)
        {
            Node node = new Node(item);
            SpinWait spin = new SpinWait();
            while (true)
            {
                node.Next = Volatile.Read(ref m_head);
                if (Interlocked.CompareExchange(ref m_head, node, node.Next) == node.Next) return;
                spin.SpinOnce(); // contended: back off before trying again
            }
        }

        public void PushRange(T[] items)
        {
            if (items == null) throw new ArgumentNullException("items");
            PushRange(items, 0, items.Length);
        }

        // The items go on at once, the last one on top.
        public void PushRange(T[] items, int startIndex, int count)
        {
            CheckRange(items, startIndex, count);
            if (count == 0) return;
            Node tail = new Node(items[startIndex]);
            Node head = tail;
            for (int i = startIndex + 1; i < startIndex + count; i++)
            {
                Node n = new Node(items[i]);
                n.Next = head;
                head = n;
            }
            SpinWait spin = new SpinWait();
            while (true)
            {
                tail.Next = Volatile.Read(ref m_head);
                if (Interlocked.CompareExchange(ref m_head, head, tail.Next) == tail.Next) return;
                spin.SpinOnce();
            }
        }

        public bool TryPop(out T result)
        {
            SpinWait spin = new SpinWait();
            while (true)
            {
                Node head = Volatile.Read(ref m_head);
                if (head == null)
                {
                    result = default(T);
                    return false;
                }
                if (Interlocked.CompareExchange(ref m_head, head.Next, head) == head)
                {
                    result = head.Value;
                    return true;
                }
                spin.SpinOnce();
            }
        }

        public int TryPopRange(T[] items)
        {
            if (items == null) throw new ArgumentNullException("items");
            return TryPopRange(items, 0, items.Length);
        }

        // Pops up to count items at once into items[startIndex..], the top first; returns how many.
        public int TryPopRange(T[] items, int startIndex, int count)
        {
            CheckRange(items, startIndex, count);
            if (count == 0) return 0;
            SpinWait spin = new SpinWait();
            while (true)
            {
                Node head = Volatile.Read(ref m_head);
                if (head == null) return 0;
                Node after = head;
                int taken = 1;
                while (taken < count && after.Next != null)
                {
                    after = after.Next;
                    taken++;
                }
                if (Interlocked.CompareExchange(ref m_head, after.Next, head) == head)
                {
                    Node n = head;
                    for (int i = 0; i < taken; i++, n = n.Next) items[startIndex + i] = n.Value;
                    return taken;
                }
                spin.SpinOnce();
            }
        }

        public bool TryPeek(out T result)
        {
            Node head = Volatile.Read(ref m_head);
            if (head == null)
            {
                result = default(T);
                return false;
            }
            result = head.Value;
            return true;
        }

        public void Clear() { Volatile.Write(ref m_head, null); }

        // The top first.
        public T[] ToArray()
        {
            List<T> items = new List<T>();
            for (Node n = Volatile.Read(ref m_head); n != null; n = n.Next) items.Add(n.Value);
            return items.ToArray();
        }

        public void CopyTo(T[] array, int index) { ConcurrentCollection.CopyTo(ToArray(), array, index); }

        public IEnumerator<T> GetEnumerator() { return Enumerate(Volatile.Read(ref m_head)); }

        private static IEnumerator<T> Enumerate(Node head)
        {
            for (Node n = head; n != null; n = n.Next) yield return n.Value;
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        bool IProducerConsumerCollection<T>.TryAdd(T item)
        {
            Push(item);
            return true;
        }

        bool IProducerConsumerCollection<T>.TryTake(out T item) { return TryPop(out item); }

        bool ICollection.IsSynchronized { get { return false; } }

        object ICollection.SyncRoot { get { throw ConcurrentCollection.NoSyncRoot(); } }

        void ICollection.CopyTo(Array array, int index) { ConcurrentCollection.CopyTo(ToArray(), array, index); }

        private static void CheckRange(T[] items, int startIndex, int count)
        {
            if (items == null) throw new ArgumentNullException("items");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "The count argument must be greater than or equal to zero.");
            if (startIndex >= items.Length || startIndex < 0)
                throw new ArgumentOutOfRangeException("startIndex", "The startIndex argument must be greater than or equal to zero.");
            if (items.Length - count < startIndex)
                throw new ArgumentException("The sum of the startIndex and count arguments must be less than or equal to the collection's Count.");
        }
    }
}

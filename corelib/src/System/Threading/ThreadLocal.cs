using System.Collections.Generic;

namespace System.Threading
{
    // Each thread keeps its values in a [ThreadStatic] array per T, indexed by the instance's id. An entry is this
    // thread's slot of one instance; the slot names its owner, so an id reused after Dispose never shows a slot of
    // the disposed instance to the new one. With trackAllValues, every slot is also linked into the instance's list
    // for Values. A thread's slots stay in that list after the thread ends, so Values still lists its value, as in
    // .NET (whose thread-exit finalizer unlinks the slots of instances that do not track values only: Parallel
    // aggregations read the workers' values after they ended); an untracked slot dies with its thread's array. After
    // Dispose a thread's slot keeps its value reachable until the thread ends or reuses the id (.NET clears every
    // thread's entry in Dispose).
    public class ThreadLocal<T> : IDisposable
    {
        [ThreadStatic] private static Slot[] s_slots;

        private readonly Func<T> _valueFactory;
        private readonly bool _trackAllValues;
        private readonly object _listLock = new object();
        private Slot _tracked;      // the newest tracked slot, under _listLock
        private int _id;            // -1 once disposed

        private sealed class Slot
        {
            internal ThreadLocal<T> Owner;
            internal T Value;
            internal Slot Next;
        }

        public ThreadLocal() : this(false) { }

        public ThreadLocal(bool trackAllValues)
        {
            _trackAllValues = trackAllValues;
            _id = ThreadLocalIds.Take();
        }

        public ThreadLocal(Func<T> valueFactory) : this(valueFactory, false) { }

        public ThreadLocal(Func<T> valueFactory, bool trackAllValues) : this(trackAllValues)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            _valueFactory = valueFactory;
        }

        public T Value
        {
            get
            {
                Slot slot = MySlot();
                if (slot != null) return slot.Value;
                return CreateValue();
            }
            set
            {
                Slot slot = MySlot();
                if (slot != null) slot.Value = value;
                else AddSlot(value);
            }
        }

        public bool IsValueCreated
        {
            get
            {
                if (_id < 0) throw Disposed();
                return MySlot() != null;
            }
        }

        public IList<T> Values
        {
            get
            {
                if (!_trackAllValues)
                {
                    throw new InvalidOperationException("The ThreadLocal object is not tracking values. To use the Values property, use a ThreadLocal constructor that accepts the trackAllValues parameter and set the parameter to true.");
                }
                if (_id < 0) throw Disposed();
                var values = new List<T>();
                lock (_listLock)
                {
                    for (Slot s = _tracked; s != null; s = s.Next) values.Add(s.Value);
                }
                return values;
            }
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            int id;
            lock (_listLock)
            {
                id = _id;
                if (id < 0) return;
                _id = -1;
                _tracked = null;
            }
            ThreadLocalIds.Return(id);
        }

        public override string ToString()
        {
            return Value.ToString();
        }

        // This thread's slot of this instance, or null (also when disposed: the callers' slow paths throw).
        private Slot MySlot()
        {
            Slot[] slots = s_slots;
            int id = _id;
            if (slots != null && (uint)id < (uint)slots.Length)
            {
                Slot slot = slots[id];
                if (slot != null && slot.Owner == this) return slot;
            }
            return null;
        }

        private T CreateValue()
        {
            if (_id < 0) throw Disposed();
            T value = default(T);
            if (_valueFactory != null)
            {
                value = _valueFactory();
                if (MySlot() != null)
                {
                    throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
                }
            }
            AddSlot(value);
            return value;
        }

        private void AddSlot(T value)
        {
            int id = _id;
            if (id < 0) throw Disposed();
            Slot[] slots = s_slots;
            if (slots == null || id >= slots.Length)
            {
                int size = slots == null ? 8 : slots.Length;
                while (size <= id) size *= 2;
                var grown = new Slot[size];
                if (slots != null) Array.Copy(slots, grown, slots.Length);
                slots = grown;
                s_slots = slots;
            }
            var slot = new Slot { Owner = this, Value = value };
            if (_trackAllValues)
            {
                lock (_listLock)
                {
                    if (_id < 0) throw Disposed();
                    slot.Next = _tracked;
                    _tracked = slot;
                }
            }
            slots[id] = slot;
        }

        private static ObjectDisposedException Disposed()
        {
            // .NET passes its message as the object name, so Message reads "Cannot access a disposed object.
            // Object name: 'The ThreadLocal object has been disposed.'."
            return new ObjectDisposedException("The ThreadLocal object has been disposed.");
        }
    }

    // The ids of live ThreadLocal instances (of any T): the smallest free one first, so per-thread arrays stay small.
    internal static class ThreadLocalIds
    {
        private static readonly object s_lock = new object();
        private static readonly List<int> s_free = new List<int>();
        private static int s_next;

        internal static int Take()
        {
            lock (s_lock)
            {
                if (s_free.Count == 0) return s_next++;
                int smallest = 0;
                for (int i = 1; i < s_free.Count; i++)
                {
                    if (s_free[i] < s_free[smallest]) smallest = i;
                }
                int id = s_free[smallest];
                s_free.RemoveAt(smallest);
                return id;
            }
        }

        internal static void Return(int id)
        {
            lock (s_lock) s_free.Add(id);
        }
    }
}

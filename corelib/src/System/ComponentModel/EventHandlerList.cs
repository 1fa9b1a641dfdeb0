namespace System.ComponentModel
{
    // The delegates of many events kept by key in one list (components store rarely-handled events this way instead
    // of a field each), as .NET's: a singly linked list, newest key first, handlers combined per key.
    public sealed class EventHandlerList : IDisposable
    {
        private ListEntry _head;

        public EventHandlerList() { }

        // null when no handler is registered for key; setting replaces the key's combined handler
        public Delegate this[object key]
        {
            get
            {
                ListEntry e = Find(key);
                return e == null ? null : e._handler;
            }
            set
            {
                ListEntry e = Find(key);
                if (e != null) e._handler = value;
                else _head = new ListEntry(key, value, _head);
            }
        }

        public void AddHandler(object key, Delegate value)
        {
            ListEntry e = Find(key);
            if (e != null) e._handler = Delegate.Combine(e._handler, value);
            else _head = new ListEntry(key, value, _head);
        }

        public void AddHandlers(EventHandlerList listToAddFrom)
        {
            if (listToAddFrom == null) throw new ArgumentNullException("listToAddFrom");
            for (ListEntry e = listToAddFrom._head; e != null; e = e._next)
            {
                AddHandler(e._key, e._handler);
            }
        }

        public void RemoveHandler(object key, Delegate value)
        {
            ListEntry e = Find(key);
            if (e != null) e._handler = Delegate.Remove(e._handler, value);
        }

        public void Dispose() { _head = null; }

        private ListEntry Find(object key)
        {
            ListEntry e = _head;
            while (e != null && e._key != key) e = e._next;
            return e;
        }

        private sealed class ListEntry
        {
            internal readonly ListEntry _next;
            internal readonly object _key;
            internal Delegate _handler;

            public ListEntry(object key, Delegate handler, ListEntry next)
            {
                _next = next;
                _key = key;
                _handler = handler;
            }
        }
    }
}

namespace System.Threading
{
    public enum LazyThreadSafetyMode { None = 0, PublicationOnly = 1, ExecutionAndPublication = 2 }

    public static class LazyInitializer
    {
        public static T EnsureInitialized<T>(ref T target) where T : class
        {
            if (target == null) target = Activator.CreateInstance<T>();
            return target;
        }

        public static T EnsureInitialized<T>(ref T target, Func<T> valueFactory) where T : class
        {
            if (target != null) return target;
            T value = valueFactory();
            if (value == null) throw new InvalidOperationException("The lazily-initialized type does not have a public, parameterless constructor.");
            target = value;
            return target;
        }
    }
}

namespace System
{
    // A value made on first use, by a factory or T's parameterless constructor. A failing factory's exception is kept
    // and thrown again on every later access, except in PublicationOnly mode, which tries again (as does a failing
    // constructor in every mode).
    public class Lazy<T>
    {
        private Func<T> m_factory;
        private readonly System.Threading.LazyThreadSafetyMode m_mode;
        private readonly bool m_useConstructor;
        private T m_value;
        private bool m_created;
        private bool m_running;
        private Exception m_error;

        public Lazy() : this(System.Threading.LazyThreadSafetyMode.ExecutionAndPublication) { }

        public Lazy(bool isThreadSafe)
            : this(isThreadSafe ? System.Threading.LazyThreadSafetyMode.ExecutionAndPublication : System.Threading.LazyThreadSafetyMode.None) { }

        public Lazy(System.Threading.LazyThreadSafetyMode mode)
        {
            CheckMode(mode);
            m_mode = mode;
            m_useConstructor = true;
        }

        public Lazy(Func<T> valueFactory) : this(valueFactory, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication) { }

        public Lazy(Func<T> valueFactory, bool isThreadSafe)
            : this(valueFactory, isThreadSafe ? System.Threading.LazyThreadSafetyMode.ExecutionAndPublication : System.Threading.LazyThreadSafetyMode.None) { }

        public Lazy(Func<T> valueFactory, System.Threading.LazyThreadSafetyMode mode)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            CheckMode(mode);
            m_factory = valueFactory;
            m_mode = mode;
        }

        public Lazy(T value)
        {
            m_value = value;
            m_created = true;
        }

        private static void CheckMode(System.Threading.LazyThreadSafetyMode mode)
        {
            if (mode < System.Threading.LazyThreadSafetyMode.None || mode > System.Threading.LazyThreadSafetyMode.ExecutionAndPublication)
                throw new ArgumentOutOfRangeException("mode", "The mode argument specifies an invalid value.");
        }

        public bool IsValueCreated { get { return m_created; } }

        public T Value
        {
            get
            {
                if (m_created) return m_value;
                if (m_error != null) throw m_error;
                return Create();
            }
        }

        private T Create()
        {
            bool publicationOnly = m_mode == System.Threading.LazyThreadSafetyMode.PublicationOnly;
            if (m_running && !publicationOnly)
                throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
            m_running = true;
            T value;
            try
            {
                value = m_useConstructor ? Activator.CreateInstance<T>() : m_factory();
            }
            catch (Exception e)
            {
                m_running = false;
                if (!publicationOnly && !m_useConstructor) m_error = e;
                throw;
            }
            m_running = false;
            if (!m_created)
            {
                m_value = value;
                m_created = true;
                m_factory = null;
            }
            return m_value;
        }

        public override string ToString() { return m_created ? (m_value == null ? "" : m_value.ToString()) : "Value is not created."; }
    }
}

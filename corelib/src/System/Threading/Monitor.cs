namespace System.Threading
{
    // Kiln programs run on one thread, so a lock is always free; Monitor keeps the API `lock` compiles to.
    public static class Monitor
    {
        public static void Enter(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
        }

        public static void Enter(object obj, ref bool lockTaken)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            lockTaken = true;
        }

        public static bool TryEnter(object obj) { Enter(obj); return true; }

        public static void Exit(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
        }

        public static void Pulse(object obj) { }
        public static void PulseAll(object obj) { }
    }
}

namespace System.Threading
{
    // Kiln programs run on one thread (the scheduler's loop), so these are plain reads and writes; the class exists
    // because compilers use it (field-like events call CompareExchange<T>).
    public static class Interlocked
    {
        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class
        {
            T original = location1;
            if ((object)original == (object)comparand) location1 = value;
            return original;
        }

        public static object CompareExchange(ref object location1, object value, object comparand)
        {
            object original = location1;
            if (original == comparand) location1 = value;
            return original;
        }

        public static object Exchange(ref object location1, object value)
        {
            object original = location1;
            location1 = value;
            return original;
        }

        public static long Exchange(ref long location1, long value)
        {
            long original = location1;
            location1 = value;
            return original;
        }

        public static double Exchange(ref double location1, double value)
        {
            double original = location1;
            location1 = value;
            return original;
        }

        public static double CompareExchange(ref double location1, double value, double comparand)
        {
            double original = location1;
            if (original == comparand) location1 = value;
            return original;
        }

        public static long Read(ref long location) { return location; }

        public static int CompareExchange(ref int location1, int value, int comparand)
        {
            int original = location1;
            if (original == comparand) location1 = value;
            return original;
        }

        public static long CompareExchange(ref long location1, long value, long comparand)
        {
            long original = location1;
            if (original == comparand) location1 = value;
            return original;
        }

        public static T Exchange<T>(ref T location1, T value) where T : class
        {
            T original = location1;
            location1 = value;
            return original;
        }

        public static int Exchange(ref int location1, int value)
        {
            int original = location1;
            location1 = value;
            return original;
        }

        public static int Increment(ref int location) { return ++location; }
        public static long Increment(ref long location) { return ++location; }
        public static int Decrement(ref int location) { return --location; }
        public static long Decrement(ref long location) { return --location; }

        public static int Add(ref int location1, int value)
        {
            location1 += value;
            return location1;
        }

        public static long Add(ref long location1, long value)
        {
            location1 += value;
            return location1;
        }
    }
}

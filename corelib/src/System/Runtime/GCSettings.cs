namespace System.Runtime
{
    // What .NET reports for a workstation collector. Kiln's collector (Boehm, one full collection at a time) has no
    // latency modes to switch between: the mode is remembered and read back as .NET does, and changes nothing.
    public static class GCSettings
    {
        private static GCLatencyMode latencyMode = GCLatencyMode.Interactive;
        private static GCLargeObjectHeapCompactionMode lohCompactionMode = GCLargeObjectHeapCompactionMode.Default;

        public static bool IsServerGC { get { return false; } }

        public static GCLatencyMode LatencyMode
        {
            get { return latencyMode; }
            set
            {
                // NoGCRegion is entered through GC.TryStartNoGCRegion only
                if (value < GCLatencyMode.Batch || value > GCLatencyMode.SustainedLowLatency)
                    throw new ArgumentOutOfRangeException("value", "Specified argument was out of the range of valid values.");
                latencyMode = value;
            }
        }

        public static GCLargeObjectHeapCompactionMode LargeObjectHeapCompactionMode
        {
            get { return lohCompactionMode; }
            set
            {
                if (value < GCLargeObjectHeapCompactionMode.Default || value > GCLargeObjectHeapCompactionMode.CompactOnce)
                    throw new ArgumentOutOfRangeException("value", "Specified argument was out of the range of valid values.");
                lohCompactionMode = value;
            }
        }
    }

    public enum GCLatencyMode { Batch = 0, Interactive = 1, LowLatency = 2, SustainedLowLatency = 3, NoGCRegion = 4 }

    public enum GCLargeObjectHeapCompactionMode { Default = 1, CompactOnce = 2 }
}

namespace System
{
    // The base of objects that remoting passed by reference across application domains. .NET Core kept the class (code
    // derives from it: mono's test-258, test-324) without remoting: the lifetime-service members throw.
    public abstract class MarshalByRefObject
    {
        protected MarshalByRefObject() { }

        [Obsolete("This Remoting API is not supported and throws PlatformNotSupportedException.")]
        public object GetLifetimeService() { throw new PlatformNotSupportedException("Remoting is not supported on this platform."); }

        [Obsolete("This Remoting API is not supported and throws PlatformNotSupportedException.")]
        public virtual object InitializeLifetimeService() { throw new PlatformNotSupportedException("Remoting is not supported on this platform."); }

        protected MarshalByRefObject MemberwiseClone(bool cloneIdentity) { return (MarshalByRefObject)base.MemberwiseClone(); }
    }
}

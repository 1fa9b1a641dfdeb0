namespace System.Reflection
{
    // An assembly's module. Kiln's assemblies have one, the manifest module (mcs and Roslyn write no others that a
    // program could load), so a module answers through its assembly.
    public abstract class Module
    {
        protected Module() { }

        public static bool operator ==(Module left, Module right) { return (object)left == (object)right; }
        public static bool operator !=(Module left, Module right) { return (object)left != (object)right; }
        public override bool Equals(object o) { return (object)this == o; }
        public override int GetHashCode() { return base.GetHashCode(); }

        public virtual Assembly Assembly { get { return null; } }
        public virtual string Name { get { return null; } }
        public virtual string ScopeName { get { return Name; } }
        // as NativeAOT answers: the file the module was read from is not part of the program
        public virtual string FullyQualifiedName { get { return "<Unknown>"; } }
        public virtual Type[] GetTypes() { return Assembly.GetTypes(); }
        public virtual Type GetType(string className) { return GetType(className, false, false); }
        public virtual Type GetType(string className, bool ignoreCase) { return GetType(className, false, ignoreCase); }
        public virtual Type GetType(string className, bool throwOnError, bool ignoreCase) { return Assembly.GetType(className, throwOnError, ignoreCase); }
        public virtual void GetPEKind(out PortableExecutableKinds peKind, out ImageFileMachine machine) { throw new NotImplementedException(); }
        public override string ToString() { return ScopeName; }
    }

    [Flags]
    public enum PortableExecutableKinds
    {
        NotAPortableExecutableImage = 0, ILOnly = 1, Required32Bit = 2, PE32Plus = 4, Unmanaged32Bit = 8, Preferred32Bit = 16
    }

    public enum ImageFileMachine { I386 = 332, ARM = 452, IA64 = 512, AMD64 = 34404 }

    internal sealed class RuntimeModule : Module
    {
        private readonly Assembly _assembly;
        private readonly string _name;
        private readonly int _peKind, _machine;

        // what the compiler read of the assembly's PE headers (kiln.h KReflectionAssembly)
        internal RuntimeModule(Assembly assembly, string name, int peKind, int machine)
        {
            _assembly = assembly;
            _name = name;
            _peKind = peKind;
            _machine = machine;
        }

        public override void GetPEKind(out PortableExecutableKinds peKind, out ImageFileMachine machine)
        {
            peKind = (PortableExecutableKinds)_peKind;
            machine = (ImageFileMachine)_machine;
        }

        public override Assembly Assembly { get { return _assembly; } }
        public override string Name { get { return _name; } }
    }

    public abstract partial class MemberInfo
    {
        // a member's module is its declaring type's; Type answers with its assembly's
        public virtual Module Module
        {
            get
            {
                Type declaring = DeclaringType;
                return declaring == null ? null : declaring.Module;
            }
        }
    }
}

namespace System
{
    using System.Reflection;

    public abstract partial class Type
    {
        public override Module Module
        {
            get
            {
                Assembly assembly = Assembly;
                return assembly == null ? null : assembly.ManifestModule;
            }
        }
    }
}

using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Reflection
{
    public abstract class Assembly
    {
        protected Assembly() { }

        public static bool operator ==(Assembly left, Assembly right) { return (object)left == (object)right; }
        public static bool operator !=(Assembly left, Assembly right) { return (object)left != (object)right; }
        public override bool Equals(object o) { return (object)this == o; }
        public override int GetHashCode() { return base.GetHashCode(); }

        public virtual string FullName { get { return null; } }
        public virtual AssemblyName GetName() { return null; }
        public virtual Type[] GetTypes() { return Type.EmptyTypes; }
        public virtual Type GetType(string name) { return GetType(name, false, false); }
        public virtual Type GetType(string name, bool throwOnError) { return GetType(name, throwOnError, false); }
        public virtual Type GetType(string name, bool throwOnError, bool ignoreCase) { return null; }
        public virtual object[] GetCustomAttributes(bool inherit) { return new object[0]; }
        public virtual object[] GetCustomAttributes(Type attributeType, bool inherit) { return new object[0]; }
        public virtual bool IsDefined(Type attributeType, bool inherit) { return false; }
        public virtual IList<CustomAttributeData> GetCustomAttributesData() { return new CustomAttributeData[0]; }

        public virtual string[] GetManifestResourceNames() { return new string[0]; }
        public virtual Module ManifestModule { get { return null; } }
        public IEnumerable<Module> Modules { get { return GetModules(); } }
        public Module[] GetModules() { return GetModules(false); }
        public virtual Module[] GetModules(bool getResourceModules) { return ManifestModule == null ? new Module[0] : new Module[] { ManifestModule }; }
        public virtual System.IO.Stream GetManifestResourceStream(string name) { return null; }

        public virtual System.IO.Stream GetManifestResourceStream(Type type, string name)
        {
            if (type == null && name == null) throw new ArgumentNullException("type");
            string ns = type == null ? null : type.Namespace;
            return GetManifestResourceStream(ns == null ? name : name == null ? ns : ns + "." + name);
        }

        public override string ToString() { return FullName; }

        public static Assembly GetEntryAssembly() { return RuntimeAssembly.Entry(); }

        // The compiler replaces each call by RuntimeAssembly.ForName with the calling method's assembly name
        // (il Intrinsics.executingAssemblyLookup); this body runs only when called another way (a delegate, Invoke).
        public static Assembly GetExecutingAssembly() { return RuntimeAssembly.ForName("System.Private.CoreLib"); }

        // As in NativeAOT: the calling method's caller is not known ahead of time, and frames are inlined.
        public static Assembly GetCallingAssembly() { throw new PlatformNotSupportedException(); }

        public static Assembly GetAssembly(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            return type.Assembly;
        }
    }

    public sealed class AssemblyName
    {
        public AssemblyName() { }
        public AssemblyName(string assemblyName) { Name = assemblyName; }

        public string Name { get; set; }
        public Version Version { get; set; }
        public string CultureName { get { return ""; } }

        public string FullName
        {
            get { return Version == null ? Name : Name + ", Version=" + Version + ", Culture=neutral, PublicKeyToken=null"; }
        }

        public override string ToString() { return FullName; }
    }

    // An assembly described by the reflection tables (kiln.h KReflectionAssembly), one object per name: each image
    // (and the executable) may carry a record of the same assembly.
    internal sealed unsafe class RuntimeAssembly : Assembly
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr EntryNameImpl();

        private static readonly object s_lock = new object();
        private static Dictionary<string, RuntimeAssembly> s_byName;

        private readonly string _name;
        private AssemblyRecord* _record;

        private RuntimeAssembly(string name, AssemblyRecord* record)
        {
            _name = name;
            _record = record;
        }

        internal static RuntimeAssembly Of(AssemblyRecord* record)
        {
            return record == null ? null : Named(RuntimeReflection.Utf8Impl(record->Name), record);
        }

        // Assembly.GetExecutingAssembly(): the named assembly (the record is found through its described types).
        internal static RuntimeAssembly ForName(string name) { return Named(name, null); }

        internal static RuntimeAssembly Entry()
        {
            IntPtr name = EntryNameImpl();
            return name == IntPtr.Zero ? null : Named(RuntimeReflection.Utf8Impl(name), null);
        }

        private static RuntimeAssembly Named(string name, AssemblyRecord* record)
        {
            lock (s_lock)
            {
                if (s_byName == null) s_byName = new Dictionary<string, RuntimeAssembly>();
                RuntimeAssembly found;
                if (!s_byName.TryGetValue(name, out found))
                {
                    found = new RuntimeAssembly(name, record);
                    s_byName[name] = found;
                }
                else if (found._record == null)
                {
                    found._record = record;
                }
                return found;
            }
        }

        // The record, found through a described type of this assembly when the entry assembly was named first.
        private AssemblyRecord* Record()
        {
            if (_record == null) GetTypes();
            return _record;
        }

        public override string FullName { get { return GetName().FullName; } }

        private Module _module;

        // One module per assembly (the manifest module), named as its metadata names it (Sweep.exe, Lib.dll).
        public override Module ManifestModule
        {
            get
            {
                if (_module == null)
                {
                    AssemblyRecord* r = Record();
                    _module = r == null ? new RuntimeModule(this, _name, 0, 0)
                        : new RuntimeModule(this, RuntimeReflection.Utf8Impl(r->ModuleName), r->PEKind, r->Machine);
                }
                return _module;
            }
        }

        public override AssemblyName GetName()
        {
            AssemblyRecord* r = Record();
            var name = new AssemblyName(_name);
            name.Version = r == null ? new Version(0, 0, 0, 0) : new Version(r->Major, r->Minor, r->Build, r->Revision);
            return name;
        }

        // The types the program describes (those reflection can see), by name.
        public override Type[] GetTypes()
        {
            var types = new List<Type>();
            foreach (Type t in TypeNameLookup.All())
            {
                if (t.IsGenericType && !t.IsGenericTypeDefinition) continue;
                TypeMembers members = RuntimeReflection.Info((RuntimeType)t);
                if (members.Assembly == null || RuntimeReflection.Utf8Impl(members.Assembly->Name) != _name) continue;
                if (_record == null) _record = members.Assembly;
                types.Add(t);
            }
            return types.ToArray();
        }

        public override Type GetType(string name, bool throwOnError, bool ignoreCase)
        {
            if (name == null) throw new ArgumentNullException("name");
            Type found = TypeNameLookup.Find(name, ignoreCase);
            if (found != null && found.Assembly != this) found = null;
            if (found == null && throwOnError)
                throw new TypeLoadException("Could not load type '" + name + "' from assembly '" + FullName + "'.");
            return found;
        }

        public override string[] GetManifestResourceNames()
        {
            AssemblyRecord* r = Record();
            string[] names = new string[r == null ? 0 : r->ResourceCount];
            for (int i = 0; i < names.Length; i++) names[i] = RuntimeReflection.Utf8Impl(r->Resources[i].Name);
            return names;
        }

        // A read-only stream over a copy of the embedded bytes (.NET's UnmanagedMemoryStream reads them in place).
        public override System.IO.Stream GetManifestResourceStream(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            AssemblyRecord* r = Record();
            for (int i = 0; r != null && i < r->ResourceCount; i++)
            {
                ResourceRecord* resource = r->Resources + i;
                if (RuntimeReflection.Utf8Impl(resource->Name) != name) continue;
                byte[] bytes = new byte[(int)resource->Length];
                for (int b = 0; b < bytes.Length; b++) bytes[b] = resource->Data[b];
                return new System.IO.MemoryStream(bytes, false);
            }
            return null;
        }

        public override IList<CustomAttributeData> GetCustomAttributesData()
        {
            AssemblyRecord* r = Record();
            return r == null ? new CustomAttributeData[0] : AttributeReader.Read(r->Attributes, r->AttributeCount, 0);
        }

        public override object[] GetCustomAttributes(bool inherit) { return GetCustomAttributes(typeof(Attribute), inherit); }

        public override object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return AttributeLookup.Create(Matching(attributeType), attributeType);
        }

        public override bool IsDefined(Type attributeType, bool inherit)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return Matching(attributeType).Count > 0;
        }

        private List<CustomAttributeData> Matching(Type attributeType)
        {
            var found = new List<CustomAttributeData>();
            foreach (CustomAttributeData d in GetCustomAttributesData())
            {
                if (attributeType.IsAssignableFrom(d.AttributeType)) found.Add(d);
            }
            return found;
        }
    }
}

namespace System
{
    using System.Reflection;

    public abstract partial class Type
    {
        public virtual Assembly Assembly { get { return null; } }

        public virtual string AssemblyQualifiedName
        {
            get
            {
                Assembly a = Assembly;
                return a == null ? FullName : FullName + ", " + a.FullName;
            }
        }
    }

    internal sealed partial class RuntimeType
    {
        // The defining assembly: an array's or pointer's element type's, a generic instantiation's definition's.
        public override Assembly Assembly
        {
            get
            {
                if (HasElementType) return GetElementType().Assembly;
                unsafe { return RuntimeAssembly.Of(RuntimeReflection.Info(this).Assembly); }
            }
        }
    }
}

namespace System
{
    using System.Reflection;

    public abstract partial class Attribute
    {
        public static Attribute[] GetCustomAttributes(Assembly element) { return GetCustomAttributes(element, typeof(Attribute)); }

        public static Attribute[] GetCustomAttributes(Assembly element, Type attributeType)
        {
            if (element == null) throw new ArgumentNullException("element");
            return (Attribute[])element.GetCustomAttributes(attributeType, false);
        }

        public static Attribute GetCustomAttribute(Assembly element, Type attributeType)
        {
            Attribute[] found = GetCustomAttributes(element, attributeType);
            if (found.Length > 1) throw new AmbiguousMatchException("Multiple custom attributes of the same type found.");
            return found.Length == 0 ? null : found[0];
        }

        public static bool IsDefined(Assembly element, Type attributeType)
        {
            if (element == null) throw new ArgumentNullException("element");
            return element.IsDefined(attributeType, false);
        }
    }
}

using System.Globalization;

namespace System.Reflection
{
    [Flags]
    public enum BindingFlags
    {
        Default = 0,
        IgnoreCase = 1,
        DeclaredOnly = 2,
        Instance = 4,
        Static = 8,
        Public = 16,
        NonPublic = 32,
        FlattenHierarchy = 64,
        InvokeMethod = 256,
        CreateInstance = 512,
        GetField = 1024,
        SetField = 2048,
        GetProperty = 4096,
        SetProperty = 8192,
        PutDispProperty = 16384,
        PutRefDispProperty = 32768,
        ExactBinding = 65536,
        SuppressChangeType = 131072,
        OptionalParamBinding = 262144,
        IgnoreReturn = 16777216,
        DoNotWrapExceptions = 33554432
    }

    [Flags]
    public enum MemberTypes
    {
        Constructor = 1, Event = 2, Field = 4, Method = 8, Property = 16, TypeInfo = 32, Custom = 64, NestedType = 128, All = 191
    }

    // ECMA-335 II.23.1.10
    [Flags]
    public enum MethodAttributes
    {
        MemberAccessMask = 7, PrivateScope = 0, Private = 1, FamANDAssem = 2, Assembly = 3, Family = 4, FamORAssem = 5, Public = 6,
        Static = 16, Final = 32, Virtual = 64, HideBySig = 128, CheckAccessOnOverride = 512, VtableLayoutMask = 256,
        ReuseSlot = 0, NewSlot = 256, Abstract = 1024, SpecialName = 2048, PinvokeImpl = 8192, UnmanagedExport = 8,
        RTSpecialName = 4096, HasSecurity = 16384, RequireSecObject = 32768, ReservedMask = 53248
    }

    // ECMA-335 II.23.1.5
    [Flags]
    public enum FieldAttributes
    {
        FieldAccessMask = 7, PrivateScope = 0, Private = 1, FamANDAssem = 2, Assembly = 3, Family = 4, FamORAssem = 5, Public = 6,
        Static = 16, InitOnly = 32, Literal = 64, NotSerialized = 128, SpecialName = 512, PinvokeImpl = 8192,
        RTSpecialName = 1024, HasFieldMarshal = 4096, HasDefault = 32768, HasFieldRVA = 256, ReservedMask = 38144
    }

    // ECMA-335 II.23.1.14
    [Flags]
    public enum PropertyAttributes
    {
        None = 0, SpecialName = 512, RTSpecialName = 1024, HasDefault = 4096, Reserved2 = 8192, Reserved3 = 16384,
        Reserved4 = 32768, ReservedMask = 62464
    }

    // ECMA-335 II.23.1.4
    [Flags]
    public enum EventAttributes { None = 0, SpecialName = 512, RTSpecialName = 1024, ReservedMask = 1024 }

    // ECMA-335 II.23.1.11
    public enum MethodImplAttributes
    {
        CodeTypeMask = 3, IL = 0, Native = 1, OPTIL = 2, Runtime = 3,
        ManagedMask = 4, Unmanaged = 4, Managed = 0,
        ForwardRef = 16, PreserveSig = 128, InternalCall = 4096, Synchronized = 32, NoInlining = 8,
        AggressiveInlining = 256, NoOptimization = 64, AggressiveOptimization = 512, MaxMethodImplVal = 65535
    }

    [Flags]
    public enum ParameterAttributes
    {
        None = 0, In = 1, Out = 2, Lcid = 4, Retval = 8, Optional = 16, HasDefault = 4096, HasFieldMarshal = 8192
    }

    // The base of Type and of the other members: compilers that target mscorlib call Name here.
    public abstract partial class MemberInfo
    {
        protected MemberInfo() { }

        public static bool operator ==(MemberInfo left, MemberInfo right) { return (object)left == (object)right; }
        public static bool operator !=(MemberInfo left, MemberInfo right) { return (object)left != (object)right; }
        public override bool Equals(object obj) { return (object)this == obj; }
        public override int GetHashCode() { return base.GetHashCode(); }

        public abstract string Name { get; }
        public virtual Type DeclaringType { get { return null; } }
        public virtual Type ReflectedType { get { return DeclaringType; } }
        public virtual MemberTypes MemberType { get { return MemberTypes.Custom; } }
        // the member's metadata token, from its reflection table
        public virtual int MetadataToken { get { throw new InvalidOperationException(); } }
    }

    public abstract class Binder
    {
        protected Binder() { }
    }

    public abstract class MethodBase : MemberInfo
    {
        protected MethodBase() { }

        public static MethodBase GetMethodFromHandle(RuntimeMethodHandle handle) { return MemberHandles.MethodOf(handle.Value); }

        // the handle names the method of the instantiated type already (ldtoken resolves it)
        public static MethodBase GetMethodFromHandle(RuntimeMethodHandle handle, RuntimeTypeHandle declaringType) { return MemberHandles.MethodOf(handle.Value); }

        public static bool operator ==(MethodBase left, MethodBase right) { return (object)left == (object)right; }
        public static bool operator !=(MethodBase left, MethodBase right) { return (object)left != (object)right; }
        public override bool Equals(object obj) { return (object)this == obj; }
        public override int GetHashCode() { return base.GetHashCode(); }

        public abstract MethodAttributes Attributes { get; }
        public abstract ParameterInfo[] GetParameters();
        public virtual MethodImplAttributes MethodImplementationFlags { get { return GetMethodImplementationFlags(); } }
        public virtual MethodImplAttributes GetMethodImplementationFlags() { return MethodImplAttributes.IL; }
        public abstract object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters, CultureInfo culture);

        public object Invoke(object obj, object[] parameters) { return Invoke(obj, BindingFlags.Default, null, parameters, null); }

        public bool IsPublic { get { return (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public; } }
        public bool IsPrivate { get { return (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Private; } }
        public bool IsFamily { get { return (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Family; } }
        public bool IsAssembly { get { return (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Assembly; } }
        public bool IsStatic { get { return (Attributes & MethodAttributes.Static) != 0; } }
        public bool IsVirtual { get { return (Attributes & MethodAttributes.Virtual) != 0; } }
        public bool IsAbstract { get { return (Attributes & MethodAttributes.Abstract) != 0; } }
        public bool IsFinal { get { return (Attributes & MethodAttributes.Final) != 0; } }
        public bool IsSpecialName { get { return (Attributes & MethodAttributes.SpecialName) != 0; } }
        public bool IsHideBySig { get { return (Attributes & MethodAttributes.HideBySig) != 0; } }
        public bool IsConstructor { get { return this is ConstructorInfo && !IsStatic; } }
        public virtual bool IsGenericMethod { get { return false; } }
        public virtual bool IsGenericMethodDefinition { get { return false; } }
        public virtual bool ContainsGenericParameters { get { return false; } }
        public virtual Type[] GetGenericArguments() { throw new NotSupportedException("Specified method is not supported."); }
    }

    public abstract class MethodInfo : MethodBase
    {
        protected MethodInfo() { }

        public static bool operator ==(MethodInfo left, MethodInfo right) { return (object)left == (object)right; }
        public static bool operator !=(MethodInfo left, MethodInfo right) { return (object)left != (object)right; }
        public override bool Equals(object obj) { return (object)this == obj; }
        public override int GetHashCode() { return base.GetHashCode(); }

        public override MemberTypes MemberType { get { return MemberTypes.Method; } }
        public virtual Type ReturnType { get { return null; } }
        public virtual ParameterInfo ReturnParameter { get { return null; } }
        public virtual MethodInfo GetBaseDefinition() { return this; }
        public override Type[] GetGenericArguments() { throw new NotSupportedException("Specified method is not supported."); }

        public virtual MethodInfo GetGenericMethodDefinition() { throw new InvalidOperationException(); }
        public virtual MethodInfo MakeGenericMethod(params Type[] typeArguments)
        {
            throw new InvalidOperationException(ToString() + " is not a GenericMethodDefinition. MakeGenericMethod may only be called on a method for which MethodBase.IsGenericMethodDefinition is true.");
        }

        public virtual Delegate CreateDelegate(Type delegateType) { return DelegateCreation.Create(delegateType, null, this, true); }
        public virtual Delegate CreateDelegate(Type delegateType, object target) { return DelegateCreation.Create(delegateType, target, this, true); }
    }

    public abstract class ConstructorInfo : MethodBase
    {
        public static readonly string ConstructorName = ".ctor";
        public static readonly string TypeConstructorName = ".cctor";

        protected ConstructorInfo() { }

        public static bool operator ==(ConstructorInfo left, ConstructorInfo right) { return (object)left == (object)right; }
        public static bool operator !=(ConstructorInfo left, ConstructorInfo right) { return (object)left != (object)right; }
        public override bool Equals(object obj) { return (object)this == obj; }
        public override int GetHashCode() { return base.GetHashCode(); }

        public override MemberTypes MemberType { get { return MemberTypes.Constructor; } }
        public abstract object Invoke(BindingFlags invokeAttr, Binder binder, object[] parameters, CultureInfo culture);

        public object Invoke(object[] parameters) { return Invoke(BindingFlags.Default, null, parameters, null); }
    }

    public abstract class FieldInfo : MemberInfo
    {
        protected FieldInfo() { }

        public static FieldInfo GetFieldFromHandle(RuntimeFieldHandle handle) { return MemberHandles.FieldOf(handle.Value); }

        public static FieldInfo GetFieldFromHandle(RuntimeFieldHandle handle, RuntimeTypeHandle declaringType) { return MemberHandles.FieldOf(handle.Value); }

        public static bool operator ==(FieldInfo left, FieldInfo right) { return (object)left == (object)right; }
        public static bool operator !=(FieldInfo left, FieldInfo right) { return (object)left != (object)right; }
        public override bool Equals(object obj) { return (object)this == obj; }
        public override int GetHashCode() { return base.GetHashCode(); }

        public override MemberTypes MemberType { get { return MemberTypes.Field; } }
        public abstract FieldAttributes Attributes { get; }
        public abstract Type FieldType { get; }
        public abstract object GetValue(object obj);
        public virtual Type[] GetRequiredCustomModifiers() { return Type.EmptyTypes; }
        public virtual Type[] GetOptionalCustomModifiers() { return Type.EmptyTypes; }
        public abstract void SetValue(object obj, object value, BindingFlags invokeAttr, Binder binder, CultureInfo culture);
        public void SetValue(object obj, object value) { SetValue(obj, value, BindingFlags.Default, null, null); }
        public virtual object GetRawConstantValue() { throw new InvalidOperationException("Operation is not valid due to the current state of the object."); }

        public bool IsPublic { get { return (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Public; } }
        public bool IsPrivate { get { return (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Private; } }
        public bool IsFamily { get { return (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Family; } }
        public bool IsAssembly { get { return (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Assembly; } }
        public bool IsStatic { get { return (Attributes & FieldAttributes.Static) != 0; } }
        public bool IsInitOnly { get { return (Attributes & FieldAttributes.InitOnly) != 0; } }
        public bool IsLiteral { get { return (Attributes & FieldAttributes.Literal) != 0; } }
        public bool IsSpecialName { get { return (Attributes & FieldAttributes.SpecialName) != 0; } }
    }

    public abstract class PropertyInfo : MemberInfo
    {
        protected PropertyInfo() { }

        public static bool operator ==(PropertyInfo left, PropertyInfo right) { return (object)left == (object)right; }
        public static bool operator !=(PropertyInfo left, PropertyInfo right) { return (object)left != (object)right; }
        public override bool Equals(object obj) { return (object)this == obj; }
        public override int GetHashCode() { return base.GetHashCode(); }

        public override MemberTypes MemberType { get { return MemberTypes.Property; } }
        public abstract Type PropertyType { get; }
        public virtual PropertyAttributes Attributes { get { return PropertyAttributes.None; } }
        public bool IsSpecialName { get { return (Attributes & PropertyAttributes.SpecialName) != 0; } }
        public abstract bool CanRead { get; }
        public abstract bool CanWrite { get; }
        public abstract MethodInfo GetGetMethod(bool nonPublic);
        public abstract MethodInfo GetSetMethod(bool nonPublic);
        public abstract ParameterInfo[] GetIndexParameters();
        public MethodInfo GetGetMethod() { return GetGetMethod(false); }
        public MethodInfo GetSetMethod() { return GetSetMethod(false); }
        public virtual MethodInfo GetMethod { get { return GetGetMethod(true); } }
        public virtual MethodInfo SetMethod { get { return GetSetMethod(true); } }

        public object GetValue(object obj) { return GetValue(obj, null); }
        public virtual object GetValue(object obj, object[] index)
        {
            MethodInfo getter = GetGetMethod(true);
            if (getter == null) throw new ArgumentException("Property get method not found.");
            return getter.Invoke(obj, index);
        }

        public void SetValue(object obj, object value) { SetValue(obj, value, null); }
        public virtual void SetValue(object obj, object value, object[] index)
        {
            MethodInfo setter = GetSetMethod(true);
            if (setter == null) throw new ArgumentException("Property set method not found.");
            int count = index == null ? 0 : index.Length;
            object[] arguments = new object[count + 1];
            for (int i = 0; i < count; i++) arguments[i] = index[i];
            arguments[count] = value;
            setter.Invoke(obj, arguments);
        }
    }

    public abstract class EventInfo : MemberInfo
    {
        protected EventInfo() { }

        public static bool operator ==(EventInfo left, EventInfo right) { return (object)left == (object)right; }
        public static bool operator !=(EventInfo left, EventInfo right) { return (object)left != (object)right; }
        public override bool Equals(object obj) { return (object)this == obj; }
        public override int GetHashCode() { return base.GetHashCode(); }

        public override MemberTypes MemberType { get { return MemberTypes.Event; } }
        public abstract Type EventHandlerType { get; }
        public virtual EventAttributes Attributes { get { return EventAttributes.None; } }
        public bool IsSpecialName { get { return (Attributes & EventAttributes.SpecialName) != 0; } }
        public abstract MethodInfo GetAddMethod(bool nonPublic);
        public abstract MethodInfo GetRemoveMethod(bool nonPublic);
        public MethodInfo GetAddMethod() { return GetAddMethod(false); }
        public MethodInfo GetRemoveMethod() { return GetRemoveMethod(false); }
        public virtual MethodInfo AddMethod { get { return GetAddMethod(true); } }
        public virtual MethodInfo RemoveMethod { get { return GetRemoveMethod(true); } }

        public virtual void AddEventHandler(object target, Delegate handler)
        {
            MethodInfo add = GetAddMethod(false);
            if (add == null) throw new InvalidOperationException("Cannot add the event handler since no public add method exists for the event.");
            add.Invoke(target, new object[] { handler });
        }

        public virtual void RemoveEventHandler(object target, Delegate handler)
        {
            MethodInfo remove = GetRemoveMethod(false);
            if (remove == null) throw new InvalidOperationException("Cannot remove the event handler since no public remove method exists for the event.");
            remove.Invoke(target, new object[] { handler });
        }
    }

    public partial class ParameterInfo
    {
        internal string _name;
        internal Type _type;
        internal int _position;
        internal MemberInfo _member;
        internal ParameterAttributes _attributes;
        internal int _defaultKind;
        internal long _defaultBits;

        protected ParameterInfo() { }

        public virtual string Name { get { return _name; } }
        public virtual Type ParameterType { get { return _type; } }
        public virtual int Position { get { return _position; } }
        public virtual MemberInfo Member { get { return _member; } }
        public virtual ParameterAttributes Attributes { get { return _attributes; } }
        public bool IsIn { get { return (_attributes & ParameterAttributes.In) != 0; } }
        public bool IsOut { get { return (_attributes & ParameterAttributes.Out) != 0; } }
        public bool IsOptional { get { return (_attributes & ParameterAttributes.Optional) != 0; } }
        public bool IsRetval { get { return _position < 0; } }
        public virtual bool HasDefaultValue { get { return _defaultKind != 0; } }

        // The Constant row's value (an enum parameter's as the enum); without one, Missing for an [Optional]
        // parameter and DBNull otherwise, as .NET answers.
        public virtual object DefaultValue
        {
            get
            {
                if (_defaultKind == 0) return IsOptional ? (object)Missing.Value : DBNull.Value;
                object value = ParameterDefault.Decode(_defaultKind, _defaultBits);
                Type type = _type != null && _type.IsByRef ? _type.GetElementType() : _type;
                if (value != null && type != null && type.IsEnum) value = Enum.ToObject(type, value);
                return value;
            }
        }

        public virtual object RawDefaultValue
        {
            get { return _defaultKind == 0 ? DefaultValue : ParameterDefault.Decode(_defaultKind, _defaultBits); }
        }

        public override string ToString() { return RuntimeMethodInfo.TypeName(ParameterType) + " " + Name; }
    }

    // A default value as the table stores it (kiln.h KReflectionParameter): an ELEMENT_TYPE code and the bits.
    internal static unsafe class ParameterDefault
    {
        internal static object Decode(int kind, long bits)
        {
            switch (kind)
            {
                case 0x02: return bits != 0;
                case 0x03: return (char)bits;
                case 0x04: return (sbyte)bits;
                case 0x05: return (byte)bits;
                case 0x06: return (short)bits;
                case 0x07: return (ushort)bits;
                case 0x08: return (int)bits;
                case 0x09: return (uint)bits;
                case 0x0A: return bits;
                case 0x0B: return (ulong)bits;
                case 0x0C: { int b = (int)bits; return *(float*)&b; }
                case 0x0D: return *(double*)&bits;
                case 0x0E: return RuntimeReflection.ObjectAtImpl((IntPtr)(&bits));
                default: return null;
            }
        }
    }

    public class TargetException : ApplicationException
    {
        public TargetException() : base("Non-static method requires a target.") { }
        public TargetException(string message) : base(message) { }
        public TargetException(string message, Exception inner) : base(message, inner) { }
    }

    public sealed class TargetInvocationException : ApplicationException
    {
        public TargetInvocationException(Exception inner) : base("Exception has been thrown by the target of an invocation.", inner) { }
        public TargetInvocationException(string message, Exception inner) : base(message, inner) { }
    }

    public sealed class TargetParameterCountException : ApplicationException
    {
        public TargetParameterCountException() : base("Parameter count mismatch.") { }
        public TargetParameterCountException(string message) : base(message) { }
        public TargetParameterCountException(string message, Exception inner) : base(message, inner) { }
    }

    public sealed class AmbiguousMatchException : SystemException
    {
        public AmbiguousMatchException() : base("Ambiguous match found.") { }
        public AmbiguousMatchException(string message) : base(message) { }
        public AmbiguousMatchException(string message, Exception inner) : base(message, inner) { }
    }
}

namespace System
{
    // The usage every attribute class without its own [AttributeUsage] inherits (C# compilers read it from here:
    // without it mcs fails with a NullReferenceException on such attributes).
    [AttributeUsage(AttributeTargets.All, Inherited = true, AllowMultiple = false)]
    public abstract partial class Attribute
    {
        protected Attribute() { }
    }

    [Flags]
    public enum AttributeTargets
    {
        Assembly = 1, Module = 2, Class = 4, Struct = 8, Enum = 16, Constructor = 32, Method = 64, Property = 128,
        Field = 256, Event = 512, Interface = 1024, Parameter = 2048, Delegate = 4096, ReturnValue = 8192,
        GenericParameter = 16384, All = 32767
    }

    [AttributeUsage(AttributeTargets.Class, Inherited = true)]
    public sealed class AttributeUsageAttribute : Attribute
    {
        private AttributeTargets _validOn;
        private bool _allowMultiple;
        private bool _inherited = true;

        public AttributeUsageAttribute(AttributeTargets validOn) { _validOn = validOn; }
        public AttributeTargets ValidOn { get { return _validOn; } }
        public bool AllowMultiple { get { return _allowMultiple; } set { _allowMultiple = value; } }
        public bool Inherited { get { return _inherited; } set { _inherited = value; } }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class ParamArrayAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Enum)]
    public class FlagsAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class ObsoleteAttribute : Attribute
    {
        public ObsoleteAttribute() { }
        public ObsoleteAttribute(string message) { }
        public ObsoleteAttribute(string message, bool error) { }
    }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class CLSCompliantAttribute : Attribute
    {
        public CLSCompliantAttribute(bool isCompliant) { }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Delegate)]
    public sealed class SerializableAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class NonSerializedAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Field)]
    public class ThreadStaticAttribute : Attribute { }
}

namespace System.Runtime.CompilerServices
{
    public enum MethodImplOptions
    {
        Unmanaged = 4, NoInlining = 8, ForwardRef = 16, Synchronized = 32, NoOptimization = 64, PreserveSig = 128,
        AggressiveInlining = 256, AggressiveOptimization = 512, InternalCall = 4096, Async = 8192
    }

    public enum MethodCodeType { IL = 0, Native = 1, OPTIL = 2, Runtime = 3 }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor)]
    public sealed class MethodImplAttribute : Attribute
    {
        public MethodCodeType MethodCodeType;
        private MethodImplOptions _value;

        public MethodImplAttribute() { }
        public MethodImplAttribute(MethodImplOptions methodImplOptions) { _value = methodImplOptions; }
        public MethodImplAttribute(short value) { _value = (MethodImplOptions)value; }
        public MethodImplOptions Value { get { return _value; } }
    }

    public static class RuntimeHelpers
    {
        public static int OffsetToStringData { get { return 12; } }

        // An intrinsic: the compiler copies the field's RVA data into the array (see CallEmitter).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void InitializeArray(Array array, RuntimeFieldHandle fldHandle);

        // Runs the type's class constructor now, unless it ran (through the reflection tables: a type the program
        // does not reflect on has none to run here).
        public static void RunClassConstructor(RuntimeTypeHandle type)
        {
            System.Reflection.RuntimeReflection.RunClassConstructor(RuntimeType.FromHandle(type.Value));
        }

        // The identity hash, whatever the type's GetHashCode does (0 for null), as .NET.
        public static int GetHashCode(object o) { return o == null ? 0 : object.GetHashCodeImpl(o); }
    }

    [AttributeUsage(AttributeTargets.All, Inherited = true)]
    public sealed class CompilerGeneratedAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Assembly)]
    public sealed class ExtensionAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class RuntimeCompatibilityAttribute : Attribute
    {
        private bool _wrap;
        public bool WrapNonExceptionThrows { get { return _wrap; } set { _wrap = value; } }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module | AttributeTargets.Class | AttributeTargets.Method)]
    public class CompilationRelaxationsAttribute : Attribute
    {
        public CompilationRelaxationsAttribute(int relaxations) { }
    }

    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class InternalsVisibleToAttribute : Attribute
    {
        public InternalsVisibleToAttribute(string assemblyName) { }
    }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class IndexerNameAttribute : Attribute
    {
        public IndexerNameAttribute(string indexerName) { }
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter)]
    public sealed class DecimalConstantAttribute : Attribute
    {
        public DecimalConstantAttribute(byte scale, byte sign, uint hi, uint mid, uint low) { }
        public DecimalConstantAttribute(byte scale, byte sign, int hi, int mid, int low) { }
    }

    [AttributeUsage(AttributeTargets.Struct)]
    public sealed class FixedBufferAttribute : Attribute
    {
        public FixedBufferAttribute(Type elementType, int length) { }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
    public sealed class UnsafeValueTypeAttribute : Attribute { }

    public static class IsVolatile { }

    public static class IsConst { }

    // The base of the state machine attributes, as in .NET: stack traces name a state machine's frames by the method
    // whose StateMachineAttribute names its type (StackTrace.TryResolveStateMachineMethod; Kiln's StackTraceNames).
    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public class StateMachineAttribute : Attribute
    {
        private readonly Type _stateMachineType;
        public StateMachineAttribute(Type stateMachineType) { _stateMachineType = stateMachineType; }
        public Type StateMachineType { get { return _stateMachineType; } }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class IteratorStateMachineAttribute : StateMachineAttribute
    {
        public IteratorStateMachineAttribute(Type stateMachineType) : base(stateMachineType) { }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class AsyncStateMachineAttribute : StateMachineAttribute
    {
        public AsyncStateMachineAttribute(Type stateMachineType) : base(stateMachineType) { }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class AsyncIteratorStateMachineAttribute : StateMachineAttribute
    {
        public AsyncIteratorStateMachineAttribute(Type stateMachineType) : base(stateMachineType) { }
    }

    public static class RuntimeFeature
    {
        public const string Async = "Async";
    }
}

namespace System.Runtime.InteropServices
{
    public enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 }
    public enum CharSet { None = 1, Ansi = 2, Unicode = 3, Auto = 4 }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
    public sealed class StructLayoutAttribute : Attribute
    {
        public int Pack;
        public int Size;
        public CharSet CharSet;
        private LayoutKind _value;
        public StructLayoutAttribute(LayoutKind layoutKind) { _value = layoutKind; }
        public StructLayoutAttribute(short layoutKind) { _value = (LayoutKind)layoutKind; }
        public LayoutKind Value { get { return _value; } }
    }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class FieldOffsetAttribute : Attribute
    {
        public FieldOffsetAttribute(int offset) { }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class OutAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class InAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class OptionalAttribute : Attribute { }

    // A parameter's default value in the metadata (compilers emit it as the parameter's constant, as for C#'s
    // optional parameters, and drop the attribute).
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class DefaultParameterValueAttribute : Attribute
    {
        public DefaultParameterValueAttribute(object value) { Value = value; }
        public object Value { get; private set; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class PreserveSigAttribute : Attribute { }

    public enum CallingConvention { Winapi = 1, Cdecl = 2, StdCall = 3, ThisCall = 4, FastCall = 5 }

    // The compiler stores [DllImport] in the method's ImplMap row (a pseudo-attribute): these fields are what it reads.
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class DllImportAttribute : Attribute
    {
        public string EntryPoint;
        public CharSet CharSet;
        public bool SetLastError;
        public bool ExactSpelling;
        public CallingConvention CallingConvention;
        public bool BestFitMapping;
        public bool PreserveSig;
        public bool ThrowOnUnmappableChar;
        private readonly string _value;
        public DllImportAttribute(string dllName) { _value = dllName; }
        public string Value { get { return _value; } }
    }

    public enum UnmanagedType
    {
        Bool = 0x2, I1 = 0x3, U1 = 0x4, I2 = 0x5, U2 = 0x6, I4 = 0x7, U4 = 0x8, I8 = 0x9, U8 = 0xa, R4 = 0xb, R8 = 0xc,
        Currency = 0xf, BStr = 0x13, LPStr = 0x14, LPWStr = 0x15, LPTStr = 0x16, ByValTStr = 0x17, IUnknown = 0x19,
        IDispatch = 0x1a, Struct = 0x1b, Interface = 0x1c, SafeArray = 0x1d, ByValArray = 0x1e, SysInt = 0x1f,
        SysUInt = 0x20, VBByRefStr = 0x22, AnsiBStr = 0x23, TBStr = 0x24, VariantBool = 0x25, FunctionPtr = 0x26,
        AsAny = 0x28, LPArray = 0x2a, LPStruct = 0x2b, CustomMarshaler = 0x2c, Error = 0x2d, IInspectable = 0x2e,
        HString = 0x2f, LPUTF8Str = 0x30
    }

    // Stored in the FieldMarshal table (a pseudo-attribute).
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
    public sealed class MarshalAsAttribute : Attribute
    {
        public UnmanagedType ArraySubType;
        public int SizeParamIndex;
        public int SizeConst;
        public int IidParameterIndex;
        public string MarshalType;
        public Type MarshalTypeRef;
        public string MarshalCookie;
        private readonly UnmanagedType _value;
        public MarshalAsAttribute(short unmanagedType) { _value = (UnmanagedType)unmanagedType; }
        public MarshalAsAttribute(UnmanagedType unmanagedType) { _value = unmanagedType; }
        public UnmanagedType Value { get { return _value; } }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface)]
    public sealed class ComImportAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Delegate | AttributeTargets.Assembly)]
    public sealed class GuidAttribute : Attribute
    {
        public GuidAttribute(string guid) { }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Method
        | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Interface | AttributeTargets.Delegate)]
    public sealed class ComVisibleAttribute : Attribute
    {
        private readonly bool _val;
        public ComVisibleAttribute(bool visibility) { _val = visibility; }
        public bool Value { get { return _val; } }
    }
}

namespace System.Reflection
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
    public sealed class DefaultMemberAttribute : Attribute
    {
        public DefaultMemberAttribute(string memberName) { }
    }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyVersionAttribute : Attribute { private readonly string _version; public AssemblyVersionAttribute(string version) { _version = version; } public string Version { get { return _version; } } }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyTitleAttribute : Attribute { private readonly string _title; public AssemblyTitleAttribute(string title) { _title = title; } public string Title { get { return _title; } } }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyDescriptionAttribute : Attribute { private readonly string _description; public AssemblyDescriptionAttribute(string description) { _description = description; } public string Description { get { return _description; } } }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyCompanyAttribute : Attribute { private readonly string _company; public AssemblyCompanyAttribute(string company) { _company = company; } public string Company { get { return _company; } } }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyProductAttribute : Attribute { private readonly string _product; public AssemblyProductAttribute(string product) { _product = product; } public string Product { get { return _product; } } }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyFileVersionAttribute : Attribute { private readonly string _version; public AssemblyFileVersionAttribute(string version) { _version = version; } public string Version { get { return _version; } } }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyKeyFileAttribute : Attribute { private readonly string _keyFile; public AssemblyKeyFileAttribute(string keyFile) { _keyFile = keyFile; } public string KeyFile { get { return _keyFile; } } }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyDelaySignAttribute : Attribute { private readonly bool _delaySign; public AssemblyDelaySignAttribute(bool delaySign) { _delaySign = delaySign; } public bool DelaySign { get { return _delaySign; } } }

    // assembly attributes of libraries such as Mono.Cecil and System.Json, with the values they carry
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyCopyrightAttribute : Attribute
    {
        private readonly string _copyright;
        public AssemblyCopyrightAttribute(string copyright) { _copyright = copyright; }
        public string Copyright { get { return _copyright; } }
    }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyDefaultAliasAttribute : Attribute
    {
        private readonly string _defaultAlias;
        public AssemblyDefaultAliasAttribute(string defaultAlias) { _defaultAlias = defaultAlias; }
        public string DefaultAlias { get { return _defaultAlias; } }
    }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyInformationalVersionAttribute : Attribute
    {
        private readonly string _informationalVersion;
        public AssemblyInformationalVersionAttribute(string informationalVersion) { _informationalVersion = informationalVersion; }
        public string InformationalVersion { get { return _informationalVersion; } }
    }

    [Flags]
    public enum CallingConventions { Standard = 1, VarArgs = 2, Any = 3, HasThis = 32, ExplicitThis = 64 }
}

namespace System.Configuration.Assemblies
{
    public enum AssemblyHashAlgorithm { None = 0, MD5 = 0x8003, SHA1 = 0x8004, SHA256 = 0x800c, SHA384 = 0x800d, SHA512 = 0x800e }
}

namespace System.Resources
{
    public enum UltimateResourceFallbackLocation { MainAssembly = 0, Satellite = 1 }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class NeutralResourcesLanguageAttribute : Attribute
    {
        private readonly string _culture;
        private readonly UltimateResourceFallbackLocation _location;

        public NeutralResourcesLanguageAttribute(string cultureName) : this(cultureName, UltimateResourceFallbackLocation.MainAssembly) { }

        public NeutralResourcesLanguageAttribute(string cultureName, UltimateResourceFallbackLocation location)
        {
            if (cultureName == null) throw new ArgumentNullException("cultureName");
            if (location < UltimateResourceFallbackLocation.MainAssembly || location > UltimateResourceFallbackLocation.Satellite)
                throw new ArgumentException("The NeutralResourcesLanguageAttribute specifies an invalid or unrecognized ultimate resource fallback location: \"" + location + "\".");
            _culture = cultureName;
            _location = location;
        }

        public string CultureName { get { return _culture; } }
        public UltimateResourceFallbackLocation Location { get { return _location; } }
    }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class SatelliteContractVersionAttribute : Attribute
    {
        private readonly string _version;

        public SatelliteContractVersionAttribute(string version)
        {
            if (version == null) throw new ArgumentNullException("version");
            _version = version;
        }

        public string Version { get { return _version; } }
    }
}

namespace System.Diagnostics
{
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module)]
    public sealed class DebuggableAttribute : Attribute
    {
        [Flags]
        public enum DebuggingModes { None = 0, Default = 1, IgnoreSymbolStoreSequencePoints = 2, EnableEditAndContinue = 4, DisableOptimizations = 256 }

        public DebuggableAttribute(bool isJITTrackingEnabled, bool isJITOptimizerDisabled) { }
        public DebuggableAttribute(DebuggingModes modes) { }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ConditionalAttribute : Attribute
    {
        public ConditionalAttribute(string conditionString) { }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property)]
    public sealed class DebuggerHiddenAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property)]
    public sealed class DebuggerStepThroughAttribute : Attribute { }

    // Leaves the method, or every method of the type, out of stack traces (kiln.tracenames marks their frames hidden).
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Struct, Inherited = false)]
    public sealed class StackTraceHiddenAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Delegate | AttributeTargets.Enum | AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class DebuggerDisplayAttribute : Attribute
    {
        public DebuggerDisplayAttribute(string value) { }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class DebuggerBrowsableAttribute : Attribute
    {
        public DebuggerBrowsableAttribute(DebuggerBrowsableState state) { }
    }

    public enum DebuggerBrowsableState { Never = 0, Collapsed = 2, RootHidden = 3 }
}

namespace System.Runtime.Versioning
{
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class TargetFrameworkAttribute : Attribute
    {
        public TargetFrameworkAttribute(string frameworkName) { }
        public string FrameworkDisplayName { get { return null; } set { } }
    }
}

namespace System.Security
{
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Constructor)]
    public sealed class SecurityCriticalAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Interface | AttributeTargets.Delegate)]
    public sealed class SuppressUnmanagedCodeSecurityAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Module, AllowMultiple = true)]
    public sealed class UnverifiableCodeAttribute : Attribute { }
}

namespace System.Collections
{
    public interface IEnumerable { IEnumerator GetEnumerator(); }

    public interface IEnumerator
    {
        bool MoveNext();
        object Current { get; }
        void Reset();
    }
}

namespace System.Collections.Generic
{
    public interface IEnumerable<out T> : System.Collections.IEnumerable { new IEnumerator<T> GetEnumerator(); }

    public interface IEnumerator<out T> : System.IDisposable, System.Collections.IEnumerator { new T Current { get; } }
}

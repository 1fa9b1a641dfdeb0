namespace System.Diagnostics.CodeAnalysis
{
    // The trimming annotations of .NET 5+: Kiln's reflection analysis (compiler/deps ReflectionDataflow) reads them by
    // name, as ILLink does, so a library's own copies of these types (netstandard2.0 libraries declare them) count too.

    [Flags]
    public enum DynamicallyAccessedMemberTypes
    {
        All = -1,
        None = 0,
        PublicParameterlessConstructor = 0x0001,
        PublicConstructors = 0x0002 | PublicParameterlessConstructor,
        NonPublicConstructors = 0x0004,
        PublicMethods = 0x0008,
        NonPublicMethods = 0x0010,
        PublicFields = 0x0020,
        NonPublicFields = 0x0040,
        PublicNestedTypes = 0x0080,
        NonPublicNestedTypes = 0x0100,
        PublicProperties = 0x0200,
        NonPublicProperties = 0x0400,
        PublicEvents = 0x0800,
        NonPublicEvents = 0x1000,
        Interfaces = 0x2000,
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Field | AttributeTargets.GenericParameter | AttributeTargets.Interface
        | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue
        | AttributeTargets.Struct, Inherited = false)]
    public sealed class DynamicallyAccessedMembersAttribute : Attribute
    {
        private readonly DynamicallyAccessedMemberTypes _memberTypes;

        public DynamicallyAccessedMembersAttribute(DynamicallyAccessedMemberTypes memberTypes) { _memberTypes = memberTypes; }
        public DynamicallyAccessedMemberTypes MemberTypes { get { return _memberTypes; } }
    }

    [AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public sealed class DynamicDependencyAttribute : Attribute
    {
        private readonly string _memberSignature;
        private readonly DynamicallyAccessedMemberTypes _memberTypes;
        private readonly Type _type;
        private readonly string _typeName, _assemblyName;

        public DynamicDependencyAttribute(string memberSignature) { _memberSignature = memberSignature; }
        public DynamicDependencyAttribute(string memberSignature, Type type) { _memberSignature = memberSignature; _type = type; }
        public DynamicDependencyAttribute(string memberSignature, string typeName, string assemblyName)
        {
            _memberSignature = memberSignature;
            _typeName = typeName;
            _assemblyName = assemblyName;
        }
        public DynamicDependencyAttribute(DynamicallyAccessedMemberTypes memberTypes, Type type) { _memberTypes = memberTypes; _type = type; }
        public DynamicDependencyAttribute(DynamicallyAccessedMemberTypes memberTypes, string typeName, string assemblyName)
        {
            _memberTypes = memberTypes;
            _typeName = typeName;
            _assemblyName = assemblyName;
        }

        public string MemberSignature { get { return _memberSignature; } }
        public DynamicallyAccessedMemberTypes MemberTypes { get { return _memberTypes; } }
        public Type Type { get { return _type; } }
        public string TypeName { get { return _typeName; } }
        public string AssemblyName { get { return _assemblyName; } }
        public string Condition { get; set; }
    }

    // Suppresses one analysis warning (CheckId "IL2075") in a method, a type's members or, with Scope "module", an
    // assembly: Kiln's analysis honours it as ILLink does (typesystem TrimmingSuppressions).
    [AttributeUsage(AttributeTargets.All, Inherited = false, AllowMultiple = true)]
    public sealed class UnconditionalSuppressMessageAttribute : Attribute
    {
        private readonly string _category, _checkId;

        public UnconditionalSuppressMessageAttribute(string category, string checkId)
        {
            _category = category;
            _checkId = checkId;
        }

        public string Category { get { return _category; } }
        public string CheckId { get { return _checkId; } }
        public string Scope { get; set; }
        public string Target { get; set; }
        public string MessageId { get; set; }
        public string Justification { get; set; }
    }

    // The method is not trim-safe: its own body is not analysed for warnings, and each call to it warns (IL2026).
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class, Inherited = false)]
    public sealed class RequiresUnreferencedCodeAttribute : Attribute
    {
        private readonly string _message;

        public RequiresUnreferencedCodeAttribute(string message) { _message = message; }
        public string Message { get { return _message; } }
        public string Url { get; set; }
    }
}

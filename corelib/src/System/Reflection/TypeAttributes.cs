using System.Runtime.CompilerServices;

namespace System.Reflection
{
    // ECMA-335 II.23.1.15
    [Flags]
    public enum TypeAttributes
    {
        VisibilityMask = 7, NotPublic = 0, Public = 1, NestedPublic = 2, NestedPrivate = 3, NestedFamily = 4,
        NestedAssembly = 5, NestedFamANDAssem = 6, NestedFamORAssem = 7,
        LayoutMask = 24, AutoLayout = 0, SequentialLayout = 8, ExplicitLayout = 16,
        ClassSemanticsMask = 32, Class = 0, Interface = 32,
        Abstract = 128, Sealed = 256, SpecialName = 1024, RTSpecialName = 2048, Import = 4096, Serializable = 8192,
        WindowsRuntime = 16384,
        StringFormatMask = 196608, AnsiClass = 0, UnicodeClass = 65536, AutoClass = 131072, CustomFormatClass = 196608,
        CustomFormatMask = 12582912,
        HasSecurity = 262144, ReservedMask = 264192, BeforeFieldInit = 1048576
    }
}

namespace System
{
    using System.Reflection;

    // Type.Attributes and the properties .NET derives from it. Every descriptor carries its type's TypeAttributes
    // (kiln.h KTYPE_ATTRIBUTES_SHIFT), so a type without a reflection table answers too.
    public abstract partial class Type
    {
        public TypeAttributes Attributes { get { return GetAttributeFlagsImpl(); } }

        // what .NET answers for a type without a TypeDef row (a generic parameter)
        protected virtual TypeAttributes GetAttributeFlagsImpl() { return TypeAttributes.Public; }

        private TypeAttributes Visibility { get { return GetAttributeFlagsImpl() & TypeAttributes.VisibilityMask; } }

        public bool IsPublic { get { return Visibility == TypeAttributes.Public; } }
        public bool IsNotPublic { get { return Visibility == TypeAttributes.NotPublic; } }
        public bool IsNestedPublic { get { return Visibility == TypeAttributes.NestedPublic; } }
        public bool IsNestedPrivate { get { return Visibility == TypeAttributes.NestedPrivate; } }
        public bool IsNestedFamily { get { return Visibility == TypeAttributes.NestedFamily; } }
        public bool IsNestedAssembly { get { return Visibility == TypeAttributes.NestedAssembly; } }
        public bool IsNestedFamANDAssem { get { return Visibility == TypeAttributes.NestedFamANDAssem; } }
        public bool IsNestedFamORAssem { get { return Visibility == TypeAttributes.NestedFamORAssem; } }

        public bool IsAutoLayout { get { return (GetAttributeFlagsImpl() & TypeAttributes.LayoutMask) == TypeAttributes.AutoLayout; } }
        public bool IsLayoutSequential { get { return (GetAttributeFlagsImpl() & TypeAttributes.LayoutMask) == TypeAttributes.SequentialLayout; } }
        public bool IsExplicitLayout { get { return (GetAttributeFlagsImpl() & TypeAttributes.LayoutMask) == TypeAttributes.ExplicitLayout; } }

        public bool IsAnsiClass { get { return (GetAttributeFlagsImpl() & TypeAttributes.StringFormatMask) == TypeAttributes.AnsiClass; } }
        public bool IsUnicodeClass { get { return (GetAttributeFlagsImpl() & TypeAttributes.StringFormatMask) == TypeAttributes.UnicodeClass; } }
        public bool IsAutoClass { get { return (GetAttributeFlagsImpl() & TypeAttributes.StringFormatMask) == TypeAttributes.AutoClass; } }

        public bool IsSealed { get { return (GetAttributeFlagsImpl() & TypeAttributes.Sealed) != 0; } }
        public bool IsImport { get { return (GetAttributeFlagsImpl() & TypeAttributes.Import) != 0; } }
        public bool IsSpecialName { get { return (GetAttributeFlagsImpl() & TypeAttributes.SpecialName) != 0; } }
        public bool IsCOMObject { get { return false; } }
        public bool IsContextful { get { return false; } }
        public bool IsMarshalByRef { get { return IsSubclassOf(typeof(MarshalByRefObject)); } }

        // .NET: the flag, or a type derived from Enum or Delegate (whose serialization the runtime provides).
        public virtual bool IsSerializable
        {
            get
            {
                if ((GetAttributeFlagsImpl() & TypeAttributes.Serializable) != 0) return true;
                for (Type t = this; t != null && t is RuntimeType; t = t.BaseType)
                {
                    if (t == typeof(Enum) || t == typeof(Delegate)) return true;
                }
                return false;
            }
        }

        // Visible from outside its assembly: public, nested public in visible types, and over visible arguments.
        public bool IsVisible
        {
            get
            {
                if (IsGenericParameter) return true;
                if (HasElementType) return GetElementType().IsVisible;
                if (IsGenericType && !IsGenericTypeDefinition)
                {
                    foreach (Type argument in GetGenericArguments())
                    {
                        if (!argument.IsVisible) return false;
                    }
                }
                Type type = this;
                while (type.IsNestedPublic) type = type.DeclaringType;
                return type.IsPublic;
            }
        }
    }

    internal sealed partial class RuntimeType
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int AttributesImpl(IntPtr descriptor);

        protected override TypeAttributes GetAttributeFlagsImpl() { return (TypeAttributes)AttributesImpl(_descriptor); }
    }
}

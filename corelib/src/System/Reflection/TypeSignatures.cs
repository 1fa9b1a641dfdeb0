namespace System.Reflection
{
    // kiln.h KReflectionSignature: a type over generic parameters, which has no descriptor (codegen OpenTypeSignatures).
    internal unsafe struct SignatureRecord
    {
        public int Kind;
        public int Index;
        public IntPtr Target;
        public IntPtr Name;
        public int Count;
        public int Flags;
        public IntPtr* Items;
    }

    // The Type a slot of the reflection tables names: a descriptor, or (low bit set) a signature record, read in the
    // context of the generic parameters of the member's type definition and of its generic method definition.
    internal static unsafe class TypeSignatures
    {
        private const int TypeParameter = 1, MethodParameter = 2, Array = 3, Instance = 4, ByRef = 5;

        internal static bool IsSignature(IntPtr slot) { return ((long)slot & 1) != 0; }

        internal static Type Decode(IntPtr slot, Type[] typeParameters, Type[] methodParameters)
        {
            if (slot == IntPtr.Zero) return null;
            if (!IsSignature(slot)) return RuntimeType.FromHandle(slot);
            SignatureRecord* s = Record(slot);
            switch (s->Kind)
            {
                case TypeParameter:
                    return typeParameters != null && s->Index < typeParameters.Length ? typeParameters[s->Index] : null;
                case MethodParameter:
                    return methodParameters != null && s->Index < methodParameters.Length ? methodParameters[s->Index] : null;
                case Array:
                {
                    Type element = Decode(s->Target, typeParameters, methodParameters);
                    return element == null ? null : OpenArrayType.Of(element, s->Index);
                }
                case ByRef:
                {
                    Type element = Decode(s->Target, typeParameters, methodParameters);
                    return element == null ? null : element.MakeByRefType();
                }
                case Instance:
                {
                    Type[] arguments = new Type[s->Count];
                    for (int i = 0; i < arguments.Length; i++)
                    {
                        arguments[i] = Decode(s->Items[i], typeParameters, methodParameters);
                        if (arguments[i] == null) return null;
                    }
                    return s->Target == IntPtr.Zero ? null : OpenGenericType.Of(RuntimeType.FromHandle(s->Target), arguments);
                }
                default:
                    return null;
            }
        }

        internal static SignatureRecord* Record(IntPtr slot) { return (SignatureRecord*)((long)slot - 1); }

        // The type in a member's signature: a definition's members are in terms of its type parameters, a generic
        // method definition's also of its own.
        internal static Type OfMember(IntPtr slot, RuntimeType declaring, MethodBase method)
        {
            if (!IsSignature(slot)) return slot == IntPtr.Zero ? null : RuntimeType.FromHandle(slot);
            Type[] typeParameters = declaring.IsGenericTypeDefinition ? GenericDefinitions.Parameters(declaring) : null;
            RuntimeMethodInfo m = method as RuntimeMethodInfo;
            Type[] methodParameters = m != null && m.IsGenericMethodDefinition ? GenericMethods.Parameters(m) : null;
            return Decode(slot, typeParameters, methodParameters);
        }
    }

    // What RuntimeType itself needs of a generic definition's table (its type parameters, its open base), read
    // without building its members: BaseType uses it, and must not bring the table reader (RuntimeReflection.Info,
    // the condition of every table) into programs that do not reflect.
    internal static unsafe class GenericDefinitions
    {
        private static readonly object s_lock = new object();
        // few programs reflect on more than a handful of definitions: a list, not another Dictionary instantiation
        // (its code and its own reflection metadata in every reflecting program)
        private static Known s_known;

        private sealed class Known
        {
            internal IntPtr Descriptor;
            internal Type[] Parameters;
            internal Known Next;
        }

        // The type parameters the definition's table declares, one object each (null without a table).
        internal static Type[] Parameters(RuntimeType definition)
        {
            InfoRecord* info = (InfoRecord*)RuntimeReflection.InfoImpl(definition._descriptor);
            if (info == null) return null;
            lock (s_lock)
            {
                for (Known k = s_known; k != null; k = k.Next)
                {
                    if (k.Descriptor == definition._descriptor) return k.Parameters;
                }
                Type[] found = new Type[info->GenericArgumentCount];
                for (int i = 0; i < found.Length; i++)
                    found[i] = new GenericParameterType(TypeSignatures.Record(info->GenericArguments[i]), definition, null, found);
                Known known = new Known();
                known.Descriptor = definition._descriptor;
                known.Parameters = found;
                known.Next = s_known;
                s_known = known;
                return found;
            }
        }

        // The definition's base as its table names it (Base<T>), null without a table.
        internal static Type BaseOf(RuntimeType definition)
        {
            InfoRecord* info = (InfoRecord*)RuntimeReflection.InfoImpl(definition._descriptor);
            if (info == null || info->BaseType == IntPtr.Zero) return null;
            return TypeSignatures.Decode(info->BaseType, Parameters(definition), null);
        }
    }
}

using System.Reflection;
using System.Runtime.CompilerServices;

namespace System
{
    // MakeGenericType over what was compiled ahead of time: an instantiation exists only if the program creates it
    // or the compiler saw MakeGenericType's arguments as constant types (its reflection dataflow analysis); any other
    // is a NotSupportedException naming it, as NativeAOT does.
    public abstract partial class Type
    {
        public virtual Type MakeGenericType(params Type[] typeArguments)
        {
            throw new NotSupportedException("Specified method is not supported.");
        }
    }

    internal sealed partial class RuntimeType
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern unsafe IntPtr InstantiationImpl(IntPtr definition, IntPtr* arguments, int count);

        public override unsafe Type MakeGenericType(params Type[] typeArguments)
        {
            RuntimeReflection.Info(this); // reading the tables keeps them: the instantiations are found there
            if (typeArguments == null) throw new ArgumentNullException("typeArguments");
            if (!IsGenericTypeDefinition)
                throw new InvalidOperationException(ToString() + " is not a GenericTypeDefinition. MakeGenericType may only be called on a type for which Type.IsGenericTypeDefinition is true.");
            if (typeArguments.Length != Arity())
                throw new ArgumentException("The number of generic arguments provided doesn't equal the arity of the generic type definition.", "instantiation");
            IntPtr* handles = stackalloc IntPtr[typeArguments.Length];
            for (int i = 0; i < typeArguments.Length; i++)
            {
                RuntimeType argument = typeArguments[i] as RuntimeType;
                if (typeArguments[i] == null) throw new ArgumentNullException();
                if (argument == null) throw new NotSupportedException(NotCompiled(typeArguments));
                handles[i] = argument._descriptor;
            }
            IntPtr found = InstantiationImpl(_descriptor, handles, typeArguments.Length);
            if (found == IntPtr.Zero) throw new NotSupportedException(NotCompiled(typeArguments));
            return FromHandle(found);
        }

        // The arity from the metadata name ("Dictionary`2").
        private int Arity()
        {
            string name = Name;
            int tick = name.LastIndexOf('`');
            int arity = 0;
            for (int i = tick + 1; tick >= 0 && i < name.Length && name[i] >= '0' && name[i] <= '9'; i++) arity = arity * 10 + (name[i] - '0');
            return arity;
        }

        private string NotCompiled(Type[] typeArguments)
        {
            string text = FullName + "[";
            for (int i = 0; i < typeArguments.Length; i++) text += (i > 0 ? "," : "") + typeArguments[i].FullName;
            return "'" + text + "]' is not available: no code in the program creates this instantiation, and the compiler"
                + " could not see MakeGenericType's type arguments as constants (kiln compiles generic code ahead of time).";
        }
    }
}

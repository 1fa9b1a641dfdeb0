using System.Text;

namespace System.Reflection
{
    // Generic methods through reflection: a definition is listed with its type parameters' names, each compiled
    // instantiation with its definition's index and type arguments (kiln.h KReflectionMethod, KReflectionInfo.instances).
    // MakeGenericMethod finds an instantiation among those the program compiled (its own calls, or the ones the
    // compiler's analysis saw MakeGenericMethod make with constant types); any other is a NotSupportedException naming
    // it, as MakeGenericType does.
    internal static unsafe class GenericMethods
    {
        internal static Type[] Arguments(RuntimeMethodInfo method)
        {
            MethodRecord* record = method._record;
            if (record->GenericArgumentCount == 0) return Type.EmptyTypes;
            if (record->Definition >= 0)
            {
                Type[] arguments = new Type[record->GenericArgumentCount];
                for (int i = 0; i < arguments.Length; i++) arguments[i] = RuntimeReflection.TypeOf(record->GenericArguments[i]);
                return arguments;
            }
            return (Type[])Parameters(method).Clone();
        }

        // A generic method definition's type parameters, one object each (declaration records: names, attributes,
        // constraints, which may name the declaring definition's type parameters).
        internal static Type[] Parameters(RuntimeMethodInfo method)
        {
            if (method._genericParameters == null)
            {
                MethodRecord* record = method._record;
                Type[] typeParameters = method._declaring.IsGenericTypeDefinition ? RuntimeReflection.Info(method._declaring).GenericArguments : null;
                Type[] parameters = new Type[record->GenericArgumentCount];
                for (int i = 0; i < parameters.Length; i++)
                    parameters[i] = new GenericParameterType(TypeSignatures.Record((IntPtr)record->GenericArguments[i]), method._declaring, method, typeParameters);
                method._genericParameters = parameters;
            }
            return method._genericParameters;
        }

        internal static MethodInfo Definition(RuntimeMethodInfo method)
        {
            MethodRecord* record = method._record;
            if (record->GenericArgumentCount == 0) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            if (record->Definition < 0) return method;
            return (MethodInfo)RuntimeReflection.Info(method._declaring).Methods[record->Definition];
        }

        internal static MethodInfo Make(RuntimeMethodInfo definition, Type[] typeArguments)
        {
            if (!definition.IsGenericMethodDefinition)
                throw new InvalidOperationException(definition + " is not a GenericMethodDefinition. MakeGenericMethod may only be called on a method for which MethodBase.IsGenericMethodDefinition is true.");
            if (typeArguments == null) throw new ArgumentNullException("methodInstantiation");
            for (int i = 0; i < typeArguments.Length; i++)
            {
                if (typeArguments[i] == null) throw new ArgumentNullException();
            }
            if (typeArguments.Length != definition._record->GenericArgumentCount)
                throw new ArgumentException("The number of generic arguments provided doesn't equal the arity of the generic method definition.", "methodInstantiation");
            TypeMembers members = RuntimeReflection.Info(definition._declaring);
            int index = Array.IndexOf(members.Methods, definition);
            foreach (RuntimeMethodInfo instance in members.Instances)
            {
                if (instance._record->Definition == index && SameArguments(instance._record, typeArguments)) return instance;
            }
            throw new NotSupportedException(NotCompiled(definition, typeArguments));
        }

        private static bool SameArguments(MethodRecord* record, Type[] typeArguments)
        {
            for (int i = 0; i < typeArguments.Length; i++)
            {
                RuntimeType t = typeArguments[i] as RuntimeType;
                if (t == null || record->GenericArguments[i] != t._descriptor) return false;
            }
            return true;
        }

        private static string NotCompiled(RuntimeMethodInfo definition, Type[] typeArguments)
        {
            StringBuilder text = new StringBuilder("'").Append(definition.DeclaringType.FullName).Append('.').Append(definition.Name).Append('[');
            for (int i = 0; i < typeArguments.Length; i++) text.Append(i > 0 ? "," : "").Append(typeArguments[i].FullName);
            return text.Append("]' is not available: no code in the program calls this instantiation, and the compiler could not see")
                .Append(" MakeGenericMethod's method and type arguments as constants (kiln compiles generic code ahead of time).").ToString();
        }

        // "[T]" or "[Int32]" in a generic method's ToString, as .NET writes it.
        internal static string ArgumentList(RuntimeMethodInfo method)
        {
            if (method._record->GenericArgumentCount == 0) return "";
            Type[] arguments = Arguments(method);
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < arguments.Length; i++) text.Append(i > 0 ? "," : "").Append(RuntimeReflection.FormatTypeName(arguments[i]));
            return text.Append(']').ToString();
        }
    }
}

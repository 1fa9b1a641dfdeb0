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
            if (method._genericParameters == null)
            {
                Type[] parameters = new Type[record->GenericArgumentCount];
                for (int i = 0; i < parameters.Length; i++)
                    parameters[i] = new GenericParameterType(RuntimeReflection.Utf8Impl(record->GenericArguments[i]), i, method);
                method._genericParameters = parameters;
            }
            return (Type[])method._genericParameters.Clone();
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

    // A generic method definition's type parameter (T of M<T>): the compiler makes no descriptors for open types, so
    // one object per parameter stands for it, as ByRefType does for by-ref types.
    internal sealed class GenericParameterType : Type
    {
        private readonly string _name;
        private readonly int _position;
        private readonly MethodBase _method;

        internal GenericParameterType(string name, int position, MethodBase method)
        {
            _name = name;
            _position = position;
            _method = method;
        }

        public override string FullName { get { return null; } }
        public override string Namespace { get { return _method.DeclaringType.Namespace; } }
        public override string Name { get { return _name; } }
        public override string ToString() { return _name; }
        public override Type BaseType { get { return typeof(object); } }
        public override Type DeclaringType { get { return _method.DeclaringType; } }
        public override bool IsGenericParameter { get { return true; } }
        public override int GenericParameterPosition { get { return _position; } }
        public override MethodBase DeclaringMethod { get { return _method; } }
        public override bool IsValueType { get { return false; } }
        public override bool IsInterface { get { return false; } }
        public override bool IsAbstract { get { return false; } }
        public override bool IsArray { get { return false; } }
        public override bool IsEnum { get { return false; } }
        public override bool IsGenericTypeDefinition { get { return false; } }
        public override Type GetElementType() { return null; }
        public override bool IsAssignableFrom(Type c) { return (object)c == this; }
    }
}

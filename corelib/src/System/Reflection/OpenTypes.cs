using System.Collections.Generic;
using System.Text;

namespace System.Reflection
{
    [Flags]
    public enum GenericParameterAttributes
    {
        None = 0,
        Covariant = 1,
        Contravariant = 2,
        VarianceMask = 3,
        ReferenceTypeConstraint = 4,
        NotNullableValueTypeConstraint = 8,
        DefaultConstructorConstraint = 16,
        SpecialConstraintMask = 28,
    }

    // A generic parameter (T of Box<T>, or of M<T>): the compiler makes no descriptors for open types, so one object
    // per declared parameter stands for it, built from its declaration record (name, position, attributes,
    // constraints). Its constraints are read when asked for: they may name the parameter itself (T : IComparable<T>).
    internal sealed unsafe class GenericParameterType : Type
    {
        private readonly SignatureRecord* _record;
        private readonly Type _declaring;
        private readonly MethodBase _method;
        private readonly Type[] _typeParameters;
        private readonly string _name;
        private Type[] _constraints;

        // typeParameters: those of the declaring definition (or of the generic method's type, if it is one)
        internal GenericParameterType(SignatureRecord* record, Type declaring, MethodBase method, Type[] typeParameters)
        {
            _record = record;
            _declaring = declaring;
            _method = method;
            _typeParameters = typeParameters;
            _name = RuntimeReflection.Utf8Impl(record->Name);
        }

        public override string FullName { get { return null; } }
        public override string Namespace { get { return _declaring.Namespace; } }
        public override string Name { get { return _name; } }
        public override string ToString() { return _name; }
        public override Type DeclaringType { get { return _declaring; } }
        public override bool IsGenericParameter { get { return true; } }
        public override bool ContainsGenericParameters { get { return true; } }
        public override int GenericParameterPosition { get { return _record->Index; } }
        public override MethodBase DeclaringMethod { get { return _method; } }
        public override GenericParameterAttributes GenericParameterAttributes { get { return (GenericParameterAttributes)_record->Flags; } }
        public override bool IsValueType { get { return (_record->Flags & (int)GenericParameterAttributes.NotNullableValueTypeConstraint) != 0; } }
        public override bool IsInterface { get { return false; } }
        public override bool IsAbstract { get { return false; } }
        public override bool IsArray { get { return false; } }
        public override bool IsEnum { get { return false; } }
        public override bool IsGenericTypeDefinition { get { return false; } }
        public override Type GetElementType() { return null; }
        public override bool IsAssignableFrom(Type c) { return (object)c == this; }

        // .NET: the class constraint, else ValueType for a struct constraint, else object
        public override Type BaseType
        {
            get
            {
                foreach (Type c in GetGenericParameterConstraints())
                {
                    if (!c.IsInterface && !c.IsGenericParameter) return c;
                }
                return IsValueType ? typeof(ValueType) : typeof(object);
            }
        }

        public override Type[] GetInterfaces()
        {
            var found = new List<Type>();
            foreach (Type c in GetGenericParameterConstraints())
            {
                if (c.IsInterface) found.Add(c);
            }
            return found.ToArray();
        }

        public override Type[] GetGenericParameterConstraints()
        {
            if (_constraints == null)
            {
                Type[] methodParameters = _method == null ? null : _method.GetGenericArguments();
                Type[] constraints = new Type[_record->Count];
                for (int i = 0; i < constraints.Length; i++) constraints[i] = TypeSignatures.Decode(_record->Items[i], _typeParameters, methodParameters);
                _constraints = constraints;
            }
            return (Type[])_constraints.Clone();
        }
    }

    // An instantiation over generic parameters (List<T> in a signature of Box<T>): FullName null, as in .NET.
    internal sealed class OpenGenericType : Type
    {
        private readonly RuntimeType _definition;
        private readonly Type[] _arguments;

        private OpenGenericType(RuntimeType definition, Type[] arguments)
        {
            _definition = definition;
            _arguments = arguments;
        }

        internal static Type Of(RuntimeType definition, Type[] arguments) { return new OpenGenericType(definition, arguments); }

        public override string FullName { get { return null; } }
        public override string Namespace { get { return _definition.Namespace; } }
        public override string Name { get { return _definition.Name; } }

        public override string ToString()
        {
            StringBuilder text = new StringBuilder(_definition.FullName).Append('[');
            for (int i = 0; i < _arguments.Length; i++) text.Append(i > 0 ? "," : "").Append(_arguments[i].ToString());
            return text.Append(']').ToString();
        }

        public override bool Equals(object o)
        {
            OpenGenericType other = o as OpenGenericType;
            if (other == null || other._definition != _definition) return false;
            for (int i = 0; i < _arguments.Length; i++)
            {
                if (!_arguments[i].Equals(other._arguments[i])) return false;
            }
            return true;
        }

        public override int GetHashCode() { return _definition.GetHashCode(); }

        public override Type BaseType { get { return _definition.BaseType; } }
        public override bool IsValueType { get { return _definition.IsValueType; } }
        public override bool IsInterface { get { return _definition.IsInterface; } }
        public override bool IsAbstract { get { return _definition.IsAbstract; } }
        public override bool IsArray { get { return false; } }
        public override bool IsEnum { get { return false; } }
        public override bool IsGenericType { get { return true; } }
        public override bool IsGenericTypeDefinition { get { return false; } }
        public override bool ContainsGenericParameters { get { return true; } }
        public override Type GetGenericTypeDefinition() { return _definition; }
        public override Type[] GetGenericArguments() { return (Type[])_arguments.Clone(); }
        public override Type GetElementType() { return null; }
        public override bool IsAssignableFrom(Type c) { return Equals(c); }
    }

    // An array over a generic parameter (T[], T[,]): FullName null, as in .NET.
    internal sealed class OpenArrayType : Type
    {
        private readonly Type _element;
        private readonly int _rank;

        private OpenArrayType(Type element, int rank)
        {
            _element = element;
            _rank = rank;
        }

        // rank 0: a vector (T[])
        internal static Type Of(Type element, int rank) { return new OpenArrayType(element, rank); }

        private string Suffix { get { return _rank <= 1 ? (_rank == 0 ? "[]" : "[*]") : "[" + new string(',', _rank - 1) + "]"; } }

        public override string FullName { get { return null; } }
        public override string Namespace { get { return _element.Namespace; } }
        public override string Name { get { return _element.Name + Suffix; } }
        public override string ToString() { return _element.ToString() + Suffix; }

        public override bool Equals(object o)
        {
            OpenArrayType other = o as OpenArrayType;
            return other != null && other._rank == _rank && other._element.Equals(_element);
        }

        public override int GetHashCode() { return _element.GetHashCode() + _rank; }

        // Array, named through an array type: typeof(Array) would describe Array's members in every reflecting program
        public override Type BaseType { get { return typeof(object[]).BaseType; } }
        public override bool IsValueType { get { return false; } }
        public override bool IsInterface { get { return false; } }
        public override bool IsAbstract { get { return false; } }
        public override bool IsArray { get { return true; } }
        public override bool IsEnum { get { return false; } }
        public override bool IsGenericTypeDefinition { get { return false; } }
        public override bool ContainsGenericParameters { get { return true; } }
        public override Type GetElementType() { return _element; }
        public override bool IsAssignableFrom(Type c) { return Equals(c); }
    }
}

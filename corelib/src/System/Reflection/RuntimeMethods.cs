using System.Globalization;
using System.Text;

namespace System.Reflection
{
    internal sealed unsafe class RuntimeMethodInfo : MethodInfo
    {
        internal readonly RuntimeType _declaring;
        internal readonly MethodRecord* _record;
        private readonly string _name;
        internal CallShape _shape;
        internal Type[] _genericParameters;

        internal RuntimeMethodInfo(RuntimeType declaring, MethodRecord* record, string name)
        {
            _declaring = declaring;
            _record = record;
            _name = name;
        }

        public override string Name { get { return _name; } }
        public override Type DeclaringType { get { return _declaring; } }
        public override MethodAttributes Attributes { get { return (MethodAttributes)_record->Attributes; } }
        public override MethodImplAttributes GetMethodImplementationFlags() { return (MethodImplAttributes)_record->ImplAttributes; }
        public override int MetadataToken { get { return _record->Token; } }
        public override Type ReturnType { get { return _record->ReturnType == IntPtr.Zero ? typeof(void) : TypeSignatures.OfMember(_record->ReturnType, _declaring, this); } }
        public override ParameterInfo[] GetParameters() { return Invoker.Parameters(this, _record); }

        // .NET's return parameter: Position -1, no name; its attributes are the method's parameter attributes of
        // sequence 0 ([return: X], tuple element names of the return type)
        public override ParameterInfo ReturnParameter
        {
            get
            {
                RuntimeParameterInfo p = new RuntimeParameterInfo();
                p._type = ReturnType;
                p._position = -1;
                p._member = this;
                return p;
            }
        }

        public override object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters, CultureInfo culture)
        {
            return Invoker.Call(this, _record, _declaring, obj, parameters, (invokeAttr & BindingFlags.DoNotWrapExceptions) == 0);
        }

        public override bool IsGenericMethod { get { return _record->GenericArgumentCount > 0; } }
        public override bool IsGenericMethodDefinition { get { return _record->GenericArgumentCount > 0 && _record->Definition < 0; } }
        public override bool ContainsGenericParameters { get { return IsGenericMethodDefinition || _declaring.IsGenericTypeDefinition; } }
        public override Type[] GetGenericArguments() { return GenericMethods.Arguments(this); }
        public override MethodInfo GetGenericMethodDefinition() { return GenericMethods.Definition(this); }
        public override MethodInfo MakeGenericMethod(params Type[] typeArguments) { return GenericMethods.Make(this, typeArguments); }

        // The method of the first declaration of this virtual method's slot.
        public override MethodInfo GetBaseDefinition()
        {
            RuntimeMethodInfo method = this;
            for (RuntimeMethodInfo parent = MemberInheritance.ParentMethod(this); parent != null; parent = MemberInheritance.ParentMethod(parent)) method = parent;
            return method;
        }

        public override string ToString()
        {
            return RuntimeReflection.FormatTypeName(ReturnType) + " " + _name + GenericMethods.ArgumentList(this) + Invoker.Signature(this, _record);
        }

        internal static string TypeName(Type t) { return RuntimeReflection.FormatTypeName(t); }
    }

    internal sealed unsafe class RuntimeConstructorInfo : ConstructorInfo
    {
        internal readonly RuntimeType _declaring;
        internal readonly MethodRecord* _record;
        internal CallShape _shape;

        internal RuntimeConstructorInfo(RuntimeType declaring, MethodRecord* record)
        {
            _declaring = declaring;
            _record = record;
        }

        public override string Name { get { return ".ctor"; } }
        public override Type DeclaringType { get { return _declaring; } }
        public override MethodAttributes Attributes { get { return (MethodAttributes)_record->Attributes; } }
        public override MethodImplAttributes GetMethodImplementationFlags() { return (MethodImplAttributes)_record->ImplAttributes; }
        public override int MetadataToken { get { return _record->Token; } }
        public override ParameterInfo[] GetParameters() { return Invoker.Parameters(this, _record); }

        // Runs the constructor on an existing object (MethodBase.Invoke on a constructor).
        public override object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters, CultureInfo culture)
        {
            CheckClosed();
            return Invoker.Call(this, _record, _declaring, obj, parameters, (invokeAttr & BindingFlags.DoNotWrapExceptions) == 0);
        }

        // .NET's CheckCanCreateInstance for a constructor of an open generic definition
        private void CheckClosed()
        {
            if (_declaring.IsGenericTypeDefinition)
                throw new MemberAccessException("Cannot create an instance of " + _declaring + " because Type.ContainsGenericParameters is true.");
        }

        public override object Invoke(BindingFlags invokeAttr, Binder binder, object[] parameters, CultureInfo culture)
        {
            if (_declaring.IsAbstract) throw new MemberAccessException("Cannot create an abstract class '" + _declaring.FullName + "'.");
            CheckClosed();
            object created = RuntimeReflection.AllocateImpl(_declaring._descriptor);
            Invoker.Call(this, _record, _declaring, created, parameters, (invokeAttr & BindingFlags.DoNotWrapExceptions) == 0);
            return created;
        }

        public override Type[] GetGenericArguments() { return Type.EmptyTypes; }

        public override bool ContainsGenericParameters { get { return _declaring.IsGenericTypeDefinition; } }

        public override string ToString() { return "Void .ctor" + Invoker.Signature(this, _record); }
    }

    // Calls a method through its invoke stub (kiln.h KReflectionMethod.invoke): checks the arguments as .NET does,
    // passes each by address (a value type's box data; a reference's slot), boxes the result, writes by-ref
    // arguments back and wraps what the method throws in TargetInvocationException.
    internal static unsafe class Invoker
    {
        private const int StaticAttribute = 16, VirtualAttribute = 64, AbstractAttribute = 1024;

        internal static object Call(MethodBase method, MethodRecord* record, RuntimeType declaring, object target, object[] args, bool wrap)
        {
            if (method.ContainsGenericParameters)
                throw new InvalidOperationException("Late bound operations cannot be performed on types or methods for which ContainsGenericParameters is true.");
            CallShape shape = CallShape.Of(method, record);
            int count = record->ParameterCount;
            if ((args == null ? 0 : args.Length) != count) throw new TargetParameterCountException();
            bool isStatic = (record->Attributes & StaticAttribute) != 0;
            MethodRecord* callee = record;
            RuntimeType owner = declaring;
            if (!isStatic)
            {
                if (target == null) throw new TargetException("Non-static method requires a target.");
                IntPtr actual = Object.GetDescriptor(target);
                if (actual != declaring._descriptor)
                {
                    if (!declaring.IsInstanceOfType(target)) throw new TargetException("Object does not match target type.");
                    if ((record->Attributes & VirtualAttribute) != 0) FindOverride(method, record, (RuntimeType)target.GetType(), ref callee, ref owner);
                }
                else if ((record->Attributes & AbstractAttribute) != 0)
                {
                    FindOverride(method, record, declaring, ref callee, ref owner);
                }
            }
            if (callee->Entry == IntPtr.Zero || callee->Invoke == IntPtr.Zero)
                throw new NotSupportedException("'" + declaring.FullName + "." + method.Name + "' cannot be invoked: it was not compiled into this program.");
            if (isStatic || method is ConstructorInfo) RuntimeReflection.RunClassConstructor(shape.ClassConstructor);
            object[] held = new object[count + 1];
            IntPtr slots = RuntimeReflection.AddressOfImpl(held) + 16;
            IntPtr* addresses = stackalloc IntPtr[count + 1];
            for (int i = 0; i < count; i++)
            {
                bool byRef = (record->ByRefMask & (1 << i)) != 0;
                object value = args[i];
                if (value == Missing.Value) value = DefaultArgument(record, i);
                if (value == null || Object.GetDescriptor(value) != record->ParameterTypes[i]) value = Coerce(value, shape.Parameters[i]);
                if (shape.ValueParameters[i])
                {
                    if (byRef) value = CopyBox(value, shape.Parameters[i]);
                    held[i] = value;
                    addresses[i] = RuntimeReflection.AddressOfImpl(value) + 8;
                }
                else
                {
                    held[i] = value;
                    addresses[i] = slots + 8 * i;
                }
            }
            IntPtr thisValue = IntPtr.Zero;
            if (!isStatic) thisValue = RuntimeReflection.AddressOfImpl(target) + (owner.IsValueType ? 8 : 0);
            object result = null;
            IntPtr resultAddress = IntPtr.Zero;
            if (record->ReturnType != IntPtr.Zero)
            {
                if (shape.ReturnsValue)
                {
                    result = RuntimeReflection.AllocateImpl(record->ReturnType);
                    resultAddress = RuntimeReflection.AddressOfImpl(result) + 8;
                }
                else
                {
                    resultAddress = slots + 8 * count;
                }
            }
            if (wrap)
            {
                try
                {
                    RuntimeReflection.CallImpl(callee->Invoke, callee->Entry, thisValue, addresses, resultAddress);
                }
                catch (Exception e)
                {
                    throw new TargetInvocationException(e);
                }
            }
            else
            {
                RuntimeReflection.CallImpl(callee->Invoke, callee->Entry, thisValue, addresses, resultAddress);
            }
            if (record->ByRefMask != 0)
            {
                for (int i = 0; i < count; i++)
                {
                    if ((record->ByRefMask & (1 << i)) != 0) args[i] = NullableValues.Unwrap(held[i], shape.Parameters[i]);
                }
            }
            if (record->ReturnType != IntPtr.Zero && !shape.ReturnsValue) result = held[count];
            if (shape.ReturnsNullable) result = NullableValues.Unwrap(result, (RuntimeType)RuntimeReflection.TypeOf(record->ReturnType));
            return result;
        }

        // A virtual or interface method runs the implementation of the target's type: the most derived method with
        // the same name and signature that was compiled.
        private static void FindOverride(MethodBase method, MethodRecord* record, RuntimeType actual, ref MethodRecord* callee, ref RuntimeType owner)
        {
            for (RuntimeType t = actual; t != null; t = (RuntimeType)t.BaseType)
            {
                MethodBase[] methods = RuntimeReflection.Info(t).Methods;
                for (int i = 0; i < methods.Length; i++)
                {
                    RuntimeMethodInfo candidate = methods[i] as RuntimeMethodInfo;
                    if (candidate == null || candidate._record->Entry == IntPtr.Zero || candidate.Name != method.Name
                        || (candidate._record->Attributes & VirtualAttribute) == 0 || !SameSignature(candidate._record, record)) continue;
                    callee = candidate._record;
                    owner = t;
                    return;
                }
            }
        }

        internal static bool SameSignature(MethodRecord* a, MethodRecord* b)
        {
            if (a->ParameterCount != b->ParameterCount || a->ByRefMask != b->ByRefMask || a->ReturnType != b->ReturnType) return false;
            for (int i = 0; i < a->ParameterCount; i++)
            {
                if (a->ParameterTypes[i] != b->ParameterTypes[i]) return false;
            }
            return true;
        }

        // An argument as the parameter's type takes it (ArgumentConversion: .NET's conversions and message).
        internal static object Coerce(object value, RuntimeType type)
        {
            return ArgumentConversion.Convert(value, type);
        }

        // Type.Missing asks for the parameter's default value.
        private static object DefaultArgument(MethodRecord* record, int i)
        {
            if (record->Parameters == null || record->Parameters[i].ElementType == 0)
                throw new ArgumentException("Missing parameter does not have a default value.", "parameters");
            return ParameterDefault.Decode(record->Parameters[i].ElementType, record->Parameters[i].Value);
        }

        internal static object CopyBox(object box, RuntimeType type)
        {
            object copy = RuntimeReflection.AllocateImpl(type._descriptor);
            RuntimeReflection.CopyImpl(RuntimeReflection.AddressOfImpl(copy) + 8, RuntimeReflection.AddressOfImpl(box) + 8, type.ValueSize);
            return copy;
        }

        internal static ParameterInfo[] Parameters(MemberInfo member, MethodRecord* record)
        {
            ParameterInfo[] list = new ParameterInfo[record->ParameterCount];
            for (int i = 0; i < list.Length; i++)
            {
                RuntimeParameterInfo p = new RuntimeParameterInfo();
                p._name = RuntimeReflection.Utf8Impl(record->ParameterNames[i]);
                Type type = TypeSignatures.OfMember(record->ParameterTypes[i], (RuntimeType)member.DeclaringType, member as MethodBase);
                p._type = (record->ByRefMask & (1 << i)) != 0 && type != null ? type.MakeByRefType() : type;
                p._position = i;
                p._member = member;
                if (record->Parameters != null)
                {
                    p._attributes = (ParameterAttributes)record->Parameters[i].Attributes;
                    p._defaultKind = record->Parameters[i].ElementType;
                    p._defaultBits = record->Parameters[i].Value;
                }
                list[i] = p;
            }
            return list;
        }

        // "(Int32, System.String, Int32 ByRef)", as .NET writes a signature in ToString.
        internal static string Signature(MethodBase method, MethodRecord* record)
        {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < record->ParameterCount; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(RuntimeReflection.FormatTypeName(TypeSignatures.OfMember(record->ParameterTypes[i], (RuntimeType)method.DeclaringType, method)));
                if ((record->ByRefMask & (1 << i)) != 0) sb.Append(" ByRef");
            }
            return sb.Append(')').ToString();
        }
    }

    // What Invoke needs of a method's signature as Type objects, found once per method (descriptor lookups take the
    // runtime's type-object lock).
    internal sealed unsafe class CallShape
    {
        internal RuntimeType[] Parameters;
        internal bool[] ValueParameters;
        internal bool ReturnsValue;
        internal bool ReturnsNullable;
        internal IntPtr ClassConstructor;

        // Kept by the member object (computing it twice on two threads gives equal shapes).
        internal static CallShape Of(MethodBase method, MethodRecord* record)
        {
            RuntimeMethodInfo m = method as RuntimeMethodInfo;
            RuntimeConstructorInfo c = method as RuntimeConstructorInfo;
            CallShape shape = m != null ? m._shape : c != null ? c._shape : null;
            if (shape == null)
            {
                shape = new CallShape();
                int count = record->ParameterCount;
                shape.Parameters = new RuntimeType[count];
                shape.ValueParameters = new bool[count];
                for (int i = 0; i < count; i++)
                {
                    shape.Parameters[i] = (RuntimeType)RuntimeReflection.TypeOf(record->ParameterTypes[i]);
                    shape.ValueParameters[i] = shape.Parameters[i] != null && shape.Parameters[i].IsValueType;
                }
                shape.ReturnsValue = record->ReturnType != IntPtr.Zero && RuntimeReflection.TypeOf(record->ReturnType).IsValueType;
                shape.ClassConstructor = RuntimeReflection.Info((RuntimeType)method.DeclaringType).ClassConstructor;
                shape.ReturnsNullable = shape.ReturnsValue && NullableValues.UnderlyingOf((RuntimeType)RuntimeReflection.TypeOf(record->ReturnType)) != null;
                if (m != null) m._shape = shape;
                if (c != null) c._shape = shape;
            }
            return shape;
        }
    }

    internal sealed class RuntimeParameterInfo : ParameterInfo
    {
    }

    // A by-ref type (Int32&): what ParameterType and MakeByRefType return. The compiler makes no descriptors for
    // by-ref types, so one object per element type stands for it.
    internal sealed class ByRefType : Type
    {
        private static readonly object s_lock = new object();
        private static System.Collections.Generic.Dictionary<Type, ByRefType> s_types;
        private readonly Type _element;

        private ByRefType(Type element) { _element = element; }

        internal static ByRefType Of(Type element)
        {
            lock (s_lock)
            {
                if (s_types == null) s_types = new System.Collections.Generic.Dictionary<Type, ByRefType>();
                ByRefType found;
                if (!s_types.TryGetValue(element, out found))
                {
                    found = new ByRefType(element);
                    s_types[element] = found;
                }
                return found;
            }
        }

        public override string FullName { get { string element = _element.FullName; return element == null ? null : element + "&"; } }
        public override string ToString() { return _element.ToString() + "&"; }
        public override bool ContainsGenericParameters { get { return _element.ContainsGenericParameters; } }
        public override string Namespace { get { return _element.Namespace; } }
        public override string Name { get { return _element.Name + "&"; } }
        public override Type BaseType { get { return null; } }
        public override bool IsValueType { get { return false; } }
        public override bool IsInterface { get { return false; } }
        public override bool IsAbstract { get { return false; } }
        public override bool IsArray { get { return false; } }
        public override bool IsEnum { get { return false; } }
        public override bool IsByRef { get { return true; } }
        public override bool IsGenericTypeDefinition { get { return false; } }
        public override Type GetElementType() { return _element; }
        public override bool IsAssignableFrom(Type c) { return (object)c == this; }
    }
}

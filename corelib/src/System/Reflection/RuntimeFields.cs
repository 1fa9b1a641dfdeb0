using System.Globalization;

namespace System.Reflection
{
    internal sealed unsafe class RuntimeFieldInfo : FieldInfo
    {
        private readonly RuntimeType _declaring;
        private readonly FieldRecord* _record;
        private readonly string _name;
        private Type _fieldType; // found once: a descriptor lookup takes the runtime's type-object lock

        internal RuntimeFieldInfo(RuntimeType declaring, FieldRecord* record)
        {
            _declaring = declaring;
            _record = record;
            _name = RuntimeReflection.Utf8Impl(record->Name);
        }

        public override string Name { get { return _name; } }
        public override Type DeclaringType { get { return _declaring; } }
        public override FieldAttributes Attributes { get { return (FieldAttributes)(_record->Attributes & 0xFFFF); } }

        // the one required modifier compilers put on fields: C#'s volatile (kiln.h KReflectionField.attributes)
        public override Type[] GetRequiredCustomModifiers()
        {
            if ((_record->Attributes & VolatileModifier) == 0) return Type.EmptyTypes;
            return new Type[] { typeof(System.Runtime.CompilerServices.IsVolatile) };
        }

        private const int VolatileModifier = 1 << 16;
        public override int MetadataToken { get { return _record->Token; } }
        public override Type FieldType
        {
            get
            {
                if (_fieldType == null) _fieldType = TypeSignatures.OfMember(_record->Type, _declaring, null);
                return _fieldType;
            }
        }

        public override string ToString() { return RuntimeReflection.FormatTypeName(FieldType) + " " + _name; }

        public override object GetRawConstantValue()
        {
            if (!IsLiteral) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            // the Constant row's value: an enum literal's as its underlying type
            RuntimeType type = (RuntimeType)FieldType;
            return Constant(type.IsEnum ? (RuntimeType)Enum.GetUnderlyingType(type) : type);
        }

        private object Constant(RuntimeType type)
        {
            IntPtr constant = (IntPtr)(&_record->Constant);
            return type.IsValueType ? Read(constant, type) : RuntimeReflection.ObjectAtImpl(constant);
        }

        public override object GetValue(object obj)
        {
            CheckClosed();
            RuntimeType type = (RuntimeType)FieldType;
            if (IsLiteral) return Constant(type);
            return NullableValues.Unwrap(Read(Address(obj), type), type);
        }

        public override void SetValue(object obj, object value, BindingFlags invokeAttr, Binder binder, CultureInfo culture)
        {
            CheckClosed();
            if (IsLiteral) throw new FieldAccessException("Cannot set a constant field.");
            if (IsStatic && IsInitOnly)
                throw new FieldAccessException("Cannot set initonly static field '" + _name + "' after type '" + _declaring.FullName + "' is initialized.");
            RuntimeType type = (RuntimeType)FieldType;
            object coerced = Invoker.Coerce(value, type);
            IntPtr address = Address(obj);
            if (type.IsValueType) RuntimeReflection.CopyImpl(address, RuntimeReflection.AddressOfImpl(coerced) + 8, type.ValueSize);
            else RuntimeReflection.StoreObjectImpl(address, coerced);
        }

        // A field of an open generic definition has no storage (.NET checks this first).
        private void CheckClosed()
        {
            if (_declaring.IsGenericTypeDefinition)
                throw new InvalidOperationException("Late bound operations cannot be performed on fields with types for which Type.ContainsGenericParameters is true.");
        }

        // Where the field's value is: static storage, or inside obj (a class instance, or a boxed struct's value).
        private IntPtr Address(object obj)
        {
            if (IsStatic)
            {
                if (_record->StaticAddress == IntPtr.Zero)
                    throw new NotSupportedException("The static field '" + _declaring.FullName + "." + _name + "' was not compiled into this program.");
                RuntimeReflection.RunClassConstructor(_declaring);
                return _record->StaticAddress;
            }
            if (obj == null) throw new TargetException("Non-static field requires a target.");
            if (Object.GetDescriptor(obj) != _declaring._descriptor && !_declaring.IsInstanceOfType(obj))
                throw new ArgumentException("Field '" + _name + "' defined on type '" + _declaring.FullName
                    + "' is not a field on the target object which is of type '" + obj.GetType().FullName + "'.");
            return RuntimeReflection.AddressOfImpl(obj) + (_declaring.IsValueType ? 8 : 0) + _record->Offset;
        }

        private static object Read(IntPtr address, RuntimeType type)
        {
            if (!type.IsValueType) return RuntimeReflection.ObjectAtImpl(address);
            object box = RuntimeReflection.AllocateImpl(type._descriptor);
            RuntimeReflection.CopyImpl(RuntimeReflection.AddressOfImpl(box) + 8, address, type.ValueSize);
            return box;
        }
    }

    internal sealed class RuntimePropertyInfo : PropertyInfo
    {
        private readonly RuntimeType _declaring;
        private readonly string _name;
        private readonly Type _type;
        internal readonly MethodInfo _getter, _setter;
        private PropertyGetter _fastGetter;
        private bool _fastGetterKnown;

        internal RuntimePropertyInfo(RuntimeType declaring, string name, Type type, MethodInfo getter, MethodInfo setter)
        {
            _declaring = declaring;
            _name = name;
            _type = type;
            _getter = getter;
            _setter = setter;
        }

        public override string Name { get { return _name; } }
        public override Type DeclaringType { get { return _declaring; } }
        public override Type PropertyType { get { return _type; } }
        internal PropertyAttributes _attributes;
        public override PropertyAttributes Attributes { get { return _attributes; } }
        internal int _token;
        public override int MetadataToken { get { return _token; } }
        public override bool CanRead { get { return _getter != null; } }
        public override bool CanWrite { get { return _setter != null; } }
        public override MethodInfo GetGetMethod(bool nonPublic) { return _getter != null && (nonPublic || _getter.IsPublic) ? _getter : null; }
        public override MethodInfo GetSetMethod(bool nonPublic) { return _setter != null && (nonPublic || _setter.IsPublic) ? _setter : null; }

        public override ParameterInfo[] GetIndexParameters()
        {
            if (_getter != null) return _getter.GetParameters();
            if (_setter == null) return new ParameterInfo[0];
            ParameterInfo[] all = _setter.GetParameters();
            ParameterInfo[] index = new ParameterInfo[all.Length - 1];
            for (int i = 0; i < index.Length; i++) index[i] = all[i];
            return index;
        }

        public override object GetValue(object obj, object[] index)
        {
            if (index == null || index.Length == 0)
            {
                if (!_fastGetterKnown)
                {
                    _fastGetter = _getter == null ? null : PropertyGetter.For(_getter);
                    _fastGetterKnown = true;
                }
                object value;
                if (_fastGetter != null && _fastGetter.TryGet(obj, out value)) return value;
            }
            return base.GetValue(obj, index);
        }

        // An accessor decides whether the property is public or static (the least restrictive one, as .NET).
        internal bool IsPublicProperty { get { return (_getter != null && _getter.IsPublic) || (_setter != null && _setter.IsPublic); } }
        internal bool IsStaticProperty { get { return (_getter ?? _setter).IsStatic; } }

        // .NET writes an indexer's parameter types after the name: "TValue Item [TKey]"
        public override string ToString()
        {
            string text = RuntimeReflection.FormatTypeName(_type) + " " + _name;
            ParameterInfo[] index = GetIndexParameters();
            if (index.Length == 0) return text;
            System.Text.StringBuilder sb = new System.Text.StringBuilder(text).Append(" [");
            for (int i = 0; i < index.Length; i++) sb.Append(i > 0 ? ", " : "").Append(RuntimeReflection.FormatTypeName(index[i].ParameterType));
            return sb.Append(']').ToString();
        }
    }

    internal sealed class RuntimeEventInfo : EventInfo
    {
        private readonly RuntimeType _declaring;
        private readonly string _name;
        private readonly Type _type;
        internal readonly MethodInfo _add, _remove;

        internal RuntimeEventInfo(RuntimeType declaring, string name, Type type, MethodInfo add, MethodInfo remove)
        {
            _declaring = declaring;
            _name = name;
            _type = type;
            _add = add;
            _remove = remove;
        }

        public override string Name { get { return _name; } }
        public override Type DeclaringType { get { return _declaring; } }
        public override Type EventHandlerType { get { return _type; } }
        internal EventAttributes _attributes;
        public override EventAttributes Attributes { get { return _attributes; } }
        internal int _token;
        public override int MetadataToken { get { return _token; } }
        public override MethodInfo GetAddMethod(bool nonPublic) { return _add != null && (nonPublic || _add.IsPublic) ? _add : null; }
        public override MethodInfo GetRemoveMethod(bool nonPublic) { return _remove != null && (nonPublic || _remove.IsPublic) ? _remove : null; }

        internal bool IsPublicEvent { get { return _add != null && _add.IsPublic; } }
        internal bool IsStaticEvent { get { return _add != null && _add.IsStatic; } }

        public override string ToString() { return RuntimeReflection.FormatTypeName(_type) + " " + _name; }
    }
}

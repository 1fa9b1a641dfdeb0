namespace System.Reflection
{
    // Arguments as .NET's reflection takes them (RuntimeType.CheckValue, TryChangeType, InvokeUtil's widening table):
    // an instance of the parameter's type as it is; null as a value type's default; for Nullable<T>, a boxed T (or
    // null) made into the Nullable<T> the callee expects (no widening into a Nullable<T>); a primitive or enum widened to a primitive or enum of a
    // wider underlying type (int to long or double, char to int, an enum to its underlying type and back).
    internal static class ArgumentConversion
    {
        internal static object Convert(object value, RuntimeType type)
        {
            if (value == null) return type.IsValueType ? RuntimeReflection.AllocateImpl(type._descriptor) : null;
            if (type.IsInstanceOfType(value)) return value;
            RuntimeType underlying = NullableValues.UnderlyingOf(type);
            if (underlying != null && underlying.IsInstanceOfType(value)) return NullableValues.Wrap(value, type, underlying);
            object widened = underlying == null ? Widen(value, type) : null;
            if (widened != null) return widened;
            throw new ArgumentException("Object of type '" + value.GetType() + "' cannot be converted to type '" + type + "'.");
        }

        // The widened box of value, or null when the widening table does not allow it.
        private static object Widen(object value, RuntimeType type)
        {
            Type source = value.GetType();
            if (!IsPrimitiveOrEnum(source) || !IsPrimitiveOrEnum(type)) return null;
            TypeCode from = Type.GetTypeCode(source);
            TypeCode to = Type.GetTypeCode(type);
            if (!CanWiden(from, to)) return null;
            object primitive = from == to ? value : Primitive(value, from, to);
            if (type.IsEnum) return Enum.ToObject(type, primitive);
            // an enum passed as its underlying type
            return from == to ? Primitive(value, to, to) : primitive;
        }

        private static bool IsPrimitiveOrEnum(Type t) { return t.IsPrimitive || t.IsEnum; }

        // InvokeUtil's table: which primitive types a value of each type widens to.
        private static bool CanWiden(TypeCode from, TypeCode to)
        {
            if (from == TypeCode.Object || to == TypeCode.Object) return false; // IntPtr, UIntPtr
            if (from == to) return true;
            switch (from)
            {
                case TypeCode.Char: return to == TypeCode.UInt16 || to == TypeCode.UInt32 || to == TypeCode.Int32 || to == TypeCode.UInt64 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.SByte: return to == TypeCode.Int16 || to == TypeCode.Int32 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.Byte: return to == TypeCode.Char || to == TypeCode.UInt16 || to == TypeCode.Int16 || to == TypeCode.UInt32 || to == TypeCode.Int32 || to == TypeCode.UInt64 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.Int16: return to == TypeCode.Int32 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.UInt16: return to == TypeCode.Char || to == TypeCode.UInt32 || to == TypeCode.Int32 || to == TypeCode.UInt64 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.Int32: return to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.UInt32: return to == TypeCode.UInt64 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.Int64: return to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.UInt64: return to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.Single: return to == TypeCode.Double;
                default: return false;
            }
        }

        // value (a primitive or enum of type code from) as a boxed primitive of type code to.
        private static object Primitive(object value, TypeCode from, TypeCode to)
        {
            if (from == TypeCode.Char) value = (ushort)(char)value;
            IConvertible c = (IConvertible)value;
            switch (to)
            {
                case TypeCode.Char: return (char)c.ToUInt16(null);
                case TypeCode.SByte: return c.ToSByte(null);
                case TypeCode.Byte: return c.ToByte(null);
                case TypeCode.Int16: return c.ToInt16(null);
                case TypeCode.UInt16: return c.ToUInt16(null);
                case TypeCode.Int32: return c.ToInt32(null);
                case TypeCode.UInt32: return c.ToUInt32(null);
                case TypeCode.Int64: return c.ToInt64(null);
                case TypeCode.UInt64: return c.ToUInt64(null);
                case TypeCode.Single: return c.ToSingle(null);
                case TypeCode.Double: return c.ToDouble(null);
                case TypeCode.Boolean: return c.ToBoolean(null);
                default: return value;
            }
        }
    }

    // Nullable<T> values in reflection: the callee and the fields hold the struct (hasValue, then the value), callers
    // of Invoke and GetValue see a boxed T or null, as boxing a Nullable<T> gives.
    internal static class NullableValues
    {
        // T of Nullable<T>, null for any other type (the graph describes the Nullable<T> that reflected members name).
        internal static RuntimeType UnderlyingOf(RuntimeType type)
        {
            if (!type.IsValueType || !type.IsGenericType) return null;
            TypeMembers info = RuntimeReflection.Info(type);
            if (info.GenericDefinition != typeof(Nullable<>) || info.GenericArguments.Length != 1) return null;
            return (RuntimeType)info.GenericArguments[0];
        }

        // The value is laid out after the flag at T's alignment, which is where the struct's size minus T's puts it.
        private static int ValueOffset(RuntimeType nullable, RuntimeType underlying)
        {
            return nullable.ValueSize - underlying.ValueSize;
        }

        internal static object Wrap(object value, RuntimeType nullable, RuntimeType underlying)
        {
            object box = RuntimeReflection.AllocateImpl(nullable._descriptor);
            IntPtr data = RuntimeReflection.AddressOfImpl(box) + 8;
            unsafe { *(byte*)data = 1; }
            RuntimeReflection.CopyImpl(data + ValueOffset(nullable, underlying), RuntimeReflection.AddressOfImpl(value) + 8, underlying.ValueSize);
            return box;
        }

        // A Nullable<T> struct's box as boxing gives it: null, or a boxed T; any other box unchanged.
        internal static object Unwrap(object box, RuntimeType type)
        {
            RuntimeType underlying = box == null ? null : UnderlyingOf(type);
            if (underlying == null) return box;
            IntPtr data = RuntimeReflection.AddressOfImpl(box) + 8;
            unsafe { if (*(byte*)data == 0) return null; }
            object value = RuntimeReflection.AllocateImpl(underlying._descriptor);
            RuntimeReflection.CopyImpl(RuntimeReflection.AddressOfImpl(value) + 8, data + ValueOffset(type, underlying), underlying.ValueSize);
            return value;
        }
    }

    // Type.Missing: an argument that asks for the parameter's default value.
    public sealed class Missing
    {
        public static readonly Missing Value = new Missing();

        private Missing() { }
    }
}

namespace System
{
    public static class Nullable
    {
        // T of Nullable<T>; null for any other type, and for a Nullable<T> the program does not describe (reflection
        // describes those its reflected members name).
        public static Type GetUnderlyingType(Type nullableType)
        {
            if (nullableType == null) throw new ArgumentNullException("nullableType");
            RuntimeType rt = nullableType as RuntimeType;
            return rt == null ? null : System.Reflection.NullableValues.UnderlyingOf(rt);
        }
    }

    public abstract partial class Array
    {
        // An array of elementType: the program's array type of it (MakeArrayType), zeroed.
        public static Array CreateInstance(Type elementType, int length)
        {
            if (elementType == null) throw new ArgumentNullException("elementType");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Non-negative number required.");
            RuntimeType arrayType = elementType.MakeArrayType() as RuntimeType;
            if (arrayType == null) throw new ArgumentException("Type must be a type provided by the runtime.", "elementType");
            return System.Reflection.AttributeReader.NewArray(arrayType, length);
        }
    }
}

namespace System
{
    // Array.Copy between arrays of different element types, by .NET's rules: primitives (and enums, as their
    // underlying type) of the same kind copy as they are and widen where no value is lost; values box into
    // reference elements that can hold them and unbox (exactly) out of ones that may hold them; references copy when the
    // destination can hold every source element and are cast one by one when it can hold only some.
    internal static class ArrayElementCopy
    {
        private const string CantAssign = "Source array type cannot be assigned to destination array type.";
        private const string DownCast = "At least one element in the source array could not be cast down to the destination array type.";

        // flat indices, checked by Array.Copy
        internal static void Copy(Array source, int sourceIndex, Array destination, int destinationIndex, int length)
        {
            Type from = source.GetType().GetElementType(), to = destination.GetType().GetElementType();
            if (from == to || (!from.IsValueType && !to.IsValueType && to.IsAssignableFrom(from)))
            {
                Array.CopyImpl(source, sourceIndex, destination, destinationIndex, length);
                return;
            }
            if (from.IsValueType && to.IsValueType)
            {
                TypeCode fromCode = PrimitiveCode(from), toCode = PrimitiveCode(to);
                if (fromCode == TypeCode.Empty || toCode == TypeCode.Empty) throw new ArrayTypeMismatchException(CantAssign);
                if (fromCode == toCode)
                {
                    int size = Buffer.ElementSize(source);
                    Buffer.RawCopy(source, (long)sourceIndex * size, destination, (long)destinationIndex * size, (long)length * size);
                    return;
                }
                if (!CanWiden(fromCode, toCode)) throw new ArrayTypeMismatchException(CantAssign);
                for (int i = 0; i < length; i++)
                    Array.SetElement(destination, Widen(Array.GetElement(source, sourceIndex + i), fromCode, toCode, to), destinationIndex + i);
                return;
            }
            if (from.IsValueType)
            {
                // boxing: each element is an instance of the destination's element type
                if (!to.IsAssignableFrom(from)) throw new ArrayTypeMismatchException(CantAssign);
                for (int i = 0; i < length; i++) Array.SetElement(destination, Array.GetElement(source, sourceIndex + i), destinationIndex + i);
                return;
            }
            if (to.IsValueType)
            {
                if (!from.IsAssignableFrom(to)) throw new ArrayTypeMismatchException(CantAssign);
                for (int i = 0; i < length; i++)
                    Array.SetElement(destination, Unboxed(Array.GetElement(source, sourceIndex + i), to), destinationIndex + i);
                return;
            }
            // references the destination may or may not hold: a downcast, or interfaces on either side
            if (!from.IsAssignableFrom(to) && !from.IsInterface && !to.IsInterface) throw new ArrayTypeMismatchException(CantAssign);
            for (int i = 0; i < length; i++)
            {
                object element = Array.GetElement(source, sourceIndex + i);
                if (element != null && !to.IsInstanceOfType(element)) throw new InvalidCastException(DownCast);
                Array.SetElement(destination, element, destinationIndex + i);
            }
        }

        // Whether every element copies unchanged: Array.ConstrainedCopy allows only these.
        internal static bool CannotFail(Type from, Type to)
        {
            if (from == to) return true;
            if (from.IsValueType || to.IsValueType)
            {
                TypeCode code = PrimitiveCode(from);
                return from.IsValueType && to.IsValueType && code != TypeCode.Empty && code == PrimitiveCode(to);
            }
            return to.IsAssignableFrom(from);
        }

        // An element of a reference array going into a value array: a box of exactly the destination's type (.NET
        // widens primitives only between value arrays, not out of boxes).
        private static object Unboxed(object element, Type to)
        {
            if (element == null || element.GetType() != to) throw new InvalidCastException(DownCast);
            return element;
        }

        // The type code of a primitive or enum element type (Empty for other value types, IntPtr and UIntPtr included).
        private static TypeCode PrimitiveCode(Type type)
        {
            if (!type.IsPrimitive && !type.IsEnum) return TypeCode.Empty;
            TypeCode code = TypeCodes.Of(type);
            return code == TypeCode.Object ? TypeCode.Empty : code;
        }

        private static int Mask(params TypeCode[] codes)
        {
            int mask = 0;
            foreach (TypeCode c in codes) mask |= 1 << (int)c;
            return mask;
        }

        // .NET's primitive widening table: the types each primitive converts to without loss of magnitude.
        private static bool CanWiden(TypeCode from, TypeCode to)
        {
            int allowed;
            switch (from)
            {
                case TypeCode.Char: allowed = Mask(TypeCode.Char, TypeCode.UInt16, TypeCode.UInt32, TypeCode.Int32, TypeCode.UInt64, TypeCode.Int64, TypeCode.Single, TypeCode.Double); break;
                case TypeCode.SByte: allowed = Mask(TypeCode.SByte, TypeCode.Int16, TypeCode.Int32, TypeCode.Int64, TypeCode.Single, TypeCode.Double); break;
                case TypeCode.Byte: allowed = Mask(TypeCode.Char, TypeCode.Byte, TypeCode.Int16, TypeCode.UInt16, TypeCode.Int32, TypeCode.UInt32, TypeCode.Int64, TypeCode.UInt64, TypeCode.Single, TypeCode.Double); break;
                case TypeCode.Int16: allowed = Mask(TypeCode.Int16, TypeCode.Int32, TypeCode.Int64, TypeCode.Single, TypeCode.Double); break;
                case TypeCode.UInt16: allowed = Mask(TypeCode.UInt16, TypeCode.Int32, TypeCode.UInt32, TypeCode.Int64, TypeCode.UInt64, TypeCode.Single, TypeCode.Double); break;
                case TypeCode.Int32: allowed = Mask(TypeCode.Int32, TypeCode.Int64, TypeCode.Single, TypeCode.Double); break;
                case TypeCode.UInt32: allowed = Mask(TypeCode.UInt32, TypeCode.Int64, TypeCode.UInt64, TypeCode.Single, TypeCode.Double); break;
                case TypeCode.Int64: allowed = Mask(TypeCode.Int64, TypeCode.Single, TypeCode.Double); break;
                case TypeCode.UInt64: allowed = Mask(TypeCode.UInt64, TypeCode.Single, TypeCode.Double); break;
                case TypeCode.Single: allowed = Mask(TypeCode.Single, TypeCode.Double); break;
                default: allowed = Mask(from); break;
            }
            return (allowed & (1 << (int)to)) != 0;
        }

        // A boxed primitive (or enum) as a box of the destination element type.
        private static object Widen(object value, TypeCode from, TypeCode to, Type toType)
        {
            IConvertible c = (IConvertible)value;
            object result;
            switch (to)
            {
                case TypeCode.Char: result = c.ToChar(null); break;
                case TypeCode.Int16: result = c.ToInt16(null); break;
                case TypeCode.UInt16: result = c.ToUInt16(null); break;
                case TypeCode.Int32: result = c.ToInt32(null); break;
                case TypeCode.UInt32: result = c.ToUInt32(null); break;
                case TypeCode.Int64: result = c.ToInt64(null); break;
                case TypeCode.UInt64: result = c.ToUInt64(null); break;
                case TypeCode.Single: result = from == TypeCode.Char ? (float)c.ToInt32(null) : c.ToSingle(null); break;
                case TypeCode.Double: result = from == TypeCode.Char ? (double)c.ToInt32(null) : c.ToDouble(null); break;
                default: result = value; break;
            }
            return toType.IsEnum ? Enum.ToObject(toType, c.ToInt64(null)) : result;
        }
    }
}

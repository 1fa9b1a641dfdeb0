using System.Reflection;

namespace System.Linq.Expressions
{
    // Questions the factories and the interpreter ask about types (.NET's TypeUtils, as far as they are needed).
    internal static class TypeUtils
    {
        internal static bool IsNullable(Type type) { return type != null && type.IsValueType && Nullable.GetUnderlyingType(type) != null; }

        internal static Type GetNonNullableType(Type type)
        {
            Type underlying = type.IsValueType ? Nullable.GetUnderlyingType(type) : null;
            return underlying ?? type;
        }

        internal static bool AreEquivalent(Type a, Type b) { return a == b; }

        internal static bool IsBool(Type type) { return GetNonNullableType(type) == typeof(bool); }

        private static TypeCode CodeOf(Type type)
        {
            type = GetNonNullableType(type);
            return type.IsEnum ? TypeCode.Object : Type.GetTypeCode(type);
        }

        internal static bool IsNumeric(Type type)
        {
            switch (CodeOf(type))
            {
                case TypeCode.Char: case TypeCode.SByte: case TypeCode.Byte: case TypeCode.Int16: case TypeCode.Int32:
                case TypeCode.Int64: case TypeCode.Double: case TypeCode.Single: case TypeCode.UInt16: case TypeCode.UInt32:
                case TypeCode.UInt64:
                    return true;
                default:
                    return false;
            }
        }

        internal static bool IsInteger(Type type)
        {
            switch (CodeOf(type))
            {
                case TypeCode.Byte: case TypeCode.SByte: case TypeCode.Int16: case TypeCode.Int32: case TypeCode.Int64:
                case TypeCode.UInt16: case TypeCode.UInt32: case TypeCode.UInt64:
                    return true;
                default:
                    return false;
            }
        }

        internal static bool IsArithmetic(Type type)
        {
            switch (CodeOf(type))
            {
                case TypeCode.Int16: case TypeCode.Int32: case TypeCode.Int64: case TypeCode.Double: case TypeCode.Single:
                case TypeCode.UInt16: case TypeCode.UInt32: case TypeCode.UInt64:
                    return true;
                default:
                    return false;
            }
        }

        internal static bool IsUnsignedInt(Type type)
        {
            TypeCode c = CodeOf(type);
            return c == TypeCode.UInt16 || c == TypeCode.UInt32 || c == TypeCode.UInt64;
        }

        internal static bool IsIntegerOrBool(Type type) { return IsInteger(type) || IsBool(type); }

        internal static bool IsNumericOrBool(Type type) { return IsNumeric(type) || IsBool(type); }

        // Whether a value of type source can be used where dest is expected without a conversion node.
        internal static bool AreReferenceAssignable(Type dest, Type source)
        {
            if (dest == source) return true;
            return !dest.IsValueType && !source.IsValueType && dest.IsAssignableFrom(source);
        }

        // Reference types and interfaces a value of the type may be seen as (boxing included).
        internal static bool HasReferenceConversion(Type source, Type dest)
        {
            if (source == typeof(void) || dest == typeof(void)) return false;
            Type nnSource = GetNonNullableType(source);
            Type nnDest = GetNonNullableType(dest);
            if (nnSource.IsAssignableFrom(nnDest) || nnDest.IsAssignableFrom(nnSource)) return true;
            if (source.IsInterface || dest.IsInterface) return true;
            if (source == typeof(object) || dest == typeof(object)) return true;
            return false;
        }

        internal static bool HasIdentityPrimitiveOrNullableConversion(Type source, Type dest)
        {
            if (source == dest) return true;
            if (IsNullable(source) && dest == GetNonNullableType(source)) return true;
            if (IsNullable(dest) && source == GetNonNullableType(dest)) return true;
            Type s = GetNonNullableType(source), d = GetNonNullableType(dest);
            bool sPrim = IsConvertible(s), dPrim = IsConvertible(d);
            return sPrim && dPrim;
        }

        // Primitive, enum or char: the types Convert converts between by value.
        internal static bool IsConvertible(Type type)
        {
            type = GetNonNullableType(type);
            if (type.IsEnum) return true;
            switch (Type.GetTypeCode(type))
            {
                case TypeCode.Boolean: case TypeCode.Byte: case TypeCode.SByte: case TypeCode.Int16: case TypeCode.Int32:
                case TypeCode.Int64: case TypeCode.UInt16: case TypeCode.UInt32: case TypeCode.UInt64: case TypeCode.Single:
                case TypeCode.Double: case TypeCode.Char:
                    return true;
                default:
                    return false;
            }
        }

        internal static MethodInfo GetMethodInfo(Type type, string name, BindingFlags flags, Type[] parameters)
        {
            foreach (MethodInfo m in type.GetMethods(flags))
            {
                if (m.Name != name) continue;
                ParameterInfo[] ps = m.GetParameters();
                if (ps.Length != parameters.Length) continue;
                bool ok = true;
                for (int i = 0; i < ps.Length && ok; i++) ok = ps[i].ParameterType == parameters[i];
                if (ok) return m;
            }
            return null;
        }

        // The rank of an array type, from its name ("Int32[,]": 2), as Type.GetArrayRank would give it.
        internal static int ArrayRank(Type arrayType)
        {
            string name = arrayType.Name;
            int open = name.LastIndexOf('[');
            int rank = 1;
            for (int i = open + 1; i < name.Length; i++)
            {
                if (name[i] == ',') rank++;
            }
            return rank;
        }

        // "Int32 Add(Int32, Int32)": how .NET's messages name a method.
        internal static string MethodText(MethodBase method) { return method.ToString(); }
    }
}

using System;
using System.Linq.Expressions.Interpreter;
using System.Reflection;

namespace Microsoft.CSharp.RuntimeBinder
{
    // C#'s conversions between types known at run time: identity, reference and boxing, the implicit and explicit
    // numeric ones, nullable wrapping, and user-defined op_Implicit/op_Explicit. The null type (DynamicBinder.NullType)
    // converts to reference and nullable types.
    internal static class Conversions
    {
        // Whether an implicit conversion exists (user-defined ones included).
        internal static bool IsImplicit(Type from, Type to)
        {
            return IsStandardImplicit(from, to) || UserDefined(from, to, false) != null;
        }

        // The implicit conversions that are not user-defined.
        internal static bool IsStandardImplicit(Type from, Type to)
        {
            if (to.IsByRef) to = to.GetElementType();
            if (from == null) return !to.IsValueType || Nullable.GetUnderlyingType(to) != null;
            if (from == to || to.IsAssignableFrom(from)) return true;
            Type underlying = Nullable.GetUnderlyingType(to);
            if (underlying != null && from.IsValueType) return IsStandardImplicit(Nullable.GetUnderlyingType(from) ?? from, underlying);
            return ImplicitNumeric(from, to);
        }

        // C#'s implicit constant conversions: an int constant to an integral type whose range holds it, 0 to an enum.
        internal static bool IsConstantImplicit(object constant, Type to)
        {
            if (!(constant is int)) return false;
            int v = (int)constant;
            if (to.IsByRef) return false;
            Type t = Nullable.GetUnderlyingType(to) ?? to;
            if (t.IsEnum) return v == 0;
            switch (Type.GetTypeCode(t))
            {
                case TypeCode.SByte: return v >= sbyte.MinValue && v <= sbyte.MaxValue;
                case TypeCode.Byte: return v >= 0 && v <= byte.MaxValue;
                case TypeCode.Int16: return v >= short.MinValue && v <= short.MaxValue;
                case TypeCode.UInt16: case TypeCode.Char: return v >= 0 && v <= ushort.MaxValue && Type.GetTypeCode(t) != TypeCode.Char;
                case TypeCode.UInt32: case TypeCode.UInt64: return v >= 0;
                default: return false;
            }
        }

        // An explicit numeric or enum conversion (the implicit ones included).
        internal static bool IsExplicitNumeric(Type from, Type to)
        {
            if (from == null) return false;
            Type f = Nullable.GetUnderlyingType(from) ?? from;
            Type t = Nullable.GetUnderlyingType(to) ?? to;
            return IsNumericOrEnum(f) && IsNumericOrEnum(t);
        }

        private static bool IsNumericOrEnum(Type t)
        {
            if (t.IsEnum) return true;
            TypeCode c = Type.GetTypeCode(t);
            return c >= TypeCode.Char && c <= TypeCode.Decimal;
        }

        private static bool ImplicitNumeric(Type from, Type to)
        {
            if (from.IsEnum || to.IsEnum) return false;
            TypeCode f = Type.GetTypeCode(from), t = Type.GetTypeCode(to);
            switch (f)
            {
                case TypeCode.SByte: return t == TypeCode.Int16 || t == TypeCode.Int32 || t == TypeCode.Int64 || IsFloating(t);
                case TypeCode.Byte: return t >= TypeCode.Int16 && t <= TypeCode.UInt64 || IsFloating(t);
                case TypeCode.Int16: return t == TypeCode.Int32 || t == TypeCode.Int64 || IsFloating(t);
                case TypeCode.UInt16: case TypeCode.Char: return t >= TypeCode.UInt16 && t <= TypeCode.UInt64 && !(f == TypeCode.UInt16 && t == TypeCode.UInt16) || IsFloating(t);
                case TypeCode.Int32: return t == TypeCode.Int64 || IsFloating(t);
                case TypeCode.UInt32: return t == TypeCode.Int64 || t == TypeCode.UInt64 || IsFloating(t);
                case TypeCode.Int64: case TypeCode.UInt64: return IsFloating(t);
                case TypeCode.Single: return t == TypeCode.Double;
                default: return false;
            }
        }

        private static bool IsFloating(TypeCode t) { return t == TypeCode.Single || t == TypeCode.Double || t == TypeCode.Decimal; }

        // The op_Implicit (or, explicit, also op_Explicit) of either type that converts from to to, if any.
        internal static MethodInfo UserDefined(Type from, Type to, bool explicitToo)
        {
            if (from == null || to.IsByRef) return null;
            MethodInfo found = Find(from, from, to, explicitToo);
            return found ?? Find(Nullable.GetUnderlyingType(to) ?? to, from, to, explicitToo);
        }

        private static MethodInfo Find(Type owner, Type from, Type to, bool explicitToo)
        {
            if (owner.IsPrimitive || owner == typeof(object) || owner == typeof(string)) return null;
            foreach (MethodInfo m in owner.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                if (m.Name != "op_Implicit" && !(explicitToo && m.Name == "op_Explicit")) continue;
                ParameterInfo[] ps = m.GetParameters();
                if (ps.Length == 1 && IsStandardImplicit(from, ps[0].ParameterType) && IsStandardImplicit(m.ReturnType, to)) return m;
            }
            return null;
        }

        // value (bound as type from) converted to to; throws RuntimeBinderException with C#'s message when no
        // conversion exists (an implicit one unless explicitly is set).
        internal static object Convert(object value, Type from, Type to, bool explicitly, bool check)
        {
            if (to.IsByRef) to = to.GetElementType();
            if (to == typeof(void)) return null;
            if (value == null)
            {
                if (to.IsValueType && Nullable.GetUnderlyingType(to) == null)
                    throw new RuntimeBinderException("Cannot convert null to '" + CSharpNames.Of(to) + "' because it is a non-nullable value type");
                return null;
            }
            Type target = Nullable.GetUnderlyingType(to) ?? to;
            if (target.IsInstanceOfType(value) && !(target.IsEnum && value.GetType() != target && !explicitly)) return value;
            if (explicitly ? IsExplicitNumeric(from, target) : ImplicitNumeric(from ?? value.GetType(), target))
            {
                // the interpreter's conversions: the primitives', and decimal's as C#'s casts (truncating) do
                if (target == typeof(decimal) || value is decimal) return DecimalOperators.Convert(value, target);
                return Operators.Convert(value, value.GetType(), target, check);
            }
            MethodInfo user = UserDefined(from ?? value.GetType(), to, explicitly);
            if (user != null)
            {
                object converted = DynamicBinder.Invoke(user, null, new object[] { Convert(value, from, user.GetParameters()[0].ParameterType, false, check) });
                return Convert(converted, user.ReturnType, to, false, check);
            }
            if (explicitly && !target.IsValueType && !from.IsValueType)
                throw new InvalidCastException("Unable to cast object of type '" + value.GetType() + "' to type '" + target + "'.");
            if (!explicitly && (IsExplicitNumeric(from, target) || UserDefined(from, to, true) != null))
                throw new RuntimeBinderException("Cannot implicitly convert type '" + CSharpNames.Of(from) + "' to '" + CSharpNames.Of(to)
                    + "'. An explicit conversion exists (are you missing a cast?)");
            throw new RuntimeBinderException("Cannot " + (explicitly ? "" : "implicitly ") + "convert type '" + CSharpNames.Of(from)
                + "' to '" + CSharpNames.Of(to) + "'");
        }

        // C#'s better conversion target for an argument of type arg: 1 when p1 is better, 2 when p2 is, 0 neither.
        internal static int Better(Type arg, Type p1, Type p2)
        {
            if (p1.IsByRef) p1 = p1.GetElementType();
            if (p2.IsByRef) p2 = p2.GetElementType();
            if (p1 == p2) return 0;
            if (arg == p1) return 1;
            if (arg == p2) return 2;
            bool oneToTwo = IsStandardImplicit(p1, p2), twoToOne = IsStandardImplicit(p2, p1);
            if (oneToTwo && !twoToOne) return 1;
            if (twoToOne && !oneToTwo) return 2;
            if (IsSigned(p1) && IsUnsigned(p2)) return 1;
            if (IsSigned(p2) && IsUnsigned(p1)) return 2;
            return 0;
        }

        private static bool IsSigned(Type t)
        {
            TypeCode c = Type.GetTypeCode(t);
            return !t.IsEnum && (c == TypeCode.SByte || c == TypeCode.Int16 || c == TypeCode.Int32 || c == TypeCode.Int64);
        }

        private static bool IsUnsigned(Type t)
        {
            TypeCode c = Type.GetTypeCode(t);
            return !t.IsEnum && (c == TypeCode.Byte || c == TypeCode.UInt16 || c == TypeCode.UInt32 || c == TypeCode.UInt64);
        }
    }
}

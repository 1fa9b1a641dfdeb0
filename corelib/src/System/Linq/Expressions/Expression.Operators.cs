using System.Reflection;

namespace System.Linq.Expressions
{
    // Binary and unary operator factories, with .NET's rules: predefined operators on primitive (and lifted
    // nullable) operands, else a user-defined operator method (op_Addition ...) of either operand type, else
    // InvalidOperationException with .NET's message.
    public abstract partial class Expression
    {
        public static BinaryExpression Add(Expression left, Expression right) { return Add(left, right, null); }
        public static BinaryExpression Add(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.Add, "op_Addition", left, right, method); }
        public static BinaryExpression AddChecked(Expression left, Expression right) { return AddChecked(left, right, null); }
        public static BinaryExpression AddChecked(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.AddChecked, "op_Addition", left, right, method); }
        public static BinaryExpression Subtract(Expression left, Expression right) { return Subtract(left, right, null); }
        public static BinaryExpression Subtract(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.Subtract, "op_Subtraction", left, right, method); }
        public static BinaryExpression SubtractChecked(Expression left, Expression right) { return SubtractChecked(left, right, null); }
        public static BinaryExpression SubtractChecked(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.SubtractChecked, "op_Subtraction", left, right, method); }
        public static BinaryExpression Multiply(Expression left, Expression right) { return Multiply(left, right, null); }
        public static BinaryExpression Multiply(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.Multiply, "op_Multiply", left, right, method); }
        public static BinaryExpression MultiplyChecked(Expression left, Expression right) { return MultiplyChecked(left, right, null); }
        public static BinaryExpression MultiplyChecked(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.MultiplyChecked, "op_Multiply", left, right, method); }
        public static BinaryExpression Divide(Expression left, Expression right) { return Divide(left, right, null); }
        public static BinaryExpression Divide(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.Divide, "op_Division", left, right, method); }
        public static BinaryExpression Modulo(Expression left, Expression right) { return Modulo(left, right, null); }
        public static BinaryExpression Modulo(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.Modulo, "op_Modulus", left, right, method); }

        public static BinaryExpression Power(Expression left, Expression right) { return Power(left, right, null); }
        public static BinaryExpression Power(Expression left, Expression right, MethodInfo method)
        {
            Check(left, right);
            if (method == null)
            {
                if (left.Type == right.Type && TypeUtils.GetNonNullableType(left.Type) == typeof(double))
                    return new BinaryExpression(ExpressionType.Power, left, right, left.Type, null, null, false);
                method = UserDefined(ExpressionType.Power, "op_Exponent", left, right, true);
            }
            return WithMethod(ExpressionType.Power, left, right, method, false);
        }

        public static BinaryExpression And(Expression left, Expression right) { return And(left, right, null); }
        public static BinaryExpression And(Expression left, Expression right, MethodInfo method) { return Bitwise(ExpressionType.And, "op_BitwiseAnd", left, right, method); }
        public static BinaryExpression Or(Expression left, Expression right) { return Or(left, right, null); }
        public static BinaryExpression Or(Expression left, Expression right, MethodInfo method) { return Bitwise(ExpressionType.Or, "op_BitwiseOr", left, right, method); }
        public static BinaryExpression ExclusiveOr(Expression left, Expression right) { return ExclusiveOr(left, right, null); }
        public static BinaryExpression ExclusiveOr(Expression left, Expression right, MethodInfo method) { return Bitwise(ExpressionType.ExclusiveOr, "op_ExclusiveOr", left, right, method); }

        public static BinaryExpression LeftShift(Expression left, Expression right) { return LeftShift(left, right, null); }
        public static BinaryExpression LeftShift(Expression left, Expression right, MethodInfo method) { return Shift(ExpressionType.LeftShift, "op_LeftShift", left, right, method); }
        public static BinaryExpression RightShift(Expression left, Expression right) { return RightShift(left, right, null); }
        public static BinaryExpression RightShift(Expression left, Expression right, MethodInfo method) { return Shift(ExpressionType.RightShift, "op_RightShift", left, right, method); }

        public static BinaryExpression AndAlso(Expression left, Expression right) { return AndAlso(left, right, null); }
        public static BinaryExpression AndAlso(Expression left, Expression right, MethodInfo method) { return Logical(ExpressionType.AndAlso, "op_BitwiseAnd", left, right, method); }
        public static BinaryExpression OrElse(Expression left, Expression right) { return OrElse(left, right, null); }
        public static BinaryExpression OrElse(Expression left, Expression right, MethodInfo method) { return Logical(ExpressionType.OrElse, "op_BitwiseOr", left, right, method); }

        public static BinaryExpression Equal(Expression left, Expression right) { return Equal(left, right, false, null); }
        public static BinaryExpression Equal(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Equality(ExpressionType.Equal, "op_Equality", left, right, liftToNull, method); }
        public static BinaryExpression NotEqual(Expression left, Expression right) { return NotEqual(left, right, false, null); }
        public static BinaryExpression NotEqual(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Equality(ExpressionType.NotEqual, "op_Inequality", left, right, liftToNull, method); }
        public static BinaryExpression LessThan(Expression left, Expression right) { return LessThan(left, right, false, null); }
        public static BinaryExpression LessThan(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Comparison(ExpressionType.LessThan, "op_LessThan", left, right, liftToNull, method); }
        public static BinaryExpression LessThanOrEqual(Expression left, Expression right) { return LessThanOrEqual(left, right, false, null); }
        public static BinaryExpression LessThanOrEqual(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Comparison(ExpressionType.LessThanOrEqual, "op_LessThanOrEqual", left, right, liftToNull, method); }
        public static BinaryExpression GreaterThan(Expression left, Expression right) { return GreaterThan(left, right, false, null); }
        public static BinaryExpression GreaterThan(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Comparison(ExpressionType.GreaterThan, "op_GreaterThan", left, right, liftToNull, method); }
        public static BinaryExpression GreaterThanOrEqual(Expression left, Expression right) { return GreaterThanOrEqual(left, right, false, null); }
        public static BinaryExpression GreaterThanOrEqual(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Comparison(ExpressionType.GreaterThanOrEqual, "op_GreaterThanOrEqual", left, right, liftToNull, method); }

        public static BinaryExpression ReferenceEqual(Expression left, Expression right) { return ReferenceComparison(ExpressionType.Equal, left, right); }
        public static BinaryExpression ReferenceNotEqual(Expression left, Expression right) { return ReferenceComparison(ExpressionType.NotEqual, left, right); }

        private static BinaryExpression ReferenceComparison(ExpressionType kind, Expression left, Expression right)
        {
            Check(left, right);
            if (left.Type.IsValueType || right.Type.IsValueType
                || !(TypeUtils.AreReferenceAssignable(left.Type, right.Type) || TypeUtils.AreReferenceAssignable(right.Type, left.Type)
                     || left.Type.IsInterface || right.Type.IsInterface))
                throw new InvalidOperationException("Reference equality is not defined for the types '" + left.Type + "' and '" + right.Type + "'.");
            return new BinaryExpression(kind, left, right, typeof(bool), null, null, false);
        }

        public static BinaryExpression Coalesce(Expression left, Expression right) { return Coalesce(left, right, null); }

        public static BinaryExpression Coalesce(Expression left, Expression right, LambdaExpression conversion)
        {
            Check(left, right);
            if (left.Type.IsValueType && !TypeUtils.IsNullable(left.Type))
                throw new InvalidOperationException("Coalesce used with type that cannot be null");
            Type type;
            if (conversion != null)
            {
                type = conversion.ReturnType;
            }
            else
            {
                Type leftType = TypeUtils.GetNonNullableType(left.Type);
                if (TypeUtils.IsNullable(left.Type) && IsImplicitlyConvertible(right.Type, leftType)) type = leftType;
                else if (IsImplicitlyConvertible(right.Type, left.Type)) type = left.Type;
                else if (IsImplicitlyConvertible(leftType, right.Type)) type = right.Type;
                else throw new ArgumentException("Argument types do not match");
            }
            return new BinaryExpression(ExpressionType.Coalesce, left, right, type, null, conversion, false);
        }

        private static bool IsImplicitlyConvertible(Type source, Type dest)
        {
            return source == dest || TypeUtils.AreReferenceAssignable(dest, source) || dest.IsAssignableFrom(source)
                || TypeUtils.IsNullable(dest) && TypeUtils.GetNonNullableType(dest) == source;
        }

        public static BinaryExpression ArrayIndex(Expression array, Expression index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index == null) throw new ArgumentNullException("index");
            if (index.Type != typeof(int)) throw new ArgumentException("Argument for array index must be of type Int32", "index");
            if (!array.Type.IsArray) throw new ArgumentException("Argument must be array", "array");
            if (TypeUtils.ArrayRank(array.Type) != 1) throw new ArgumentException("Incorrect number of indexes");
            return new BinaryExpression(ExpressionType.ArrayIndex, array, index, array.Type.GetElementType(), null, null, false);
        }

        public static MethodCallExpression ArrayIndex(Expression array, params Expression[] indexes)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (!array.Type.IsArray) throw new ArgumentException("Argument must be array", "array");
            if (indexes == null) throw new ArgumentNullException("indexes");
            int rank = TypeUtils.ArrayRank(array.Type);
            if (indexes.Length != rank) throw new ArgumentException("Incorrect number of indexes");
            foreach (Expression index in indexes)
            {
                if (index == null) throw new ArgumentNullException("indexes");
                if (index.Type != typeof(int)) throw new ArgumentException("Argument for array index must be of type Int32", "indexes");
            }
            return Call(array, new ArrayGetMethod(array.Type, rank), indexes);
        }

        public static BinaryExpression MakeBinary(ExpressionType binaryType, Expression left, Expression right) { return MakeBinary(binaryType, left, right, false, null, null); }
        public static BinaryExpression MakeBinary(ExpressionType binaryType, Expression left, Expression right, bool liftToNull, MethodInfo method) { return MakeBinary(binaryType, left, right, liftToNull, method, null); }

        public static BinaryExpression MakeBinary(ExpressionType binaryType, Expression left, Expression right, bool liftToNull, MethodInfo method, LambdaExpression conversion)
        {
            switch (binaryType)
            {
                case ExpressionType.Add: return Add(left, right, method);
                case ExpressionType.AddChecked: return AddChecked(left, right, method);
                case ExpressionType.Subtract: return Subtract(left, right, method);
                case ExpressionType.SubtractChecked: return SubtractChecked(left, right, method);
                case ExpressionType.Multiply: return Multiply(left, right, method);
                case ExpressionType.MultiplyChecked: return MultiplyChecked(left, right, method);
                case ExpressionType.Divide: return Divide(left, right, method);
                case ExpressionType.Modulo: return Modulo(left, right, method);
                case ExpressionType.Power: return Power(left, right, method);
                case ExpressionType.And: return And(left, right, method);
                case ExpressionType.AndAlso: return AndAlso(left, right, method);
                case ExpressionType.Or: return Or(left, right, method);
                case ExpressionType.OrElse: return OrElse(left, right, method);
                case ExpressionType.LessThan: return LessThan(left, right, liftToNull, method);
                case ExpressionType.LessThanOrEqual: return LessThanOrEqual(left, right, liftToNull, method);
                case ExpressionType.GreaterThan: return GreaterThan(left, right, liftToNull, method);
                case ExpressionType.GreaterThanOrEqual: return GreaterThanOrEqual(left, right, liftToNull, method);
                case ExpressionType.Equal: return Equal(left, right, liftToNull, method);
                case ExpressionType.NotEqual: return NotEqual(left, right, liftToNull, method);
                case ExpressionType.ExclusiveOr: return ExclusiveOr(left, right, method);
                case ExpressionType.Coalesce: return Coalesce(left, right, conversion);
                case ExpressionType.ArrayIndex: return ArrayIndex(left, right);
                case ExpressionType.RightShift: return RightShift(left, right, method);
                case ExpressionType.LeftShift: return LeftShift(left, right, method);
                default: throw new ArgumentException("Unhandled binary: " + binaryType, "binaryType");
            }
        }

        private static void Check(Expression left, Expression right)
        {
            if (left == null) throw new ArgumentNullException("left");
            if (right == null) throw new ArgumentNullException("right");
        }

        private static BinaryExpression Arithmetic(ExpressionType kind, string opName, Expression left, Expression right, MethodInfo method)
        {
            Check(left, right);
            if (method == null)
            {
                if (left.Type == right.Type && TypeUtils.IsArithmetic(left.Type))
                    return new BinaryExpression(kind, left, right, left.Type, null, null, false);
                method = UserDefined(kind, opName, left, right, true);
            }
            return WithMethod(kind, left, right, method, true);
        }

        private static BinaryExpression Bitwise(ExpressionType kind, string opName, Expression left, Expression right, MethodInfo method)
        {
            Check(left, right);
            if (method == null)
            {
                if (left.Type == right.Type && TypeUtils.IsIntegerOrBool(left.Type))
                    return new BinaryExpression(kind, left, right, left.Type, null, null, false);
                method = UserDefined(kind, opName, left, right, true);
            }
            return WithMethod(kind, left, right, method, true);
        }

        private static BinaryExpression Shift(ExpressionType kind, string opName, Expression left, Expression right, MethodInfo method)
        {
            Check(left, right);
            if (method == null)
            {
                if (TypeUtils.IsInteger(left.Type) && TypeUtils.GetNonNullableType(right.Type) == typeof(int))
                {
                    Type type = TypeUtils.IsNullable(right.Type) && !TypeUtils.IsNullable(left.Type) ? NullableOf(left.Type) : left.Type;
                    return new BinaryExpression(kind, left, right, type, null, null, false);
                }
                method = UserDefined(kind, opName, left, right, true);
            }
            return WithMethod(kind, left, right, method, true);
        }

        private static BinaryExpression Logical(ExpressionType kind, string opName, Expression left, Expression right, MethodInfo method)
        {
            Check(left, right);
            if (method == null)
            {
                if (left.Type == right.Type && TypeUtils.IsBool(left.Type))
                    return new BinaryExpression(kind, left, right, left.Type, null, null, false);
                method = UserDefined(kind, opName, left, right, true);
            }
            return WithMethod(kind, left, right, method, true);
        }

        private static BinaryExpression Equality(ExpressionType kind, string opName, Expression left, Expression right, bool liftToNull, MethodInfo method)
        {
            Check(left, right);
            if (method == null)
            {
                if (left.Type == right.Type && (TypeUtils.IsNumericOrBool(left.Type) || TypeUtils.GetNonNullableType(left.Type).IsEnum || left.Type == typeof(object)))
                    return new BinaryExpression(kind, left, right, ComparisonType(left.Type, liftToNull), null, null, liftToNull);
                MethodInfo user = UserDefined(kind, opName, left, right, false);
                if (user != null) return WithMethod(kind, left, right, user, liftToNull);
                if (HasBuiltInEqualityOperator(left.Type, right.Type) || IsNullComparison(left, right))
                {
                    Type type = TypeUtils.IsNullable(left.Type) && liftToNull ? typeof(bool?) : typeof(bool);
                    return new BinaryExpression(kind, left, right, type, null, null, liftToNull);
                }
                throw BinaryNotDefined(kind, left, right);
            }
            return WithMethod(kind, left, right, method, liftToNull);
        }

        // .NET's TypeUtils.HasBuiltInEqualityOperator: reference equality, or equal primitive or enum types.
        private static bool HasBuiltInEqualityOperator(Type left, Type right)
        {
            if (left.IsInterface && !right.IsValueType || right.IsInterface && !left.IsValueType) return true;
            if (!left.IsValueType && !right.IsValueType
                && (TypeUtils.AreReferenceAssignable(left, right) || TypeUtils.AreReferenceAssignable(right, left))) return true;
            if (left != right) return false;
            Type nn = TypeUtils.GetNonNullableType(left);
            return nn == typeof(bool) || TypeUtils.IsNumeric(nn) || nn.IsEnum;
        }

        // x == null or null != x of a nullable x: a test of HasValue.
        private static bool IsNullComparison(Expression left, Expression right)
        {
            return IsNullConstant(left) && !IsNullConstant(right) && TypeUtils.IsNullable(right.Type)
                || IsNullConstant(right) && !IsNullConstant(left) && TypeUtils.IsNullable(left.Type);
        }

        private static bool IsNullConstant(Expression e)
        {
            ConstantExpression c = e as ConstantExpression;
            return c != null && c.Value == null;
        }

        private static BinaryExpression Comparison(ExpressionType kind, string opName, Expression left, Expression right, bool liftToNull, MethodInfo method)
        {
            Check(left, right);
            if (method == null)
            {
                if (left.Type == right.Type && TypeUtils.IsNumeric(left.Type))
                    return new BinaryExpression(kind, left, right, ComparisonType(left.Type, liftToNull), null, null, liftToNull);
                method = UserDefined(kind, opName, left, right, true);
            }
            return WithMethod(kind, left, right, method, liftToNull);
        }

        private static Type ComparisonType(Type operand, bool liftToNull)
        {
            return TypeUtils.IsNullable(operand) && liftToNull ? typeof(bool?) : typeof(bool);
        }

        // A binary node calling method: its parameters take the operands as they are, or lifted (nullable
        // operands of non-nullable parameters, the result then nullable; comparisons stay bool unless liftToNull).
        private static BinaryExpression WithMethod(ExpressionType kind, Expression left, Expression right, MethodInfo method, bool liftToNull)
        {
            ParameterInfo[] ps = method.GetParameters();
            if (ps.Length != 2) throw new ArgumentException("Incorrect number of arguments supplied for call to method '" + method + "'", "method");
            if (!method.IsStatic) throw new ArgumentException("User-defined operator method '" + method.Name + "' must be static.", "method");
            if (Assignable(ps[0].ParameterType, left.Type) && Assignable(ps[1].ParameterType, right.Type))
                return new BinaryExpression(kind, left, right, method.ReturnType, method, null, liftToNull);
            if (TypeUtils.IsNullable(left.Type) && TypeUtils.IsNullable(right.Type)
                && Assignable(ps[0].ParameterType, TypeUtils.GetNonNullableType(left.Type))
                && Assignable(ps[1].ParameterType, TypeUtils.GetNonNullableType(right.Type))
                && method.ReturnType.IsValueType && !TypeUtils.IsNullable(method.ReturnType))
            {
                bool comparison = kind == ExpressionType.Equal || kind == ExpressionType.NotEqual || kind == ExpressionType.LessThan
                    || kind == ExpressionType.LessThanOrEqual || kind == ExpressionType.GreaterThan || kind == ExpressionType.GreaterThanOrEqual;
                Type type = comparison && method.ReturnType == typeof(bool) ? (liftToNull ? typeof(bool?) : typeof(bool)) : NullableOf(method.ReturnType);
                return new BinaryExpression(kind, left, right, type, method, null, liftToNull);
            }
            throw BinaryNotDefined(kind, left, right);
        }

        private static bool Assignable(Type parameter, Type argument)
        {
            if (parameter.IsByRef) parameter = parameter.GetElementType();
            return TypeUtils.AreReferenceAssignable(parameter, argument);
        }

        // op_Addition and the like on the left operand's type, then the right's (non-nullable forms for lifting).
        private static MethodInfo UserDefined(ExpressionType kind, string name, Expression left, Expression right, bool required)
        {
            Type l = TypeUtils.GetNonNullableType(left.Type), r = TypeUtils.GetNonNullableType(right.Type);
            Type[] types = { l, r };
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            MethodInfo m = TypeUtils.GetMethodInfo(l, name, flags, types) ?? TypeUtils.GetMethodInfo(r, name, flags, types);
            if (m == null && required) throw BinaryNotDefined(kind, left, right);
            return m;
        }

        private static Exception BinaryNotDefined(ExpressionType kind, Expression left, Expression right)
        {
            return new InvalidOperationException("The binary operator " + kind + " is not defined for the types '" + left.Type + "' and '" + right.Type + "'.");
        }

        // Nullable<T> of a value type the program compiled it for (Kiln makes no types at run time).
        internal static Type NullableOf(Type type)
        {
            if (!type.IsValueType || TypeUtils.IsNullable(type)) return type;
            return typeof(Nullable<>).MakeGenericType(type);
        }

        // unary operators

        public static UnaryExpression Negate(Expression expression) { return Negate(expression, null); }
        public static UnaryExpression Negate(Expression expression, MethodInfo method) { return Unary(ExpressionType.Negate, "op_UnaryNegation", expression, method, TypeUtils.IsArithmetic(Operand(expression).Type) && !TypeUtils.IsUnsignedInt(expression.Type)); }
        public static UnaryExpression NegateChecked(Expression expression) { return NegateChecked(expression, null); }
        public static UnaryExpression NegateChecked(Expression expression, MethodInfo method) { return Unary(ExpressionType.NegateChecked, "op_UnaryNegation", expression, method, TypeUtils.IsArithmetic(Operand(expression).Type) && !TypeUtils.IsUnsignedInt(expression.Type)); }
        public static UnaryExpression UnaryPlus(Expression expression) { return UnaryPlus(expression, null); }
        public static UnaryExpression UnaryPlus(Expression expression, MethodInfo method) { return Unary(ExpressionType.UnaryPlus, "op_UnaryPlus", expression, method, TypeUtils.IsArithmetic(Operand(expression).Type)); }
        public static UnaryExpression Not(Expression expression) { return Not(expression, null); }
        public static UnaryExpression Not(Expression expression, MethodInfo method) { return Unary(ExpressionType.Not, TypeUtils.IsBool(Operand(expression).Type) ? "op_LogicalNot" : "op_OnesComplement", expression, method, TypeUtils.IsIntegerOrBool(expression.Type)); }
        public static UnaryExpression OnesComplement(Expression expression) { return OnesComplement(expression, null); }
        public static UnaryExpression OnesComplement(Expression expression, MethodInfo method) { return Unary(ExpressionType.OnesComplement, "op_OnesComplement", expression, method, TypeUtils.IsInteger(Operand(expression).Type)); }
        public static UnaryExpression IsTrue(Expression expression) { return IsTrue(expression, null); }
        public static UnaryExpression IsTrue(Expression expression, MethodInfo method) { return Unary(ExpressionType.IsTrue, "op_True", expression, method, TypeUtils.IsBool(Operand(expression).Type)); }
        public static UnaryExpression IsFalse(Expression expression) { return IsFalse(expression, null); }
        public static UnaryExpression IsFalse(Expression expression, MethodInfo method) { return Unary(ExpressionType.IsFalse, "op_False", expression, method, TypeUtils.IsBool(Operand(expression).Type)); }

        private static Expression Operand(Expression expression)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            return expression;
        }

        private static UnaryExpression Unary(ExpressionType kind, string opName, Expression operand, MethodInfo method, bool predefined)
        {
            if (method == null)
            {
                if (predefined) return new UnaryExpression(kind, operand, operand.Type, null);
                Type t = TypeUtils.GetNonNullableType(operand.Type);
                method = TypeUtils.GetMethodInfo(t, opName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, new Type[] { t });
                if (method == null)
                    throw new InvalidOperationException("The unary operator " + kind + " is not defined for the type '" + operand.Type + "'.");
            }
            ParameterInfo[] ps = method.GetParameters();
            if (ps.Length != 1) throw new ArgumentException("Incorrect number of arguments supplied for call to method '" + method + "'", "method");
            if (Assignable(ps[0].ParameterType, operand.Type)) return new UnaryExpression(kind, operand, method.ReturnType, method);
            if (TypeUtils.IsNullable(operand.Type) && Assignable(ps[0].ParameterType, TypeUtils.GetNonNullableType(operand.Type)))
                return new UnaryExpression(kind, operand, NullableOf(method.ReturnType), method);
            throw new InvalidOperationException("The unary operator " + kind + " is not defined for the type '" + operand.Type + "'.");
        }

        public static UnaryExpression Convert(Expression expression, Type type) { return Convert(expression, type, null); }
        public static UnaryExpression Convert(Expression expression, Type type, MethodInfo method) { return Conversion(ExpressionType.Convert, expression, type, method); }
        public static UnaryExpression ConvertChecked(Expression expression, Type type) { return ConvertChecked(expression, type, null); }
        public static UnaryExpression ConvertChecked(Expression expression, Type type, MethodInfo method) { return Conversion(ExpressionType.ConvertChecked, expression, type, method); }

        private static UnaryExpression Conversion(ExpressionType kind, Expression expression, Type type, MethodInfo method)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            if (type == null) throw new ArgumentNullException("type");
            if (method == null)
            {
                if (TypeUtils.HasIdentityPrimitiveOrNullableConversion(expression.Type, type) || TypeUtils.HasReferenceConversion(expression.Type, type))
                    return new UnaryExpression(kind, expression, type, null);
                method = UserConversion(expression.Type, type);
                if (method == null)
                    throw new InvalidOperationException("No coercion operator is defined between types '" + expression.Type + "' and '" + type + "'.");
            }
            ParameterInfo[] ps = method.GetParameters();
            if (ps.Length != 1) throw new ArgumentException("Incorrect number of arguments supplied for call to method '" + method + "'", "method");
            return new UnaryExpression(kind, expression, type, method);
        }

        private static MethodInfo UserConversion(Type source, Type dest)
        {
            Type s = TypeUtils.GetNonNullableType(source), d = TypeUtils.GetNonNullableType(dest);
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            foreach (Type owner in new Type[] { s, d })
            {
                foreach (MethodInfo m in owner.GetMethods(flags))
                {
                    if ((m.Name == "op_Implicit" || m.Name == "op_Explicit") && m.ReturnType == d && m.GetParameters().Length == 1
                        && m.GetParameters()[0].ParameterType == s)
                        return m;
                }
            }
            return null;
        }

        public static UnaryExpression ArrayLength(Expression array)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (!array.Type.IsArray || TypeUtils.ArrayRank(array.Type) != 1) throw new ArgumentException("Argument must be single-dimensional, zero-based array type", "array");
            return new UnaryExpression(ExpressionType.ArrayLength, array, typeof(int), null);
        }

        public static UnaryExpression Quote(Expression expression)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            if (!(expression is LambdaExpression)) throw new ArgumentException("Quoted expression must be a lambda", "expression");
            return new UnaryExpression(ExpressionType.Quote, expression, expression.GetType(), null);
        }

        public static UnaryExpression TypeAs(Expression expression, Type type)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            if (type == null) throw new ArgumentNullException("type");
            if (type.IsValueType && !TypeUtils.IsNullable(type))
                throw new ArgumentException("The type used in TypeAs Expression must be of reference or nullable type, " + type + " is neither");
            return new UnaryExpression(ExpressionType.TypeAs, expression, type, null);
        }

        public static UnaryExpression Unbox(Expression expression, Type type)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            if (type == null) throw new ArgumentNullException("type");
            return new UnaryExpression(ExpressionType.Unbox, expression, type, null);
        }

        public static UnaryExpression MakeUnary(ExpressionType unaryType, Expression operand, Type type) { return MakeUnary(unaryType, operand, type, null); }

        public static UnaryExpression MakeUnary(ExpressionType unaryType, Expression operand, Type type, MethodInfo method)
        {
            switch (unaryType)
            {
                case ExpressionType.Negate: return Negate(operand, method);
                case ExpressionType.NegateChecked: return NegateChecked(operand, method);
                case ExpressionType.Not: return Not(operand, method);
                case ExpressionType.IsFalse: return IsFalse(operand, method);
                case ExpressionType.IsTrue: return IsTrue(operand, method);
                case ExpressionType.OnesComplement: return OnesComplement(operand, method);
                case ExpressionType.ArrayLength: return ArrayLength(operand);
                case ExpressionType.Convert: return Convert(operand, type, method);
                case ExpressionType.ConvertChecked: return ConvertChecked(operand, type, method);
                case ExpressionType.TypeAs: return TypeAs(operand, type);
                case ExpressionType.Quote: return Quote(operand);
                case ExpressionType.UnaryPlus: return UnaryPlus(operand, method);
                case ExpressionType.Unbox: return Unbox(operand, type);
                default: throw new ArgumentException("Unhandled unary: " + unaryType, "unaryType");
            }
        }

        public static TypeBinaryExpression TypeIs(Expression expression, Type type)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            if (type == null) throw new ArgumentNullException("type");
            return new TypeBinaryExpression(ExpressionType.TypeIs, expression, type);
        }

        public static TypeBinaryExpression TypeEqual(Expression expression, Type type)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            if (type == null) throw new ArgumentNullException("type");
            return new TypeBinaryExpression(ExpressionType.TypeEqual, expression, type);
        }
    }
}

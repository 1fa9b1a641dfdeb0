using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Microsoft.CSharp.RuntimeBinder
{
    // What every C# binder shares: the flags, the type whose code holds the call site (what it may access) and the
    // arguments' infos, and the type each argument binds as.
    internal abstract class DynamicBinder : CallSiteBinder
    {
        protected const BindingFlags AllMembers = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
            | BindingFlags.Static | BindingFlags.DeclaredOnly;

        internal readonly CSharpBinderFlags Flags;
        internal readonly Type Context;
        internal readonly CSharpArgumentInfo[] Infos;

        protected DynamicBinder(CSharpBinderFlags flags, Type context, IEnumerable<CSharpArgumentInfo> infos)
        {
            Flags = flags;
            Context = context;
            Infos = infos == null ? new CSharpArgumentInfo[0] : new List<CSharpArgumentInfo>(infos).ToArray();
        }

        protected bool Has(CSharpBinderFlags flag) { return (Flags & flag) != 0; }

        protected bool IsStaticType(int argument)
        {
            return argument < Infos.Length && Infos[argument].Has(CSharpArgumentInfoFlags.IsStaticType);
        }

        // The type an argument binds as: its runtime type, unless the compiler's type is to be used (an argument that
        // is not dynamic, a constant) or the value is null; null is the null type (NullType) for dynamic and object.
        protected Type[] ArgumentTypes(object[] arguments, Type[] staticTypes)
        {
            Type[] types = new Type[arguments.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                bool compileTime = i < Infos.Length && (Infos[i].Has(CSharpArgumentInfoFlags.UseCompileTimeType)
                    || Infos[i].Has(CSharpArgumentInfoFlags.Constant));
                Type s = i < staticTypes.Length ? staticTypes[i] : typeof(object);
                // (the null literal is a constant typed object: it stays the null type)
                if (arguments[i] == null) types[i] = compileTime && s != typeof(object) ? s : NullType;
                else types[i] = compileTime ? s : arguments[i].GetType();
            }
            return types;
        }

        // An argument converted implicitly to a parameter type (a constant also by C#'s constant conversions, a
        // compound assignment's value explicitly).
        protected object ConvertArgument(object value, Type type, int argument, Type to)
        {
            bool constant = argument < Infos.Length && Infos[argument].Has(CSharpArgumentInfoFlags.Constant);
            // the result of a compound assignment (b += 5 on a byte) converts back explicitly, as C# does when the
            // operator's result type differs from the variable's
            if (Has(CSharpBinderFlags.ValueFromCompoundAssignment) && Conversions.IsExplicitNumeric(type, to))
                return Conversions.Convert(value, type, to, true, Has(CSharpBinderFlags.CheckedContext));
            if (constant && !Conversions.IsImplicit(type, to) && Conversions.IsConstantImplicit(value, to))
                return Conversions.Convert(value, type, to, true, false);
            return Conversions.Convert(value, type, to, false, false);
        }

        // Which of count arguments from the first the compiler marked constant.
        protected bool[] ConstantFlags(int first, int count)
        {
            bool[] constant = new bool[count];
            for (int i = 0; i < count; i++)
                constant[i] = first + i < Infos.Length && Infos[first + i].Has(CSharpArgumentInfoFlags.Constant);
            return constant;
        }

        // count items of an operation's arguments from the first (the receiver is argument 0).
        protected static T[] Slice<T>(T[] items, int first, int count)
        {
            T[] slice = new T[count];
            Array.Copy(items, first, slice, 0, count);
            return slice;
        }

        // The type of the null literal: converts to every reference and nullable type.
        internal static readonly Type NullType = null;

        // A receiver must not be null: what .NET's binder says of a member access on null.
        protected static void CheckReceiver(object receiver)
        {
            if (receiver == null) throw new RuntimeBinderException("Cannot perform runtime binding on a null reference");
        }

        internal static object Invoke(MethodBase method, object target, object[] arguments)
        {
            return method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, null);
        }

        internal static RuntimeBinderException NoDefinition(Type type, string name)
        {
            return new RuntimeBinderException("'" + CSharpNames.Of(type) + "' does not contain a definition for '" + name + "'");
        }

        internal static RuntimeBinderException Inaccessible(MemberInfo member)
        {
            return new RuntimeBinderException("'" + CSharpNames.Of(member.DeclaringType) + "." + member.Name + "' is inaccessible due to its protection level");
        }
    }

    // Type names as the C# compiler writes them in its messages: keywords for the built-in types, dots for nesting,
    // angle brackets for generic arguments.
    internal static class CSharpNames
    {
        internal static string Of(Type type)
        {
            if (type == null) return "<null>";
            if (type.IsArray) return Of(type.GetElementType()) + "[]";
            // an enum has its underlying type's type code but keeps its own name
            if (!type.IsEnum)
            {
                switch (Type.GetTypeCode(type))
                {
                    case TypeCode.Boolean: return "bool";
                    case TypeCode.Char: return "char";
                    case TypeCode.SByte: return "sbyte";
                    case TypeCode.Byte: return "byte";
                    case TypeCode.Int16: return "short";
                    case TypeCode.UInt16: return "ushort";
                    case TypeCode.Int32: return "int";
                    case TypeCode.UInt32: return "uint";
                    case TypeCode.Int64: return "long";
                    case TypeCode.UInt64: return "ulong";
                    case TypeCode.Single: return "float";
                    case TypeCode.Double: return "double";
                    case TypeCode.Decimal: return "decimal";
                    case TypeCode.String: return "string";
                }
            }
            if (type == typeof(object)) return "object";
            string name = type.Name;
            int tick = name.IndexOf('`');
            if (tick >= 0) name = name.Substring(0, tick);
            if (type.IsGenericType)
            {
                Type underlying = Nullable.GetUnderlyingType(type);
                if (underlying != null) return Of(underlying) + "?";
                Type[] args = type.GetGenericArguments();
                string[] names = new string[args.Length];
                for (int i = 0; i < args.Length; i++) names[i] = Of(args[i]);
                name += "<" + string.Join(", ", names) + ">";
            }
            if (type.IsNested) return Of(type.DeclaringType) + "." + name;
            return string.IsNullOrEmpty(type.Namespace) ? name : type.Namespace + "." + name;
        }

        // A method as C# names it in "best overloaded method match" messages: Type.Name(parameter types).
        internal static string Of(MethodBase method)
        {
            ParameterInfo[] ps = method.GetParameters();
            string[] names = new string[ps.Length];
            for (int i = 0; i < ps.Length; i++)
            {
                Type t = ps[i].ParameterType;
                names[i] = t.IsByRef ? (ps[i].IsOut ? "out " : "ref ") + Of(t.GetElementType()) : Of(t);
            }
            string name = method.IsConstructor ? method.DeclaringType.Name : method.Name;
            return Of(method.DeclaringType) + "." + name + "(" + string.Join(", ", names) + ")";
        }
    }

    // Whether code in the call site's type (the context) may use a member: C#'s accessibility of the member's own
    // modifier (the types around it are taken as accessible).
    internal static class MemberAccess
    {
        internal static bool IsAccessible(MemberInfo member, Type context)
        {
            int access;
            if (member is MethodBase) access = (int)(((MethodBase)member).Attributes & MethodAttributes.MemberAccessMask);
            else if (member is FieldInfo) access = (int)(((FieldInfo)member).Attributes & FieldAttributes.FieldAccessMask);
            else return true;
            Type declaring = member.DeclaringType;
            switch (access)
            {
                case 6: return true; // public
                case 1: return Within(context, declaring); // private
                case 3: return SameAssembly(context, declaring); // internal
                case 4: return DerivesOrWithin(context, declaring); // protected
                case 5: return SameAssembly(context, declaring) || DerivesOrWithin(context, declaring);
                case 2: return SameAssembly(context, declaring) && DerivesOrWithin(context, declaring);
                default: return false;
            }
        }

        // The context is the declaring type or nested in it (private access).
        private static bool Within(Type context, Type declaring)
        {
            for (Type t = context; t != null; t = t.IsNested ? t.DeclaringType : null)
            {
                if (Same(t, declaring)) return true;
            }
            return false;
        }

        private static bool DerivesOrWithin(Type context, Type declaring)
        {
            for (Type t = context; t != null; t = t.IsNested ? t.DeclaringType : null)
            {
                for (Type b = t; b != null; b = b.BaseType)
                {
                    if (Same(b, declaring)) return true;
                }
            }
            return false;
        }

        private static bool Same(Type a, Type b)
        {
            if (a == b) return true;
            return a.IsGenericType && b.IsGenericType && a.GetGenericTypeDefinition() == b.GetGenericTypeDefinition();
        }

        private static bool SameAssembly(Type context, Type declaring)
        {
            return context != null && context.Assembly == declaring.Assembly;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Microsoft.CSharp.RuntimeBinder
{
    // The factories the C# compiler calls to create the binder of each dynamic operation (one per call site).
    public static class Binder
    {
        public static CallSiteBinder BinaryOperation(CSharpBinderFlags flags, ExpressionType operation, Type context, IEnumerable<CSharpArgumentInfo> argumentInfo)
        {
            return new OperatorBinder(flags, operation, context, argumentInfo, true);
        }

        public static CallSiteBinder UnaryOperation(CSharpBinderFlags flags, ExpressionType operation, Type context, IEnumerable<CSharpArgumentInfo> argumentInfo)
        {
            return new OperatorBinder(flags, operation, context, argumentInfo, false);
        }

        public static CallSiteBinder Convert(CSharpBinderFlags flags, Type type, Type context)
        {
            return new ConvertBinder(flags, type, context);
        }

        public static CallSiteBinder GetMember(CSharpBinderFlags flags, string name, Type context, IEnumerable<CSharpArgumentInfo> argumentInfo)
        {
            return new MemberBinder(flags, MemberBinder.Operation.Get, name, context, argumentInfo);
        }

        public static CallSiteBinder SetMember(CSharpBinderFlags flags, string name, Type context, IEnumerable<CSharpArgumentInfo> argumentInfo)
        {
            return new MemberBinder(flags, MemberBinder.Operation.Set, name, context, argumentInfo);
        }

        public static CallSiteBinder IsEvent(CSharpBinderFlags flags, string name, Type context)
        {
            return new MemberBinder(flags, MemberBinder.Operation.IsEvent, name, context, null);
        }

        public static CallSiteBinder InvokeMember(CSharpBinderFlags flags, string name, IEnumerable<Type> typeArguments, Type context, IEnumerable<CSharpArgumentInfo> argumentInfo)
        {
            return new InvokeMemberBinder(flags, name, typeArguments, context, argumentInfo);
        }

        public static CallSiteBinder Invoke(CSharpBinderFlags flags, Type context, IEnumerable<CSharpArgumentInfo> argumentInfo)
        {
            return new InvokeBinder(flags, context, argumentInfo, false);
        }

        public static CallSiteBinder InvokeConstructor(CSharpBinderFlags flags, Type context, IEnumerable<CSharpArgumentInfo> argumentInfo)
        {
            return new InvokeBinder(flags, context, argumentInfo, true);
        }

        public static CallSiteBinder GetIndex(CSharpBinderFlags flags, Type context, IEnumerable<CSharpArgumentInfo> argumentInfo)
        {
            return new IndexBinder(flags, context, argumentInfo, false);
        }

        public static CallSiteBinder SetIndex(CSharpBinderFlags flags, Type context, IEnumerable<CSharpArgumentInfo> argumentInfo)
        {
            return new IndexBinder(flags, context, argumentInfo, true);
        }
    }

    [Flags]
    public enum CSharpBinderFlags
    {
        None = 0,
        CheckedContext = 1,
        InvokeSimpleName = 2,
        InvokeSpecialName = 4,
        BinaryOperationLogical = 8,
        ConvertExplicit = 16,
        ConvertArrayIndex = 32,
        ResultIndexed = 64,
        ValueFromCompoundAssignment = 128,
        ResultDiscarded = 256,
    }

    [Flags]
    public enum CSharpArgumentInfoFlags
    {
        None = 0,
        UseCompileTimeType = 1,
        Constant = 2,
        NamedArgument = 4,
        IsRef = 8,
        IsOut = 16,
        IsStaticType = 32,
    }

    // What the compiler knew of one argument of a dynamic operation.
    public sealed class CSharpArgumentInfo
    {
        internal readonly CSharpArgumentInfoFlags Flags;
        internal readonly string Name;

        private CSharpArgumentInfo(CSharpArgumentInfoFlags flags, string name)
        {
            Flags = flags;
            Name = name;
        }

        public static CSharpArgumentInfo Create(CSharpArgumentInfoFlags flags, string name)
        {
            return new CSharpArgumentInfo(flags, name);
        }

        internal bool Has(CSharpArgumentInfoFlags flag) { return (Flags & flag) != 0; }
    }

    // A dynamic operation that does not bind: the message is the C# compiler's error for the same code.
    public class RuntimeBinderException : Exception
    {
        public RuntimeBinderException() { }
        public RuntimeBinderException(string message) : base(message) { }
        public RuntimeBinderException(string message, Exception innerException) : base(message, innerException) { }
    }

    public class RuntimeBinderInternalCompilerException : Exception
    {
        public RuntimeBinderInternalCompilerException() { }
        public RuntimeBinderInternalCompilerException(string message) : base(message) { }
        public RuntimeBinderInternalCompilerException(string message, Exception innerException) : base(message, innerException) { }
    }
}

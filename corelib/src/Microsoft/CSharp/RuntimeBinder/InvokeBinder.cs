using System;
using System.Collections.Generic;
using System.Reflection;

namespace Microsoft.CSharp.RuntimeBinder
{
    // d(args), a delegate invoked with its Invoke's parameters, and new T(d), a constructor chosen by overload
    // resolution (the first argument is the type).
    internal sealed class InvokeBinder : DynamicBinder
    {
        private readonly bool _constructor;

        internal InvokeBinder(CSharpBinderFlags flags, Type context, IEnumerable<CSharpArgumentInfo> infos, bool constructor)
            : base(flags, context, infos)
        {
            _constructor = constructor;
        }

        internal override object BindAndRun(object[] arguments, Type[] staticTypes, Type resultType)
        {
            Type[] all = ArgumentTypes(arguments, staticTypes);
            object[] values = Slice(arguments, 1, arguments.Length - 1);
            Type[] types = Slice(all, 1, all.Length - 1);
            if (!_constructor)
            {
                CheckReceiver(arguments[0]);
                return InvokeDelegate(arguments[0], values, types);
            }
            Type type = (Type)arguments[0];
            List<MethodBase> candidates = new List<MethodBase>();
            foreach (ConstructorInfo c in type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            {
                if (MemberAccess.IsAccessible(c, Context)) candidates.Add(c);
            }
            OverloadResolution resolution = new OverloadResolution(types);
            string failure;
            MethodBase constructor = resolution.Select(candidates, type.Name, out failure);
            if (constructor == null)
            {
                if (candidates.Count == 0) throw new RuntimeBinderException("'" + CSharpNames.Of(type) + "' does not contain a constructor that takes '" + types.Length + "' arguments");
                throw new RuntimeBinderException(failure);
            }
            return ((ConstructorInfo)constructor).Invoke(BindingFlags.DoNotWrapExceptions, null, resolution.Arguments(values), null);
        }

        // callee invoked as a delegate with the arguments converted to its Invoke's parameters.
        internal static object InvokeDelegate(object callee, object[] values, Type[] types)
        {
            Delegate d = callee as Delegate;
            if (d == null) throw new RuntimeBinderException("Cannot invoke a non-delegate type");
            MethodInfo invoke = d.GetType().GetMethod("Invoke");
            List<MethodBase> one = new List<MethodBase>();
            one.Add(invoke);
            OverloadResolution resolution = new OverloadResolution(types);
            string failure;
            if (resolution.Select(one, "Invoke", out failure) == null)
            {
                throw new RuntimeBinderException(failure.Replace("'" + CSharpNames.Of(invoke) + "'", "'" + CSharpNames.Of(d.GetType()) + "'")
                    .Replace("method 'Invoke'", "delegate '" + CSharpNames.Of(d.GetType()) + "'"));
            }
            return System.Linq.Expressions.Interpreter.Interpreter.InvokeDelegate(d, resolution.Arguments(values));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Reflection;

namespace Microsoft.CSharp.RuntimeBinder
{
    // d[i] and d[i] = value: an array's element (indexes converted to int), or an indexer of the receiver's runtime
    // type (properties with index parameters) chosen by overload resolution.
    internal sealed class IndexBinder : DynamicBinder
    {
        private readonly bool _set;

        internal IndexBinder(CSharpBinderFlags flags, Type context, IEnumerable<CSharpArgumentInfo> infos, bool set)
            : base(flags, context, infos)
        {
            _set = set;
        }

        internal override object BindAndRun(object[] arguments, Type[] staticTypes, Type resultType)
        {
            object receiver = arguments[0];
            CheckReceiver(receiver);
            Type[] all = ArgumentTypes(arguments, staticTypes);
            int count = arguments.Length - 1 - (_set ? 1 : 0);
            object[] indexes = Slice(arguments, 1, count);
            Type[] indexTypes = Slice(all, 1, count);
            object value = _set ? arguments[arguments.Length - 1] : null;
            Type valueType = _set ? all[all.Length - 1] : null;
            Type type = receiver.GetType();
            if (type.IsArray)
            {
                Array array = (Array)receiver;
                int[] at = new int[count];
                for (int i = 0; i < count; i++) at[i] = ArrayIndex(indexes[i], indexTypes[i]);
                if (!_set) return array.GetValue(at);
                array.SetValue(ConvertArgument(value, valueType, arguments.Length - 1, type.GetElementType()), at);
                return value;
            }
            List<MethodBase> accessors = new List<MethodBase>();
            for (Type t = type; t != null && accessors.Count == 0; t = t.BaseType)
            {
                foreach (PropertyInfo p in t.GetProperties(AllMembers))
                {
                    if (p.GetIndexParameters().Length == 0) continue;
                    MethodInfo accessor = _set ? p.GetSetMethod(true) : p.GetGetMethod(true);
                    if (accessor != null && !accessor.IsStatic && MemberAccess.IsAccessible(accessor, Context)) accessors.Add(accessor);
                }
            }
            if (accessors.Count == 0)
                throw new RuntimeBinderException("Cannot apply indexing with [] to an expression of type '" + CSharpNames.Of(type) + "'");
            Type[] types = _set ? Append(indexTypes, valueType) : indexTypes;
            object[] values = _set ? Append(indexes, value) : indexes;
            OverloadResolution resolution = new OverloadResolution(types).WithConstants(ConstantFlags(1, values.Length), values);
            string failure;
            MethodBase method = resolution.Select(accessors, "this", out failure);
            if (method == null) throw new RuntimeBinderException(failure);
            object result = Invoke(method, receiver, resolution.Arguments(values));
            return _set ? value : result;
        }

        // An array index is an int, uint, long or ulong (C#'s array access); Kiln's arrays are indexed by int.
        private static int ArrayIndex(object index, Type type)
        {
            if (type != null && !Conversions.IsImplicit(type, typeof(int))
                && (Conversions.IsImplicit(type, typeof(long)) || Conversions.IsImplicit(type, typeof(ulong))))
                return (int)Conversions.Convert(index, type, typeof(int), true, true);
            return (int)Conversions.Convert(index, type, typeof(int), false, false);
        }

        private static T[] Append<T>(T[] items, T last)
        {
            T[] all = new T[items.Length + 1];
            Array.Copy(items, all, items.Length);
            all[items.Length] = last;
            return all;
        }
    }
}

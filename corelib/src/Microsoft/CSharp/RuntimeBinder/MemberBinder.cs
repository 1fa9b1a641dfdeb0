using System;
using System.Collections.Generic;
using System.Reflection;

namespace Microsoft.CSharp.RuntimeBinder
{
    // d.Name, d.Name = value, and the compiler's question before d.Name += value (is Name an event?): a field or
    // property found on the receiver's runtime type (a static one when the receiver is a type name), the most
    // derived first, accessible from the call site's type.
    internal sealed class MemberBinder : DynamicBinder
    {
        internal enum Operation { Get, Set, IsEvent }

        private readonly Operation _operation;
        private readonly string _name;

        internal MemberBinder(CSharpBinderFlags flags, Operation operation, string name, Type context, IEnumerable<CSharpArgumentInfo> infos)
            : base(flags, context, infos)
        {
            _operation = operation;
            _name = name;
        }

        internal override object BindAndRun(object[] arguments, Type[] staticTypes, Type resultType)
        {
            object receiver = arguments[0];
            if (_operation == Operation.IsEvent)
            {
                return receiver != null && receiver.GetType().GetEvent(_name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static) != null;
            }
            bool isStatic = IsStaticType(0);
            if (!isStatic) CheckReceiver(receiver);
            Type type = isStatic ? (Type)receiver : receiver.GetType();
            object target = isStatic ? null : receiver;
            if (type.IsArray && _operation == Operation.Get && !isStatic)
            {
                Array array = (Array)receiver;
                if (_name == "Length") return array.Length;
                if (_name == "LongLength") return (long)array.Length;
                if (_name == "Rank") return array.Rank;
            }
            MemberInfo member = Find(type, _name, isStatic, Context);
            if (member == null) throw NoDefinition(type, _name);
            FieldInfo field = member as FieldInfo;
            PropertyInfo property = member as PropertyInfo;
            if (_operation == Operation.Get)
            {
                if (field != null) return field.GetValue(target);
                MethodInfo getter = property.GetGetMethod(true);
                if (getter == null || !MemberAccess.IsAccessible(getter, Context))
                    throw new RuntimeBinderException("The property or indexer '" + CSharpNames.Of(property.DeclaringType) + "." + _name
                        + "' cannot be used in this context because " + (getter == null ? "it lacks the get accessor" : "the get accessor is inaccessible"));
                return Invoke(getter, target, new object[0]);
            }
            Type[] types = ArgumentTypes(arguments, staticTypes);
            if (field != null)
            {
                if (field.IsInitOnly || field.IsLiteral)
                    throw new RuntimeBinderException("A readonly field cannot be assigned to (except in a constructor or a variable initializer)");
                object value = ConvertArgument(arguments[1], types[1], 1, field.FieldType);
                field.SetValue(target, value);
                return arguments[1];
            }
            MethodInfo setter = property.GetSetMethod(true);
            if (setter == null || !MemberAccess.IsAccessible(setter, Context))
                throw new RuntimeBinderException("Property or indexer '" + CSharpNames.Of(property.DeclaringType) + "." + _name
                    + "' cannot be assigned to -- it is read only");
            Invoke(setter, target, new object[] { ConvertArgument(arguments[1], types[1], 1, property.PropertyType) });
            return arguments[1];
        }

        // The accessible field or property of that name, of type or its nearest base that declares one; throws when
        // the nearest one is not accessible.
        internal static MemberInfo Find(Type type, string name, bool isStatic, Type context)
        {
            MemberInfo inaccessible = null;
            for (Type t = type; t != null; t = t.BaseType)
            {
                FieldInfo f = t.GetField(name, AllMembers);
                if (f != null && f.IsStatic == isStatic)
                {
                    if (MemberAccess.IsAccessible(f, context)) return f;
                    inaccessible = inaccessible ?? f;
                }
                PropertyInfo p = Property(t, name);
                if (p != null)
                {
                    MethodInfo accessor = p.GetGetMethod(true) ?? p.GetSetMethod(true);
                    if (accessor.IsStatic == isStatic)
                    {
                        if (AnyAccessible(p, context)) return p;
                        inaccessible = inaccessible ?? p;
                    }
                }
            }
            if (inaccessible != null) throw Inaccessible(inaccessible);
            return null;
        }

        private static PropertyInfo Property(Type t, string name)
        {
            foreach (PropertyInfo p in t.GetProperties(AllMembers))
            {
                if (p.Name == name && p.GetIndexParameters().Length == 0) return p;
            }
            return null;
        }

        private static bool AnyAccessible(PropertyInfo p, Type context)
        {
            MethodInfo get = p.GetGetMethod(true), set = p.GetSetMethod(true);
            return get != null && MemberAccess.IsAccessible(get, context) || set != null && MemberAccess.IsAccessible(set, context);
        }
    }
}

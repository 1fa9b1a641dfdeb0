using System.Collections.Generic;

namespace System.Reflection
{
    // BindingFlags filtering over the declared members of a type and its bases, as .NET's RuntimeType does:
    // declared members first, then each base type's; a base's private members never, its static ones only with
    // FlattenHierarchy; a method hidden by one with the same name and parameters in a derived type once.
    internal static unsafe class MemberLookup
    {
        internal static MethodInfo[] Methods(RuntimeType type, BindingFlags flags)
        {
            List<MethodInfo> found = new List<MethodInfo>();
            foreach (RuntimeType t in Hierarchy(type, flags))
            {
                MethodBase[] declared = RuntimeReflection.Info(t).Methods;
                for (int i = 0; i < declared.Length; i++)
                {
                    RuntimeMethodInfo m = declared[i] as RuntimeMethodInfo;
                    if (m == null || !Matches(flags, m.IsPublic, m.IsPrivate, m.IsStatic, t != type) || Hidden(found, m)) continue;
                    found.Add(m);
                }
            }
            return found.ToArray();
        }

        internal static ConstructorInfo[] Constructors(RuntimeType type, BindingFlags flags)
        {
            List<ConstructorInfo> found = new List<ConstructorInfo>();
            MethodBase[] declared = RuntimeReflection.Info(type).Methods;
            for (int i = 0; i < declared.Length; i++)
            {
                ConstructorInfo c = declared[i] as ConstructorInfo;
                if (c != null && Matches(flags, c.IsPublic, c.IsPrivate, c.IsStatic, false)) found.Add(c);
            }
            return found.ToArray();
        }

        internal static FieldInfo[] Fields(RuntimeType type, BindingFlags flags)
        {
            List<FieldInfo> found = new List<FieldInfo>();
            foreach (RuntimeType t in Hierarchy(type, flags))
            {
                FieldInfo[] declared = RuntimeReflection.Info(t).Fields;
                for (int i = 0; i < declared.Length; i++)
                {
                    FieldInfo f = declared[i];
                    if (Matches(flags, f.IsPublic, f.IsPrivate, f.IsStatic, t != type)) found.Add(f);
                }
            }
            return found.ToArray();
        }

        internal static PropertyInfo[] Properties(RuntimeType type, BindingFlags flags)
        {
            List<PropertyInfo> found = new List<PropertyInfo>();
            foreach (RuntimeType t in Hierarchy(type, flags))
            {
                PropertyInfo[] declared = RuntimeReflection.Info(t).Properties;
                for (int i = 0; i < declared.Length; i++)
                {
                    RuntimePropertyInfo p = (RuntimePropertyInfo)declared[i];
                    MethodInfo accessor = p._getter ?? p._setter;
                    bool isPrivate = accessor != null && accessor.IsPrivate && (p._setter == null || p._setter.IsPrivate);
                    if (accessor == null || !Matches(flags, p.IsPublicProperty, isPrivate, p.IsStaticProperty, t != type)) continue;
                    if (t != type && HasName(found, p.Name)) continue;
                    found.Add(p);
                }
            }
            return found.ToArray();
        }

        internal static EventInfo[] Events(RuntimeType type, BindingFlags flags)
        {
            List<EventInfo> found = new List<EventInfo>();
            foreach (RuntimeType t in Hierarchy(type, flags))
            {
                EventInfo[] declared = RuntimeReflection.Info(t).Events;
                for (int i = 0; i < declared.Length; i++)
                {
                    RuntimeEventInfo e = (RuntimeEventInfo)declared[i];
                    bool isPrivate = e._add != null && e._add.IsPrivate;
                    if (!Matches(flags, e.IsPublicEvent, isPrivate, e.IsStaticEvent, t != type)) continue;
                    if (t != type && HasName(found, e.Name)) continue;
                    found.Add(e);
                }
            }
            return found.ToArray();
        }

        // The type, then its bases unless DeclaredOnly (interfaces have no inherited members in reflection). The
        // open base of a generic definition (Base<T> of Derived<T>) lends the members of its definition, in terms of
        // that definition's own type parameters.
        private static List<RuntimeType> Hierarchy(RuntimeType type, BindingFlags flags)
        {
            List<RuntimeType> list = new List<RuntimeType>();
            for (Type t = type; t != null; t = t.BaseType)
            {
                if (t is OpenGenericType) t = t.GetGenericTypeDefinition();
                list.Add((RuntimeType)t);
                if ((flags & BindingFlags.DeclaredOnly) != 0 || type.IsInterface) break;
            }
            return list;
        }

        private static bool Matches(BindingFlags flags, bool isPublic, bool isPrivate, bool isStatic, bool inherited)
        {
            if (inherited && (isPrivate || (isStatic && (flags & BindingFlags.FlattenHierarchy) == 0))) return false;
            if ((flags & (isPublic ? BindingFlags.Public : BindingFlags.NonPublic)) == 0) return false;
            return (flags & (isStatic ? BindingFlags.Static : BindingFlags.Instance)) != 0;
        }

        // A base type's method is left out when a derived one overrides it (takes its vtable slot, as .NET's type
        // cache filters them): a virtual method of the same name and signature that is not a new slot. One that
        // only hides it (C#'s new, non-virtual or newslot) leaves it listed, as in .NET and Mono.
        private static bool Hidden(List<MethodInfo> found, RuntimeMethodInfo m)
        {
            if (!m.IsVirtual) return false;
            for (int i = 0; i < found.Count; i++)
            {
                RuntimeMethodInfo other = (RuntimeMethodInfo)found[i];
                if (!other.IsVirtual || (other.Attributes & MethodAttributes.NewSlot) != 0) continue;
                if (other.Name == m.Name && Invoker.SameSignature(other._record, m._record)) return true;
            }
            return false;
        }

        private static bool HasName<T>(List<T> found, string name) where T : MemberInfo
        {
            for (int i = 0; i < found.Count; i++)
            {
                if (found[i].Name == name) return true;
            }
            return false;
        }

        internal static T[] Named<T>(T[] members, string name, BindingFlags flags) where T : MemberInfo
        {
            bool ignoreCase = (flags & BindingFlags.IgnoreCase) != 0;
            List<T> list = new List<T>();
            for (int i = 0; i < members.Length; i++)
            {
                if (string.Equals(members[i].Name, name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) list.Add(members[i]);
            }
            return list.ToArray();
        }

        internal static bool ParametersAre(MethodBase method, Type[] types)
        {
            ParameterInfo[] parameters = method.GetParameters();
            if (parameters.Length != types.Length) return false;
            for (int i = 0; i < types.Length; i++)
            {
                if (types[i] == null) throw new ArgumentNullException("types");
                if (parameters[i].ParameterType != types[i]) return false;
            }
            return true;
        }

        internal static bool SameParameters(MethodBase a, MethodBase b)
        {
            RuntimeMethodInfo ra = a as RuntimeMethodInfo, rb = b as RuntimeMethodInfo;
            return ra != null && rb != null && Invoker.SameSignature(ra._record, rb._record);
        }

        // Whether args can be passed to method (Activator.CreateInstance's constructor choice).
        internal static bool Accepts(MethodBase method, object[] args)
        {
            ParameterInfo[] parameters = method.GetParameters();
            if (parameters.Length != args.Length) return false;
            for (int i = 0; i < args.Length; i++)
            {
                Type type = parameters[i].ParameterType;
                if (args[i] == null ? type.IsValueType : !type.IsInstanceOfType(args[i])) return false;
            }
            return true;
        }
    }
}

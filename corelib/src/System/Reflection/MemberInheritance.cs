namespace System.Reflection
{
    // The member a member overrides, as .NET's GetParentDefinition finds it for GetCustomAttributes(inherit: true): a
    // virtual method's parent is the method of its base type's slot (none for a newslot method, nor an interface's);
    // a property's or event's, the one of that name where its accessor's parent is declared; a parameter's, the
    // parameter at its position of the parent method.
    internal static class MemberInheritance
    {
        private const int VirtualAttribute = 64, NewSlotAttribute = 256;

        internal static MemberInfo Parent(MemberInfo member)
        {
            RuntimeMethodInfo method = member as RuntimeMethodInfo;
            if (method != null) return ParentMethod(method);
            RuntimePropertyInfo property = member as RuntimePropertyInfo;
            if (property != null)
            {
                RuntimeMethodInfo parent = ParentMethod((RuntimeMethodInfo)(property._getter ?? property._setter));
                return parent == null ? null : Named(RuntimeReflection.Info(parent._declaring).Properties, property.Name);
            }
            RuntimeEventInfo e = member as RuntimeEventInfo;
            if (e != null)
            {
                RuntimeMethodInfo parent = ParentMethod((RuntimeMethodInfo)e._add);
                return parent == null ? null : Named(RuntimeReflection.Info(parent._declaring).Events, e.Name);
            }
            return null;
        }

        internal static ParameterInfo Parent(ParameterInfo parameter)
        {
            RuntimeMethodInfo parent = ParentMethod(parameter.Member as RuntimeMethodInfo);
            if (parent == null) return null;
            ParameterInfo[] parameters = parent.GetParameters();
            return parameter.Position >= 0 && parameter.Position < parameters.Length ? parameters[parameter.Position] : null;
        }

        internal static unsafe RuntimeMethodInfo ParentMethod(RuntimeMethodInfo method)
        {
            if (method == null) return null;
            int attributes = method._record->Attributes;
            if ((attributes & VirtualAttribute) == 0 || (attributes & NewSlotAttribute) != 0 || method._declaring.IsInterface) return null;
            for (Type t = method._declaring.BaseType; t != null; t = t.BaseType)
            {
                MethodBase[] methods = RuntimeReflection.Info((RuntimeType)t).Methods;
                for (int i = 0; i < methods.Length; i++)
                {
                    RuntimeMethodInfo candidate = methods[i] as RuntimeMethodInfo;
                    if (candidate != null && candidate.Name == method.Name && (candidate._record->Attributes & VirtualAttribute) != 0
                        && Invoker.SameSignature(candidate._record, method._record)) return candidate;
                }
            }
            return null;
        }

        private static MemberInfo Named(MemberInfo[] members, string name)
        {
            for (int i = 0; i < members.Length; i++)
            {
                if (members[i].Name == name) return members[i];
            }
            return null;
        }
    }
}

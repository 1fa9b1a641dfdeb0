using System;
using System.Collections.Generic;
using System.Reflection;

namespace Microsoft.CSharp.RuntimeBinder
{
    // d.Name(args) and Type.Name(d): the methods of that name of the receiver's runtime type and its bases (static
    // ones when the receiver is a type name), the accessible ones, chosen by overload resolution on the arguments'
    // binding types. A field or property of a delegate type of that name is invoked as a delegate.
    internal sealed class InvokeMemberBinder : DynamicBinder
    {
        private readonly string _name;
        private readonly Type[] _typeArguments;

        internal InvokeMemberBinder(CSharpBinderFlags flags, string name, IEnumerable<Type> typeArguments, Type context, IEnumerable<CSharpArgumentInfo> infos)
            : base(flags, context, infos)
        {
            _name = name;
            _typeArguments = typeArguments == null ? new Type[0] : new List<Type>(typeArguments).ToArray();
        }

        internal override object BindAndRun(object[] arguments, Type[] staticTypes, Type resultType)
        {
            object receiver = arguments[0];
            bool isStatic = IsStaticType(0);
            if (!isStatic) CheckReceiver(receiver);
            Type type = isStatic ? (Type)receiver : receiver.GetType();
            object target = isStatic ? null : receiver;
            Type[] all = ArgumentTypes(arguments, staticTypes);
            object[] values = Slice(arguments, 1, arguments.Length - 1);
            Type[] types = Slice(all, 1, all.Length - 1);
            List<MethodBase> candidates = Candidates(type, isStatic, types);
            if (candidates.Count == 0)
            {
                MemberInfo member = MemberBinder.Find(type, _name, isStatic, Context);
                if (member == null) throw NoDefinition(type, _name);
                object callee = member is FieldInfo ? ((FieldInfo)member).GetValue(target) : ((PropertyInfo)member).GetValue(target);
                return InvokeBinder.InvokeDelegate(callee, values, types);
            }
            OverloadResolution resolution = new OverloadResolution(types).WithConstants(ConstantFlags(1, values.Length), values);
            string failure;
            MethodBase method = resolution.Select(candidates, _name, out failure);
            if (method == null) throw new RuntimeBinderException(failure);
            object[] converted = resolution.Arguments(values);
            object result = Invoke(method, method.IsStatic ? null : target, converted);
            resolution.WriteBack(converted, values);
            Array.Copy(values, 0, arguments, 1, values.Length);
            return result;
        }

        // The accessible methods of that name, each signature once (an override or a hiding method before its base's).
        private List<MethodBase> Candidates(Type type, bool isStatic, Type[] argumentTypes)
        {
            List<MethodBase> found = new List<MethodBase>();
            List<string> signatures = new List<string>();
            MethodBase inaccessible = null;
            for (Type t = type; t != null; t = t.BaseType)
            {
                foreach (MethodInfo m in t.GetMethods(AllMembers))
                {
                    if (m.Name != _name || m.IsStatic != isStatic && isStatic) continue;
                    MethodInfo method = Instantiate(m, argumentTypes);
                    if (method == null) continue;
                    string signature = Signature(method);
                    if (signatures.Contains(signature)) continue;
                    signatures.Add(signature);
                    if (!MemberAccess.IsAccessible(m, Context)) { inaccessible = inaccessible ?? m; continue; }
                    found.Add(method);
                }
            }
            if (found.Count == 0 && inaccessible != null) throw Inaccessible(inaccessible);
            return found;
        }

        // A generic method with the call's type arguments, or inferred from arguments whose parameter is a type
        // parameter itself (simple inference only); null when it cannot be instantiated.
        private MethodInfo Instantiate(MethodInfo m, Type[] argumentTypes)
        {
            if (!m.IsGenericMethodDefinition) return _typeArguments.Length == 0 ? m : null;
            Type[] parameters = m.GetGenericArguments();
            Type[] arguments = new Type[parameters.Length];
            if (_typeArguments.Length > 0)
            {
                if (_typeArguments.Length != parameters.Length) return null;
                arguments = _typeArguments;
            }
            else
            {
                ParameterInfo[] ps = m.GetParameters();
                List<Type>[] bounds = new List<Type>[parameters.Length];
                for (int i = 0; i < bounds.Length; i++) bounds[i] = new List<Type>();
                for (int i = 0; i < ps.Length && i < argumentTypes.Length; i++) Infer(ps[i].ParameterType, argumentTypes[i], bounds);
                for (int i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = Fix(bounds[i]);
                    if (arguments[i] == null) return null;
                }
            }
            try
            {
                return m.MakeGenericMethod(arguments);
            }
            catch (ArgumentException)
            {
                return null; // a violated constraint: not a candidate. An instantiation the program lacks throws
                             // NotSupportedException naming it (Kiln makes no code at run time).
            }
        }

        // Binds the method's type parameters that parameter (T, T[], G<T>) names from the argument's type (for G<T>, the
        // first of the argument's type, bases and interfaces made of G).
        private static void Infer(Type parameter, Type argument, List<Type>[] arguments)
        {
            if (argument == null) return;
            if (parameter.IsGenericParameter)
            {
                int position = parameter.GenericParameterPosition;
                if (parameter.DeclaringMethod != null && position < arguments.Length && !arguments[position].Contains(argument))
                    arguments[position].Add(argument);
                return;
            }
            if (parameter.IsArray && argument.IsArray)
            {
                Infer(parameter.GetElementType(), argument.GetElementType(), arguments);
                return;
            }
            if (!parameter.IsGenericType) return;
            List<Type> candidates = new List<Type>();
            for (Type t = argument; t != null; t = t.BaseType) candidates.Add(t);
            candidates.AddRange(argument.GetInterfaces());
            foreach (Type t in candidates)
            {
                // compared by name: an instantiation's definition has a table only if the program asks for one
                if (t.IsGenericType && t.Name == parameter.Name && t.Namespace == parameter.Namespace)
                {
                    Type[] from = parameter.GetGenericArguments(), to = t.GetGenericArguments();
                    for (int i = 0; i < from.Length && i < to.Length; i++) Infer(from[i], to[i], arguments);
                    return;
                }
            }
        }

        // C#'s fixing of a type parameter: the one candidate every other candidate converts to (null: none, or not one).
        private static Type Fix(List<Type> candidates)
        {
            Type found = null;
            foreach (Type c in candidates)
            {
                bool all = true;
                foreach (Type other in candidates)
                {
                    if (!Conversions.IsImplicit(other, c)) { all = false; break; }
                }
                if (all)
                {
                    if (found != null) return null;
                    found = c;
                }
            }
            return found;
        }

        private static string Signature(MethodInfo m)
        {
            ParameterInfo[] ps = m.GetParameters();
            string s = "";
            foreach (ParameterInfo p in ps) s += p.ParameterType.ToString() + ",";
            return s;
        }
    }
}

using System.Collections.Generic;
using System.Reflection;

namespace System
{
    // Type's member queries (System.Reflection): the answers come from the reflection tables of RuntimeType; other
    // Type objects (by-ref types) have no members.
    public abstract partial class Type
    {
        private const BindingFlags DefaultLookup = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public;

        public static readonly Type[] EmptyTypes = new Type[0];
        public static readonly object Missing = System.Reflection.Missing.Value;

        public virtual bool IsByRef { get { return false; } }
        public virtual bool IsGenericParameter { get { return false; } }
        public virtual int GenericParameterPosition { get { throw new InvalidOperationException("Method may only be called on a Type for which Type.IsGenericParameter is true."); } }
        public virtual MethodBase DeclaringMethod { get { return null; } }
        public virtual GenericParameterAttributes GenericParameterAttributes { get { throw new InvalidOperationException("Method may only be called on a Type for which Type.IsGenericParameter is true."); } }
        public virtual Type[] GetGenericParameterConstraints() { throw new InvalidOperationException("Method may only be called on a Type for which Type.IsGenericParameter is true."); }
        public virtual bool ContainsGenericParameters { get { return IsGenericTypeDefinition || IsGenericParameter; } }
        public virtual Type MakeByRefType() { return ByRefType.Of(this); }
        public virtual Type MakeArrayType() { throw new NotSupportedException("Specified method is not supported."); }
        public virtual Type[] GetGenericArguments() { return new Type[0]; }
        public virtual Type GetGenericTypeDefinition() { throw new InvalidOperationException("This operation is only valid on generic types."); }
        public virtual Type[] GetInterfaces() { return new Type[0]; }

        public MethodInfo[] GetMethods() { return GetMethods(DefaultLookup); }
        public virtual MethodInfo[] GetMethods(BindingFlags bindingAttr) { return new MethodInfo[0]; }
        public ConstructorInfo[] GetConstructors() { return GetConstructors(BindingFlags.Instance | BindingFlags.Public); }
        public virtual ConstructorInfo[] GetConstructors(BindingFlags bindingAttr) { return new ConstructorInfo[0]; }
        public FieldInfo[] GetFields() { return GetFields(DefaultLookup); }
        public virtual FieldInfo[] GetFields(BindingFlags bindingAttr) { return new FieldInfo[0]; }
        public PropertyInfo[] GetProperties() { return GetProperties(DefaultLookup); }
        public virtual PropertyInfo[] GetProperties(BindingFlags bindingAttr) { return new PropertyInfo[0]; }
        public EventInfo[] GetEvents() { return GetEvents(DefaultLookup); }
        public virtual EventInfo[] GetEvents(BindingFlags bindingAttr) { return new EventInfo[0]; }

        public MethodInfo GetMethod(string name) { return GetMethod(name, DefaultLookup); }

        public MethodInfo GetMethod(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            return Single(MemberLookup.Named(GetMethods(bindingAttr), name, bindingAttr), null);
        }

        public MethodInfo GetMethod(string name, Type[] types) { return GetMethod(name, DefaultLookup, null, types, null); }

        public MethodInfo GetMethod(string name, BindingFlags bindingAttr, Binder binder, Type[] types, ParameterModifier[] modifiers)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (types == null) throw new ArgumentNullException("types");
            return Single(MemberLookup.Named(GetMethods(bindingAttr), name, bindingAttr), types);
        }

        public ConstructorInfo GetConstructor(Type[] types)
        {
            return GetConstructor(BindingFlags.Instance | BindingFlags.Public, null, types, null);
        }

        public ConstructorInfo GetConstructor(BindingFlags bindingAttr, Binder binder, Type[] types, ParameterModifier[] modifiers)
        {
            if (types == null) throw new ArgumentNullException("types");
            return Single(GetConstructors(bindingAttr), types);
        }

        public FieldInfo GetField(string name) { return GetField(name, DefaultLookup); }

        public FieldInfo GetField(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            // the most derived field of the name wins (fields hide by name)
            FieldInfo[] named = MemberLookup.Named(GetFields(bindingAttr), name, bindingAttr);
            return named.Length == 0 ? null : named[0];
        }

        public PropertyInfo GetProperty(string name) { return GetProperty(name, DefaultLookup); }

        public PropertyInfo GetProperty(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            PropertyInfo[] named = MemberLookup.Named(GetProperties(bindingAttr), name, bindingAttr);
            if (named.Length > 1) throw new AmbiguousMatchException("Ambiguous match found for '" + FullName + " " + name + "'.");
            return named.Length == 0 ? null : named[0];
        }

        public EventInfo GetEvent(string name) { return GetEvent(name, DefaultLookup); }

        public EventInfo GetEvent(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            EventInfo[] named = MemberLookup.Named(GetEvents(bindingAttr), name, bindingAttr);
            return named.Length == 0 ? null : named[0];
        }

        // One method of candidates whose parameter types are types (any, when types is null): null if none, .NET's
        // AmbiguousMatchException if more than one.
        private static T Single<T>(T[] candidates, Type[] types) where T : MethodBase
        {
            T found = null;
            for (int i = 0; i < candidates.Length; i++)
            {
                if (types != null && !MemberLookup.ParametersAre(candidates[i], types)) continue;
                if (found != null)
                {
                    // a method of a derived type hides one of a base type with the same parameters
                    if (types != null || MemberLookup.SameParameters(found, candidates[i])) continue;
                    throw new AmbiguousMatchException("Ambiguous match found for '" + found.DeclaringType.FullName + " " + found + "'.");
                }
                found = candidates[i];
            }
            return found;
        }
    }

    internal sealed partial class RuntimeType
    {
        internal int ValueSize { get { return BaseSizeImpl(_descriptor) - 8; } }

        public override Type MakeArrayType()
        {
            Type array = RuntimeReflection.Info(this).ArrayType;
            if (array == null) throw new NotSupportedException("'" + FullName + "[]' is not available: the program never creates such an array.");
            return array;
        }

        public override Type[] GetGenericArguments() { return (Type[])RuntimeReflection.Info(this).GenericArguments.Clone(); }
        public override Type DeclaringType { get { return RuntimeReflection.Info(this).DeclaringType; } }
        // an array or pointer has no TypeDef row: .NET answers the nil TypeDef token
        public override int MetadataToken { get { int token = RuntimeReflection.Info(this).Token; return token != 0 ? token : 0x02000000; } }
        public override Type[] GetInterfaces() { return (Type[])RuntimeReflection.Info(this).Interfaces.Clone(); }

        public override Type GetGenericTypeDefinition()
        {
            if (IsGenericTypeDefinition) return this;
            if (!IsGenericType) throw new InvalidOperationException("This operation is only valid on generic types.");
            Type definition = RuntimeReflection.Info(this).GenericDefinition;
            // an image cannot name another image's compiler-generated definitions (iterators, closures)
            if (definition == null) throw new NotSupportedException("The generic type definition of '" + FullName + "' is not available in this program.");
            return definition;
        }

        public override MethodInfo[] GetMethods(BindingFlags bindingAttr) { return MemberLookup.Methods(this, bindingAttr); }
        public override ConstructorInfo[] GetConstructors(BindingFlags bindingAttr) { return MemberLookup.Constructors(this, bindingAttr); }
        public override FieldInfo[] GetFields(BindingFlags bindingAttr) { return MemberLookup.Fields(this, bindingAttr); }
        public override PropertyInfo[] GetProperties(BindingFlags bindingAttr) { return MemberLookup.Properties(this, bindingAttr); }
        public override EventInfo[] GetEvents(BindingFlags bindingAttr) { return MemberLookup.Events(this, bindingAttr); }
    }

    public static partial class Activator
    {
        public static object CreateInstance(Type type) { return CreateInstance(type, false); }

        public static object CreateInstance(Type type, bool nonPublic)
        {
            RuntimeType rt = Created(type);
            if (rt.IsValueType) return RuntimeReflection.AllocateImpl(rt._descriptor);
            BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | (nonPublic ? BindingFlags.NonPublic : 0);
            ConstructorInfo ctor = rt.GetConstructor(flags, null, new Type[0], null);
            if (ctor == null)
                throw new MissingMethodException("Cannot dynamically create an instance of type '" + rt.FullName + "'. Reason: No parameterless constructor defined.");
            return ctor.Invoke(null);
        }

        public static object CreateInstance(Type type, params object[] args)
        {
            RuntimeType rt = Created(type);
            int count = args == null ? 0 : args.Length;
            if (count == 0) return CreateInstance(type);
            ConstructorInfo[] ctors = rt.GetConstructors();
            ConstructorInfo found = null;
            for (int i = 0; i < ctors.Length; i++)
            {
                if (!MemberLookup.Accepts(ctors[i], args)) continue;
                if (found != null) throw new AmbiguousMatchException("Ambiguous match found for '" + rt.FullName + " " + found + "'.");
                found = ctors[i];
            }
            if (found == null) throw new MissingMethodException("Constructor on type '" + rt.FullName + "' not found.");
            return found.Invoke(args);
        }

        private static RuntimeType Created(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            RuntimeType rt = type as RuntimeType;
            if (rt == null) throw new ArgumentException("Type must be a type provided by the runtime.", "type");
            if (rt.IsAbstract) throw new MissingMethodException("Cannot create an abstract class '" + rt.FullName + "'.");
            if (rt.IsGenericTypeDefinition) throw new ArgumentException("Cannot create an instance of " + rt.FullName + " because Type.ContainsGenericParameters is true.");
            return rt;
        }
    }
}

namespace System.Reflection
{
    public struct ParameterModifier
    {
        private readonly bool[] _byRef;

        public ParameterModifier(int parameterCount) { _byRef = new bool[parameterCount]; }

        public bool this[int index] { get { return _byRef[index]; } set { _byRef[index] = value; } }
    }
}

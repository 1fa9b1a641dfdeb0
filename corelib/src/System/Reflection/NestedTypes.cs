using System.Collections.Generic;

namespace System.Reflection
{
    // Type.GetNestedTypes: the described types whose full name is the declaring type's and one more '+' segment. A
    // constructed generic type has the nested types of its definition (open, as .NET returns them). The compiler
    // describes every nested type of a described type once this method is compiled (generic ones as definitions:
    // GenericDefinitionMetadata). They come in declaration order, as .NET lists them (the NestedClass table's order:
    // their TypeDef tokens), not in the name order of the reflection tables.
    internal static class NestedTypes
    {
        private const int VisibilityMask = 7, NestedPublic = 2;

        internal static Type[] Of(RuntimeType type, BindingFlags flags)
        {
            Type declaring = type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
            string prefix = declaring.FullName + "+";
            var found = new List<Type>();
            foreach (Type t in TypeNameLookup.All())
            {
                if (t.IsGenericType && !t.IsGenericTypeDefinition) continue;
                string name = t.FullName;
                if (!name.StartsWith(prefix, StringComparison.Ordinal) || name.IndexOf('+', prefix.Length) >= 0) continue;
                // a type in the table is described: its record has the TypeAttributes of its metadata
                bool isPublic = (RuntimeReflection.Info((RuntimeType)t).TypeAttributes & VisibilityMask) == NestedPublic;
                if ((isPublic && (flags & BindingFlags.Public) != 0) || (!isPublic && (flags & BindingFlags.NonPublic) != 0))
                    found.Add(t);
            }
            Type[] types = found.ToArray();
            int[] tokens = new int[types.Length];
            for (int i = 0; i < types.Length; i++) tokens[i] = types[i].MetadataToken;
            Array.Sort(tokens, types);
            return types;
        }

        internal static Type Named(Type[] nested, string name, BindingFlags flags)
        {
            StringComparison comparison = (flags & BindingFlags.IgnoreCase) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            for (int i = 0; i < nested.Length; i++)
            {
                if (string.Equals(nested[i].Name, name, comparison)) return nested[i];
            }
            return null;
        }
    }
}

namespace System
{
    using System.Reflection;

    public abstract partial class Type
    {
        public Type[] GetNestedTypes() { return GetNestedTypes(BindingFlags.Public); }
        public virtual Type[] GetNestedTypes(BindingFlags bindingAttr) { return EmptyTypes; }
        public Type GetNestedType(string name) { return GetNestedType(name, BindingFlags.Public); }

        public Type GetNestedType(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            return NestedTypes.Named(GetNestedTypes(bindingAttr), name, bindingAttr);
        }
    }

    internal sealed partial class RuntimeType
    {
        public override Type[] GetNestedTypes(BindingFlags bindingAttr) { return NestedTypes.Of(this, bindingAttr); }
    }
}

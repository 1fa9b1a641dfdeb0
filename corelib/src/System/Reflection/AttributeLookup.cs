using System.Collections.Generic;

namespace System.Reflection
{
    // GetCustomAttributes and IsDefined as .NET answers them: the attributes of the member whose type is filter or
    // derives from it, and with inherit, those of a class's base classes, or of the members an overriding method,
    // property, event or parameter overrides (MemberInheritance), whose AttributeUsage is Inherited — of an
    // attribute type not AllowMultiple, only when no more derived one carries one.
    internal static class AttributeLookup
    {
        internal static List<CustomAttributeData> Find(MemberInfo member, Type filter, bool inherit)
        {
            var found = new List<CustomAttributeData>();
            AddMatching(found, AttributeReader.Declared(member), filter, null);
            if (!inherit) return found;
            var seen = new List<Type>();
            foreach (CustomAttributeData d in found) seen.Add(d.AttributeType);
            Type type = member as RuntimeType;
            for (MemberInfo b = type != null ? type.BaseType : MemberInheritance.Parent(member); b != null;
                 b = type != null ? ((Type)b).BaseType : MemberInheritance.Parent(b))
            {
                AddLevel(found, AttributeReader.Declared(b), filter, seen);
            }
            return found;
        }

        internal static List<CustomAttributeData> Find(ParameterInfo parameter, Type filter, bool inherit)
        {
            var found = new List<CustomAttributeData>();
            AddMatching(found, AttributeReader.Declared(parameter), filter, null);
            if (!inherit) return found;
            var seen = new List<Type>();
            foreach (CustomAttributeData d in found) seen.Add(d.AttributeType);
            for (ParameterInfo p = MemberInheritance.Parent(parameter); p != null; p = MemberInheritance.Parent(p))
            {
                AddLevel(found, AttributeReader.Declared(p), filter, seen);
            }
            return found;
        }

        // One base's (or overridden member's) inheritable attributes.
        private static void AddLevel(List<CustomAttributeData> found, IList<CustomAttributeData> declared, Type filter, List<Type> seen)
        {
            var level = new List<CustomAttributeData>();
            AddMatching(level, declared, filter, seen);
            foreach (CustomAttributeData d in level) seen.Add(d.AttributeType);
            found.AddRange(level);
        }

        // seen: the attribute types more derived classes carry (null: the member's own attributes, all of them).
        private static void AddMatching(List<CustomAttributeData> found, IList<CustomAttributeData> declared, Type filter, List<Type> seen)
        {
            foreach (CustomAttributeData d in declared)
            {
                Type t = d.AttributeType;
                if (filter != null && !filter.IsAssignableFrom(t)) continue;
                if (seen != null)
                {
                    AttributeUsageAttribute usage = UsageOf(t);
                    if (!usage.Inherited || (!usage.AllowMultiple && seen.Contains(t))) continue;
                }
                found.Add(d);
            }
        }

        // The AttributeUsage of an attribute type: its own, else its base's (Attribute declares the default).
        internal static AttributeUsageAttribute UsageOf(Type attributeType)
        {
            for (Type t = attributeType; t != null; t = t.BaseType)
            {
                foreach (CustomAttributeData d in AttributeReader.Declared(t))
                {
                    if (d.AttributeType == typeof(AttributeUsageAttribute)) return (AttributeUsageAttribute)AttributeReader.Create(d);
                }
            }
            return new AttributeUsageAttribute(AttributeTargets.All);
        }

        // The attributes as objects: an array of filter's type when the program has that array type, else Attribute[].
        internal static Attribute[] Create(List<CustomAttributeData> data, Type filter)
        {
            Attribute[] result = null;
            RuntimeType rt = filter as RuntimeType;
            if (rt != null && filter != typeof(Attribute) && filter != typeof(object))
            {
                Type arrayType = RuntimeReflection.Info(rt).ArrayType;
                if (arrayType != null) result = (Attribute[])AttributeReader.NewArray((RuntimeType)arrayType, data.Count);
            }
            if (result == null) result = new Attribute[data.Count];
            for (int i = 0; i < data.Count; i++) result[i] = AttributeReader.Create(data[i]);
            return result;
        }
    }

    public abstract partial class MemberInfo
    {
        public virtual object[] GetCustomAttributes(bool inherit)
        {
            return AttributeLookup.Create(AttributeLookup.Find(this, null, Inherits(inherit)), null);
        }

        public virtual object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return AttributeLookup.Create(AttributeLookup.Find(this, attributeType, Inherits(inherit)), attributeType);
        }

        public virtual bool IsDefined(Type attributeType, bool inherit)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return AttributeLookup.Find(this, attributeType, Inherits(inherit)).Count > 0;
        }

        // A property's and an event's own GetCustomAttributes ignore inherit, as in .NET (Attribute's methods do not).
        private bool Inherits(bool inherit) { return inherit && !(this is PropertyInfo) && !(this is EventInfo); }

        public virtual IList<CustomAttributeData> GetCustomAttributesData()
        {
            return AttributeReader.Declared(this);
        }

        public virtual IEnumerable<CustomAttributeData> CustomAttributes { get { return GetCustomAttributesData(); } }
    }

    public partial class ParameterInfo
    {
        // inherit is ignored here, as in .NET (Attribute.GetCustomAttributes(ParameterInfo, bool) takes it)
        public virtual object[] GetCustomAttributes(bool inherit)
        {
            return AttributeLookup.Create(AttributeLookup.Find(this, null, false), null);
        }

        public virtual object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return AttributeLookup.Create(AttributeLookup.Find(this, attributeType, false), attributeType);
        }

        public virtual bool IsDefined(Type attributeType, bool inherit)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return AttributeLookup.Find(this, attributeType, false).Count > 0;
        }

        public virtual IList<CustomAttributeData> GetCustomAttributesData()
        {
            return AttributeReader.Declared(this);
        }

        public virtual IEnumerable<CustomAttributeData> CustomAttributes { get { return GetCustomAttributesData(); } }
    }

    public static class CustomAttributeExtensions
    {
        public static Attribute GetCustomAttribute(this MemberInfo element, Type attributeType) { return Attribute.GetCustomAttribute(element, attributeType); }
        public static Attribute GetCustomAttribute(this MemberInfo element, Type attributeType, bool inherit) { return Attribute.GetCustomAttribute(element, attributeType, inherit); }
        public static T GetCustomAttribute<T>(this MemberInfo element) where T : Attribute { return (T)Attribute.GetCustomAttribute(element, typeof(T)); }
        public static T GetCustomAttribute<T>(this MemberInfo element, bool inherit) where T : Attribute { return (T)Attribute.GetCustomAttribute(element, typeof(T), inherit); }
        public static T GetCustomAttribute<T>(this ParameterInfo element) where T : Attribute { return (T)Attribute.GetCustomAttribute(element, typeof(T)); }
        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element) { return Attribute.GetCustomAttributes(element); }
        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element, bool inherit) { return Attribute.GetCustomAttributes(element, inherit); }
        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element, Type attributeType) { return Attribute.GetCustomAttributes(element, attributeType); }

        public static IEnumerable<T> GetCustomAttributes<T>(this MemberInfo element) where T : Attribute
        {
            var list = new List<T>();
            foreach (Attribute a in Attribute.GetCustomAttributes(element, typeof(T))) list.Add((T)a);
            return list;
        }

        public static bool IsDefined(this MemberInfo element, Type attributeType) { return Attribute.IsDefined(element, attributeType); }
    }
}

namespace System
{
    using System.Reflection;

    public abstract partial class Attribute
    {
        // .NET's Attribute methods inherit by default; a member's own GetCustomAttributes(bool) takes it explicitly.
        public static Attribute[] GetCustomAttributes(MemberInfo element) { return GetCustomAttributes(element, true); }
        public static Attribute[] GetCustomAttributes(MemberInfo element, bool inherit) { return GetCustomAttributes(element, typeof(Attribute), inherit); }
        public static Attribute[] GetCustomAttributes(MemberInfo element, Type attributeType) { return GetCustomAttributes(element, attributeType, true); }

        public static Attribute[] GetCustomAttributes(MemberInfo element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            if (attributeType == null) throw new ArgumentNullException("type");
            return AttributeLookup.Create(AttributeLookup.Find(element, attributeType, inherit), attributeType);
        }

        public static Attribute[] GetCustomAttributes(ParameterInfo element) { return GetCustomAttributes(element, typeof(Attribute), true); }
        public static Attribute[] GetCustomAttributes(ParameterInfo element, bool inherit) { return GetCustomAttributes(element, typeof(Attribute), inherit); }
        public static Attribute[] GetCustomAttributes(ParameterInfo element, Type attributeType) { return GetCustomAttributes(element, attributeType, true); }

        public static Attribute[] GetCustomAttributes(ParameterInfo element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return AttributeLookup.Create(AttributeLookup.Find(element, attributeType, inherit), attributeType);
        }

        public static Attribute GetCustomAttribute(MemberInfo element, Type attributeType) { return GetCustomAttribute(element, attributeType, true); }

        public static Attribute GetCustomAttribute(MemberInfo element, Type attributeType, bool inherit)
        {
            return Single(GetCustomAttributes(element, attributeType, inherit));
        }

        public static Attribute GetCustomAttribute(ParameterInfo element, Type attributeType)
        {
            return Single(GetCustomAttributes(element, attributeType, true));
        }

        public static Attribute GetCustomAttribute(ParameterInfo element, Type attributeType, bool inherit)
        {
            return Single(GetCustomAttributes(element, attributeType, inherit));
        }

        public static bool IsDefined(MemberInfo element, Type attributeType) { return IsDefined(element, attributeType, true); }

        public static bool IsDefined(MemberInfo element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return AttributeLookup.Find(element, attributeType, inherit).Count > 0;
        }

        public static bool IsDefined(ParameterInfo element, Type attributeType) { return IsDefined(element, attributeType, true); }

        public static bool IsDefined(ParameterInfo element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            return AttributeLookup.Find(element, attributeType, inherit).Count > 0;
        }

        private static Attribute Single(Attribute[] found)
        {
            if (found.Length > 1) throw new AmbiguousMatchException("Multiple custom attributes of the same type found.");
            return found.Length == 0 ? null : found[0];
        }
    }
}

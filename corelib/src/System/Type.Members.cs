using System.Collections.Generic;
using System.Reflection;

namespace System
{
    // Type.GetMember(s): every kind of member in one array, in .NET's order (RuntimeType.GetMembers): methods,
    // constructors, properties, events, fields, nested types.
    public abstract partial class Type
    {
        public override MemberTypes MemberType { get { return IsNested ? MemberTypes.NestedType : MemberTypes.TypeInfo; } }

        public MemberInfo[] GetMembers() { return GetMembers(DefaultLookup); }

        public virtual MemberInfo[] GetMembers(BindingFlags bindingAttr)
        {
            var all = new List<MemberInfo>();
            all.AddRange(GetMethods(bindingAttr));
            all.AddRange(GetConstructors(bindingAttr));
            all.AddRange(GetProperties(bindingAttr));
            all.AddRange(GetEvents(bindingAttr));
            all.AddRange(GetFields(bindingAttr));
            all.AddRange(GetNestedTypes(bindingAttr));
            return all.ToArray();
        }

        public MemberInfo[] GetMember(string name) { return GetMember(name, DefaultLookup); }

        public virtual MemberInfo[] GetMember(string name, BindingFlags bindingAttr)
        {
            return GetMember(name, MemberTypes.All, bindingAttr);
        }

        public virtual MemberInfo[] GetMember(string name, MemberTypes type, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            var found = new List<MemberInfo>();
            foreach (MemberInfo m in MemberLookup.Named(GetMembers(bindingAttr), name, bindingAttr))
            {
                if ((m.MemberType & type) != 0) found.Add(m);
            }
            return found.ToArray();
        }
    }
}

using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Reflection
{
    // The records of kiln.h's reflection tables (KReflectionMethod, KReflectionField, KReflectionProperty,
    // KReflectionInfo), read in place: constant data the compiler emitted.
    internal unsafe struct MethodRecord
    {
        public IntPtr Name;
        public IntPtr ReturnType;
        public IntPtr* ParameterTypes;
        public IntPtr* ParameterNames;
        public IntPtr Entry;
        public IntPtr Invoke;
        public int Attributes;
        public int ParameterCount;
        public int ByRefMask;
        public int ImplAttributes;
        public IntPtr DelegateEntry;
        public ParameterRecord* Parameters;
        public int GenericArgumentCount;
        public int Definition;
        public IntPtr* GenericArguments;
        public int Token;
        public int Reserved;
    }

    // kiln.h KReflectionParameter.
    internal struct ParameterRecord
    {
        public int Attributes;
        public int ElementType;
        public long Value;
    }

    internal struct FieldRecord
    {
        public IntPtr Name;
        public IntPtr Type;
        public IntPtr StaticAddress;
        public long Constant;
        public int Attributes;
        public int Offset;
        public int Token;
        public int Reserved;
    }

    internal struct PropertyRecord
    {
        public IntPtr Name;
        public IntPtr Type;
        public int First;
        public int Second;
        public int Attributes;
        public int Token;
    }

    internal unsafe struct InfoRecord
    {
        public int MethodCount, FieldCount, PropertyCount, EventCount;
        public MethodRecord* Methods;
        public FieldRecord* Fields;
        public PropertyRecord* Properties;
        public PropertyRecord* Events;
        public int TypeAttributes;
        public int InterfaceCount;
        public IntPtr* Interfaces;
        public int GenericArgumentCount;
        public int Token;
        public IntPtr* GenericArguments;
        public IntPtr GenericDefinition;
        public IntPtr ArrayType;
        public int AttributeCount;
        public int Reserved2;
        public AttributeRecord* Attributes;
        public AssemblyRecord* Assembly;
        public IntPtr ClassConstructor;
        public int InstanceCount;
        public int Reserved3;
        public MethodRecord* Instances;
        public IntPtr BaseType;
        public IntPtr DeclaringType;
    }

    // kiln.h KReflectionAssembly.
    internal unsafe struct AssemblyRecord
    {
        public IntPtr Name;
        public int Major, Minor, Build, Revision;
        public int AttributeCount;
        public int Reserved;
        public AttributeRecord* Attributes;
        public int ResourceCount;
        public int Reserved2;
        public ResourceRecord* Resources;
        public IntPtr ModuleName;
        public int PEKind;
        public int Machine;
    }

    internal unsafe struct ResourceRecord
    {
        public IntPtr Name;
        public long Length;
        public byte* Data;
    }

    // kiln.h KReflectionAttribute.
    internal unsafe struct AttributeRecord
    {
        public IntPtr Type;
        public int Constructor;
        public int Owner;
        public int Length;
        public int TypeCount;
        public byte* Data;
        public IntPtr* Types;
    }

    // One type's declared members as reflection objects, built once from its table: the same MethodInfo object
    // every time (so == compares them, as in .NET).
    internal sealed class TypeMembers
    {
        internal RuntimeType Type;
        internal bool Described;
        internal MethodBase[] Methods;
        internal FieldInfo[] Fields;
        internal PropertyInfo[] Properties;
        internal EventInfo[] Events;
        internal Type[] Interfaces;
        internal Type[] GenericArguments;
        internal Type GenericDefinition;
        internal Type ArrayType;
        internal int TypeAttributes;
        internal int AttributeCount;
        internal unsafe AttributeRecord* Attributes;
        internal unsafe AssemblyRecord* Assembly;
        internal IntPtr ClassConstructor;
        internal RuntimeMethodInfo[] Instances;
        internal Type DeclaringType;
        internal int Token;
    }

    internal static unsafe class RuntimeReflection
    {
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InfoImpl(IntPtr descriptor);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int MethodOfEntryImpl(IntPtr entry, out IntPtr descriptor);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void CallImpl(IntPtr invoke, IntPtr entry, IntPtr thisValue, IntPtr* arguments, IntPtr result);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object AllocateImpl(IntPtr descriptor);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string Utf8Impl(IntPtr text);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr AddressOfImpl(object o);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object ObjectAtImpl(IntPtr slot);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void StoreObjectImpl(IntPtr slot, object value);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void CopyImpl(IntPtr destination, IntPtr source, int bytes);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void RunClassConstructorImpl(IntPtr runner);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr ForeignInstanceImpl(IntPtr descriptor, int index);

        private static readonly object s_lock = new object();
        private static Dictionary<IntPtr, TypeMembers> s_members;

        // The one reader of the tables: the compiler emits a type's table only if this method is compiled (the
        // condition of every ReflectionMetadata node), so programs that never reflect carry none.
        internal static TypeMembers Info(RuntimeType type)
        {
            lock (s_lock)
            {
                if (s_members == null) s_members = new Dictionary<IntPtr, TypeMembers>();
                TypeMembers found;
                if (s_members.TryGetValue(type._descriptor, out found)) return found;
                found = Build(type, (InfoRecord*)InfoImpl(type._descriptor));
                s_members[type._descriptor] = found;
                return found;
            }
        }

        // Delegate.Method: the method compiled at entry (or whose static-delegate thunk entry is).
        internal static MethodInfo MethodOfEntry(IntPtr entry)
        {
            IntPtr descriptor;
            int index = MethodOfEntryImpl(entry, out descriptor);
            if (index < 0) return null;
            return Info(RuntimeType.FromHandle(descriptor)).Methods[index] as MethodInfo;
        }

        // Static fields and static methods reached through reflection see their type initialized, as .NET's
        // reflection runs the class constructor first (its TypeInitializationException unwrapped).
        internal static void RunClassConstructor(RuntimeType type)
        {
            RunClassConstructor(Info(type).ClassConstructor);
        }

        // The runner itself returns at once once the class constructor ran (Invoke keeps it per method).
        internal static void RunClassConstructor(IntPtr runner)
        {
            if (runner != IntPtr.Zero) RunClassConstructorImpl(runner);
        }

        internal static Type TypeOf(IntPtr descriptor) { return RuntimeType.FromHandle(descriptor); }

        private static TypeMembers Build(RuntimeType type, InfoRecord* info)
        {
            TypeMembers t = new TypeMembers();
            t.Type = type;
            t.Described = info != null;
            // a definition's signatures are in terms of its type parameters: they come first
            bool definition = info != null && type.IsGenericTypeDefinition;
            t.GenericArguments = definition ? GenericDefinitions.Parameters(type)
                : Types(info == null ? 0 : info->GenericArgumentCount, info == null ? null : info->GenericArguments, null);
            Type[] context = definition ? t.GenericArguments : null;
            int methods = info == null ? 0 : info->MethodCount;
            t.Methods = new MethodBase[methods];
            for (int i = 0; i < methods; i++)
            {
                MethodRecord* m = info->Methods + i;
                string name = Utf8Impl(m->Name);
                if (name == ".ctor") t.Methods[i] = new RuntimeConstructorInfo(type, m);
                else t.Methods[i] = new RuntimeMethodInfo(type, m, name);
            }
            int fields = info == null ? 0 : info->FieldCount;
            t.Fields = new FieldInfo[fields];
            for (int i = 0; i < fields; i++) t.Fields[i] = new RuntimeFieldInfo(type, info->Fields + i);
            int properties = info == null ? 0 : info->PropertyCount;
            t.Properties = new PropertyInfo[properties];
            for (int i = 0; i < properties; i++)
            {
                PropertyRecord* p = info->Properties + i;
                t.Properties[i] = new RuntimePropertyInfo(type, Utf8Impl(p->Name), TypeSignatures.Decode(p->Type, context, null), Accessor(t, p->First), Accessor(t, p->Second));
                ((RuntimePropertyInfo)t.Properties[i])._attributes = (PropertyAttributes)p->Attributes;
                ((RuntimePropertyInfo)t.Properties[i])._token = p->Token;
            }
            int events = info == null ? 0 : info->EventCount;
            t.Events = new EventInfo[events];
            for (int i = 0; i < events; i++)
            {
                PropertyRecord* e = info->Events + i;
                t.Events[i] = new RuntimeEventInfo(type, Utf8Impl(e->Name), TypeSignatures.Decode(e->Type, context, null), Accessor(t, e->First), Accessor(t, e->Second));
                ((RuntimeEventInfo)t.Events[i])._attributes = (EventAttributes)e->Attributes;
                ((RuntimeEventInfo)t.Events[i])._token = e->Token;
            }
            t.Interfaces = Types(info == null ? 0 : info->InterfaceCount, info == null ? null : info->Interfaces, context);
            t.GenericDefinition = info == null ? null : TypeOf(info->GenericDefinition);
            t.ArrayType = info == null ? null : TypeOf(info->ArrayType);
            t.DeclaringType = info == null ? null : TypeOf(info->DeclaringType);
            t.Token = info == null ? 0 : info->Token;
            t.TypeAttributes = info == null ? 0 : info->TypeAttributes;
            t.AttributeCount = info == null ? 0 : info->AttributeCount;
            t.Attributes = info == null ? null : info->Attributes;
            t.Assembly = info == null ? null : info->Assembly;
            t.ClassConstructor = info == null ? IntPtr.Zero : info->ClassConstructor;
            int instances = info == null ? 0 : info->InstanceCount;
            // then those other images compiled (a program image's Enumerable.Where<int>); their definition indexes
            // are into this table's methods, so only a described type takes them
            int foreign = 0;
            while (info != null && ForeignInstanceImpl(type._descriptor, foreign) != IntPtr.Zero) foreign++;
            t.Instances = new RuntimeMethodInfo[instances + foreign];
            for (int i = 0; i < instances + foreign; i++)
            {
                MethodRecord* m = i < instances ? info->Instances + i : (MethodRecord*)ForeignInstanceImpl(type._descriptor, i - instances);
                t.Instances[i] = new RuntimeMethodInfo(type, m, Utf8Impl(m->Name));
            }
            return t;
        }

        private static MethodInfo Accessor(TypeMembers t, int index)
        {
            return index < 0 ? null : t.Methods[index] as MethodInfo;
        }

        private static Type[] Types(int count, IntPtr* descriptors, Type[] typeParameters)
        {
            Type[] types = new Type[count];
            for (int i = 0; i < count; i++) types[i] = TypeSignatures.Decode(descriptors[i], typeParameters, null);
            return types;
        }

        // .NET's type names in member signatures (Type.FormatTypeName): primitives, void and nested types by Name,
        // others by FullName.
        internal static string FormatTypeName(Type t)
        {
            if (t == null) return "?";
            Type root = t;
            while (root.HasElementType) root = root.GetElementType();
            if (root.IsPrimitive || root.IsNested || root == typeof(void)) return t.Name;
            return t.ToString();
        }
    }
}

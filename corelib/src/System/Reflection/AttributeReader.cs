using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;

namespace System.Reflection
{
    // Custom attributes from the compiler's records (kiln.h KReflectionAttribute): which member carries each (the
    // owner code), the arguments decoded from typesystem CustomAttributeTranscoder's format, and the attribute objects
    // built by invoking the constructor and setting the named fields and properties, as .NET does on each call.
    internal static unsafe class AttributeReader
    {
        private const int TypeKind = 0, MethodKind = 1, FieldKind = 2, PropertyKind = 3, EventKind = 4, ParameterKind = 5, GenericParameterKind = 6;

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Array NewArrayImpl(IntPtr arrayType, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void StoreElementImpl(Array array, int index, IntPtr source);

        internal static Array NewArray(RuntimeType arrayType, int length) { return NewArrayImpl(arrayType._descriptor, length); }

        // The attributes declared on member (a type, method, field, property or event), or on a parameter.
        internal static CustomAttributeData[] Declared(MemberInfo member)
        {
            RuntimeType declaring;
            int owner = OwnerOf(member, out declaring);
            return owner < 0 ? new CustomAttributeData[0] : Read(declaring, owner);
        }

        internal static CustomAttributeData[] Declared(ParameterInfo parameter)
        {
            RuntimeType declaring;
            int method = OwnerOf(parameter.Member, out declaring);
            if (method < 0 || (method >> 28) != MethodKind) return new CustomAttributeData[0];
            return Read(declaring, (ParameterKind << 28) | (method & 0x0FFFFF00) | (parameter.Position + 1));
        }

        private static int OwnerOf(MemberInfo member, out RuntimeType declaring)
        {
            declaring = member as RuntimeType;
            if (declaring != null) return TypeKind << 28;
            GenericParameterType parameter = member as GenericParameterType;
            if (parameter != null) return GenericParameterOwner(parameter, out declaring);
            declaring = member == null ? null : member.DeclaringType as RuntimeType;
            if (declaring == null) return -1;
            TypeMembers t = RuntimeReflection.Info(declaring);
            int i = Array.IndexOf(t.Methods, member);
            if (i >= 0) return MethodKind << 28 | i << 8;
            i = Array.IndexOf(t.Fields, member);
            if (i >= 0) return FieldKind << 28 | i << 8;
            i = Array.IndexOf(t.Properties, member);
            if (i >= 0) return PropertyKind << 28 | i << 8;
            i = Array.IndexOf(t.Events, member);
            if (i >= 0) return EventKind << 28 | i << 8;
            return -1;
        }

        // a definition's own type parameter: index 0; a generic method's: 1 + the method's index
        private static int GenericParameterOwner(GenericParameterType parameter, out RuntimeType declaring)
        {
            declaring = parameter.DeclaringType as RuntimeType;
            if (declaring == null) return -1;
            int index = 0;
            if (parameter.DeclaringMethod != null)
            {
                index = Array.IndexOf(RuntimeReflection.Info(declaring).Methods, parameter.DeclaringMethod) + 1;
                if (index == 0) return -1;
            }
            return GenericParameterKind << 28 | index << 8 | parameter.GenericParameterPosition;
        }

        private static CustomAttributeData[] Read(RuntimeType declaring, int owner)
        {
            TypeMembers t = RuntimeReflection.Info(declaring);
            return Read(t.Attributes, t.AttributeCount, owner);
        }

        internal static CustomAttributeData[] Read(AttributeRecord* records, int count, int owner)
        {
            var found = new List<CustomAttributeData>();
            for (int i = 0; i < count; i++)
            {
                if (records[i].Owner == owner) found.Add(Decode(records + i));
            }
            return found.ToArray();
        }

        private static CustomAttributeData Decode(AttributeRecord* record)
        {
            RuntimeType type = (RuntimeType)RuntimeReflection.TypeOf(record->Type);
            TypeMembers members = RuntimeReflection.Info(type);
            if (record->Constructor < 0 || record->Constructor >= members.Methods.Length)
                throw new NotSupportedException("The constructor of custom attribute '" + type.FullName + "' was not compiled into this program.");
            var data = new CustomAttributeData((ConstructorInfo)members.Methods[record->Constructor]);
            byte* p = record->Data;
            int count = *(ushort*)p;
            p += 2;
            var arguments = new CustomAttributeTypedArgument[count];
            data._liveArguments = new object[count];
            for (int i = 0; i < count; i++) arguments[i] = Value(ref p, record, out data._liveArguments[i]);
            count = *(ushort*)p;
            p += 2;
            var named = new CustomAttributeNamedArgument[count];
            data._liveNamed = new object[count];
            for (int i = 0; i < count; i++)
            {
                bool isField = *p++ == 0x53;
                string name = String(ref p);
                CustomAttributeTypedArgument value = Value(ref p, record, out data._liveNamed[i]);
                MemberInfo member = isField ? (MemberInfo)Field(type, name) : Property(type, name);
                if (member == null) throw new MissingMemberException("Member '" + type.FullName + "." + name + "' not found.");
                named[i] = new CustomAttributeNamedArgument(member, value);
            }
            data._constructorArguments = new ReadOnlyCollection<CustomAttributeTypedArgument>(arguments);
            data._namedArguments = new ReadOnlyCollection<CustomAttributeNamedArgument>(named);
            return data;
        }

        private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;

        private static FieldInfo Field(Type type, string name) { return type.GetField(name, Members); }

        private static PropertyInfo Property(Type type, string name)
        {
            for (Type t = type; t != null; t = t.BaseType)
            {
                PropertyInfo p = t.GetProperty(name, Members | BindingFlags.DeclaredOnly);
                if (p != null) return p;
            }
            return null;
        }

        // Constructs the attribute the data describes.
        internal static Attribute Create(CustomAttributeData data)
        {
            Attribute attribute = (Attribute)data._constructor.Invoke(data._liveArguments);
            for (int i = 0; i < data._namedArguments.Count; i++)
            {
                MemberInfo member = data._namedArguments[i].MemberInfo;
                FieldInfo field = member as FieldInfo;
                if (field != null) field.SetValue(attribute, data._liveNamed[i]);
                else ((PropertyInfo)member).SetValue(attribute, data._liveNamed[i], null);
            }
            return attribute;
        }

        private static string String(ref byte* p)
        {
            int length = *(int*)p;
            p += 4;
            if (length < 0) return null;
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) bytes[i] = p[i];
            p += length;
            return System.Text.Encoding.UTF8.GetString(bytes, 0, length);
        }

        private static CustomAttributeTypedArgument Value(ref byte* p, AttributeRecord* record, out object live)
        {
            int code = *p++;
            switch (code)
            {
                case 0x0E: live = String(ref p); return new CustomAttributeTypedArgument(typeof(string), live);
                case 0x50:
                {
                    int index = *(int*)p;
                    p += 4;
                    live = index < 0 ? null : RuntimeReflection.TypeOf(record->Types[index]);
                    return new CustomAttributeTypedArgument(typeof(Type), live);
                }
                case 0x55:
                {
                    RuntimeType enumType = (RuntimeType)RuntimeReflection.TypeOf(record->Types[*(int*)p]);
                    p += 4;
                    object underlying;
                    Value(ref p, record, out underlying);
                    live = RuntimeReflection.AllocateImpl(enumType._descriptor);
                    RuntimeReflection.CopyImpl(RuntimeReflection.AddressOfImpl(live) + 8, RuntimeReflection.AddressOfImpl(underlying) + 8, enumType.ValueSize);
                    // .NET describes an enum argument by its underlying value, and passes the enum
                    return new CustomAttributeTypedArgument(enumType, underlying);
                }
                case 0x1D: return ArrayValue(ref p, record, out live);
                default: live = Primitive(ref p, code); return new CustomAttributeTypedArgument(live.GetType(), live);
            }
        }

        private static object Primitive(ref byte* p, int code)
        {
            object value;
            switch (code)
            {
                case 0x02: value = *p != 0; p += 1; break;
                case 0x03: value = *(char*)p; p += 2; break;
                case 0x04: value = *(sbyte*)p; p += 1; break;
                case 0x05: value = *p; p += 1; break;
                case 0x06: value = *(short*)p; p += 2; break;
                case 0x07: value = *(ushort*)p; p += 2; break;
                case 0x08: value = *(int*)p; p += 4; break;
                case 0x09: value = *(uint*)p; p += 4; break;
                case 0x0A: value = *(long*)p; p += 8; break;
                case 0x0B: value = *(ulong*)p; p += 8; break;
                case 0x0C: value = *(float*)p; p += 4; break;
                case 0x0D: value = *(double*)p; p += 8; break;
                default: throw new BadImageFormatException("Custom attribute argument of unknown kind " + code + ".");
            }
            return value;
        }

        // An array argument: a read-only collection of its elements for CustomAttributeData, the array itself for
        // the constructor or setter.
        private static CustomAttributeTypedArgument ArrayValue(ref byte* p, AttributeRecord* record, out object live)
        {
            RuntimeType arrayType = (RuntimeType)RuntimeReflection.TypeOf(record->Types[*(int*)p]);
            int count = *(int*)(p + 4);
            p += 8;
            if (count < 0)
            {
                live = null;
                return new CustomAttributeTypedArgument(arrayType, null);
            }
            Array array = NewArrayImpl(arrayType._descriptor, count);
            bool values = arrayType.GetElementType().IsValueType;
            object[] slot = new object[1];
            var items = new CustomAttributeTypedArgument[count];
            for (int i = 0; i < count; i++)
            {
                object element;
                items[i] = Value(ref p, record, out element);
                if (values)
                {
                    StoreElementImpl(array, i, RuntimeReflection.AddressOfImpl(element) + 8);
                }
                else
                {
                    slot[0] = element;
                    StoreElementImpl(array, i, RuntimeReflection.AddressOfImpl(slot) + 16);
                }
            }
            live = array;
            return new CustomAttributeTypedArgument(arrayType, new ReadOnlyCollection<CustomAttributeTypedArgument>(items));
        }
    }
}

namespace System.Reflection
{
    // MethodBase.GetMethodFromHandle and FieldInfo.GetFieldFromHandle: a handle is the address of the compiler's
    // constant naming the member (dev.kiln.il.MemberHandles) — the declaring type's descriptor and the name, for a
    // method also its return type's, parameters' and generic arguments' descriptors — found in the declaring type's reflection table
    // (the compiler keeps every member a handle names).
    internal static unsafe class MemberHandles
    {
        internal static MethodBase MethodOf(IntPtr handle)
        {
            if (handle == IntPtr.Zero) throw new ArgumentException("The handle is invalid.");
            IntPtr* h = (IntPtr*)handle;
            RuntimeType declaring = (RuntimeType)RuntimeReflection.TypeOf(h[0]);
            string name = RuntimeReflection.Utf8Impl(h[1]);
            int count = (int)(long)h[2];
            int genericCount = (int)(long)h[3];
            TypeMembers info = RuntimeReflection.Info(declaring);
            if (genericCount == 0)
            {
                for (int i = 0; i < info.Methods.Length; i++)
                {
                    if (Matches(RecordOf(info.Methods[i]), name, h[4], count, h + 5, 0, null)) return info.Methods[i];
                }
            }
            else if (info.Instances != null)
            {
                for (int i = 0; i < info.Instances.Length; i++)
                {
                    if (Matches(info.Instances[i]._record, name, h[4], count, h + 5, genericCount, h + 5 + count)) return info.Instances[i];
                }
            }
            throw new NotSupportedException("The method " + declaring.FullName + "." + name + " of a method handle is not in the reflection tables.");
        }

        internal static FieldInfo FieldOf(IntPtr handle)
        {
            if (handle == IntPtr.Zero) throw new ArgumentException("The handle is invalid.");
            IntPtr* h = (IntPtr*)handle;
            RuntimeType declaring = (RuntimeType)RuntimeReflection.TypeOf(h[0]);
            string name = RuntimeReflection.Utf8Impl(h[1]);
            FieldInfo[] fields = RuntimeReflection.Info(declaring).Fields;
            for (int i = 0; i < fields.Length; i++)
            {
                if (fields[i].Name == name) return fields[i];
            }
            throw new NotSupportedException("The field " + declaring.FullName + "." + name + " of a field handle is not in the reflection tables.");
        }

        private static MethodRecord* RecordOf(MethodBase method)
        {
            RuntimeMethodInfo m = method as RuntimeMethodInfo;
            if (m != null) return m._record;
            RuntimeConstructorInfo c = method as RuntimeConstructorInfo;
            return c != null ? c._record : null;
        }

        // overloads may differ in the return type only (op_Explicit)
        private static bool Matches(MethodRecord* record, string name, IntPtr returnType, int count, IntPtr* parameters, int genericCount, IntPtr* generics)
        {
            if (record == null || record->ParameterCount != count || record->GenericArgumentCount != genericCount) return false;
            if (record->ReturnType != returnType) return false;
            for (int i = 0; i < count; i++)
            {
                if (record->ParameterTypes[i] != parameters[i]) return false;
            }
            for (int i = 0; i < genericCount; i++)
            {
                if (record->GenericArguments[i] != generics[i]) return false;
            }
            return RuntimeReflection.Utf8Impl(record->Name) == name;
        }
    }
}

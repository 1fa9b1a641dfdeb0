using System.Runtime.CompilerServices;

namespace System
{
    // Enum's static helpers and format strings, over the member table the compiler emits for each enum type
    // (KEnumInfo: names and values sorted by value, the underlying type, [Flags]).
    public abstract partial class Enum
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string FlagsStringImpl(object boxed);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long ValueImpl(object boxed);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int SizeImpl(object boxed);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int MemberCountImpl(IntPtr descriptor);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string MemberNameImpl(IntPtr descriptor, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long MemberValueImpl(IntPtr descriptor, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int ElementTypeImpl(IntPtr descriptor);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool IsFlagsImpl(IntPtr descriptor);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern object BoxImpl(IntPtr descriptor, long value);

        private const int ElementTypeU1 = 0x05, ElementTypeU2 = 0x07, ElementTypeU4 = 0x09, ElementTypeU8 = 0x0b;

        public string ToString(IFormatProvider provider) { return ToString(); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }

        // "G" (names, or flags for [Flags]), "F" (flags even without [Flags]), "D" (the number), "X" (hex digits of
        // the underlying size)
        public string ToString(string format)
        {
            if (format == null || format.Length == 0) return ToString();
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'G': case 'g': return ToString();
                    case 'F': case 'f': return FlagsStringImpl(this);
                    case 'D': case 'd':
                    {
                        long v = ValueImpl(this);
                        return SizeImpl(this) == 8 && IsUnsigned(this) ? ((ulong)v).ToString() : v.ToString();
                    }
                    case 'X': case 'x':
                    {
                        int size = SizeImpl(this);
                        ulong bits = (ulong)ValueImpl(this);
                        if (size < 8) bits &= (1UL << (size * 8)) - 1;
                        return bits.ToString("X" + (size * 2));
                    }
                }
            }
            throw new FormatException("Format String can be only 'G', 'g', 'X', 'x', 'F', 'f', 'D' or 'd'.");
        }

        private bool IsUnsigned(object boxed)
        {
            int e = ElementTypeImpl(((RuntimeType)boxed.GetType())._descriptor);
            return e == ElementTypeU1 || e == ElementTypeU2 || e == ElementTypeU4 || e == ElementTypeU8;
        }

        private static IntPtr Descriptor(Type enumType)
        {
            if (enumType == null) throw new ArgumentNullException("enumType");
            RuntimeType rt = enumType as RuntimeType;
            if (rt == null || MemberCountImpl(rt._descriptor) < 0) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            return rt._descriptor;
        }

        public static Type GetUnderlyingType(Type enumType)
        {
            switch (ElementTypeImpl(Descriptor(enumType)))
            {
                case 0x02: return typeof(bool);
                case 0x03: return typeof(char);
                case 0x04: return typeof(sbyte);
                case ElementTypeU1: return typeof(byte);
                case 0x06: return typeof(short);
                case ElementTypeU2: return typeof(ushort);
                case ElementTypeU4: return typeof(uint);
                case 0x0a: return typeof(long);
                case ElementTypeU8: return typeof(ulong);
                default: return typeof(int);
            }
        }

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Array ValuesImpl(IntPtr descriptor);

        public static Array GetValues(Type enumType)
        {
            Array values = ValuesImpl(Descriptor(enumType));
            if (values == null)
                throw new NotSupportedException("Enum.GetValues(" + enumType.Name + "): the program has no array type of it; use Enum.GetValues<" + enumType.Name + ">().");
            return values;
        }

        public static TEnum[] GetValues<TEnum>() where TEnum : struct
        {
            IntPtr d = Descriptor(typeof(TEnum));
            TEnum[] values = new TEnum[MemberCountImpl(d)];
            for (int i = 0; i < values.Length; i++) values[i] = (TEnum)BoxImpl(d, MemberValueImpl(d, i));
            return values;
        }

        public static string[] GetNames<TEnum>() where TEnum : struct { return GetNames(typeof(TEnum)); }

        public static string[] GetNames(Type enumType)
        {
            IntPtr d = Descriptor(enumType);
            string[] names = new string[MemberCountImpl(d)];
            for (int i = 0; i < names.Length; i++) names[i] = MemberNameImpl(d, i);
            return names;
        }

        // The 64-bit value of an enum box or an integer of any size, as the member table stores it.
        private static long ValueOf(IntPtr d, object value, out bool isName, out string name)
        {
            isName = false;
            name = value as string;
            if (name != null) { isName = true; return 0; }
            if (value is Enum)
            {
                if (((RuntimeType)value.GetType())._descriptor != d)
                    throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + value.GetType().FullName + "'.");
                return ValueImpl(value);
            }
            if (value is int) return (int)value;
            if (value is long) return (long)value;
            if (value is short) return (short)value;
            if (value is sbyte) return (sbyte)value;
            if (value is byte) return (byte)value;
            if (value is ushort) return (ushort)value;
            if (value is uint) return (uint)value;
            if (value is ulong) return (long)(ulong)value;
            throw new ArgumentException("The value passed in must be an enum base or an underlying type for an enum, such as an Int32.", "value");
        }

        public static bool IsDefined(Type enumType, object value)
        {
            IntPtr d = Descriptor(enumType);
            if (value == null) throw new ArgumentNullException("value");
            bool isName;
            string name;
            long v = ValueOf(d, value, out isName, out name);
            int count = MemberCountImpl(d);
            for (int i = 0; i < count; i++)
            {
                if (isName ? MemberNameImpl(d, i) == name : MemberValueImpl(d, i) == v) return true;
            }
            return false;
        }

        public static string GetName(Type enumType, object value)
        {
            IntPtr d = Descriptor(enumType);
            if (value == null) throw new ArgumentNullException("value");
            bool isName;
            string name;
            long v = ValueOf(d, value, out isName, out name);
            if (isName) throw new ArgumentException("The value passed in must be an enum base or an underlying type for an enum, such as an Int32.", "value");
            int count = MemberCountImpl(d);
            for (int i = 0; i < count; i++) if (MemberValueImpl(d, i) == v) return MemberNameImpl(d, i);
            return null;
        }

        public static object ToObject(Type enumType, long value) { return BoxImpl(Descriptor(enumType), value); }
        public static object ToObject(Type enumType, int value) { return BoxImpl(Descriptor(enumType), value); }
        public static object ToObject(Type enumType, object value)
        {
            IntPtr d = Descriptor(enumType);
            if (value == null) throw new ArgumentNullException("value");
            bool isName;
            string name;
            long v = ValueOf(d, value, out isName, out name);
            if (isName) throw new ArgumentException("The value passed in must be an enum base or an underlying type for an enum, such as an Int32.", "value");
            return BoxImpl(d, v);
        }

        public static string Format(Type enumType, object value, string format)
        {
            if (format == null) throw new ArgumentNullException("format");
            return ((Enum)ToObject(enumType, value)).ToString(format);
        }

        public static object Parse(Type enumType, string value) { return Parse(enumType, value, false); }

        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            IntPtr d = Descriptor(enumType);
            if (value == null) throw new ArgumentNullException("value");
            long result;
            int status = TryParseValue(d, value, ignoreCase, out result);
            if (status == 1) throw new ArgumentException("Must specify valid information for parsing in the string.", "value");
            if (status == 2) throw new ArgumentException("Requested value '" + value + "' was not found.");
            return BoxImpl(d, result);
        }

        public static TEnum Parse<TEnum>(string value) where TEnum : struct { return (TEnum)Parse(typeof(TEnum), value, false); }
        public static TEnum Parse<TEnum>(string value, bool ignoreCase) where TEnum : struct { return (TEnum)Parse(typeof(TEnum), value, ignoreCase); }

        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct { return TryParse(value, false, out result); }

        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct
        {
            IntPtr d = Descriptor(typeof(TEnum));
            long v;
            if (value == null || TryParseValue(d, value, ignoreCase, out v) != 0)
            {
                result = default(TEnum);
                return false;
            }
            result = (TEnum)BoxImpl(d, v);
            return true;
        }

        // 0: parsed; 1: empty; 2: a name that is not a member, or a malformed number. A number ("3", "-1") is taken as
        // is; otherwise a comma-separated list of member names whose values are or-ed together.
        private static int TryParseValue(IntPtr d, string value, bool ignoreCase, out long result)
        {
            result = 0;
            string text = value.Trim();
            if (text.Length == 0) return 1;
            char first = text[0];
            if (char.IsDigit(first) || first == '-' || first == '+')
            {
                long n;
                if (long.TryParse(text, out n)) { result = n; return 0; }
                ulong u;
                if (ulong.TryParse(text, out u)) { result = (long)u; return 0; }
                return 2;
            }
            int count = MemberCountImpl(d);
            foreach (string part in text.Split(','))
            {
                string name = part.Trim();
                bool found = false;
                for (int i = 0; i < count && !found; i++)
                {
                    if (string.Equals(MemberNameImpl(d, i), name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                    {
                        result |= MemberValueImpl(d, i);
                        found = true;
                    }
                }
                if (!found) return 2;
            }
            return 0;
        }
    }
}

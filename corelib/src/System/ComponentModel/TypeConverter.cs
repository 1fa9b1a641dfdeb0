using System.Collections;
using System.Globalization;

namespace System.ComponentModel
{
    // The context a designer passes to a converter. .NET's interface also has Container and PropertyDescriptor,
    // whose types (the component containers, property descriptors) the core library does not have.
    public interface ITypeDescriptorContext : IServiceProvider
    {
        object Instance { get; }
        void OnComponentChanged();
        bool OnComponentChanging();
    }

    // Converts values to and from other types, text above all. The base class converts anything to a string
    // (through IFormattable with the culture given) and nothing else; subclasses add conversions by overriding
    // the virtual members that take a context.
    public class TypeConverter
    {
        public bool CanConvertFrom(Type sourceType) { return CanConvertFrom(null, sourceType); }
        public virtual bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType) { return false; }

        public bool CanConvertTo(Type destinationType) { return CanConvertTo(null, destinationType); }
        public virtual bool CanConvertTo(ITypeDescriptorContext context, Type destinationType) { return destinationType == typeof(string); }

        public object ConvertFrom(object value) { return ConvertFrom(null, CultureInfo.CurrentCulture, value); }
        public virtual object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            throw GetConvertFromException(value);
        }

        public object ConvertFromInvariantString(string text) { return ConvertFromString(null, CultureInfo.InvariantCulture, text); }
        public object ConvertFromInvariantString(ITypeDescriptorContext context, string text) { return ConvertFromString(context, CultureInfo.InvariantCulture, text); }
        public object ConvertFromString(string text) { return ConvertFrom(null, null, text); }
        public object ConvertFromString(ITypeDescriptorContext context, string text) { return ConvertFrom(context, CultureInfo.CurrentCulture, text); }
        public object ConvertFromString(ITypeDescriptorContext context, CultureInfo culture, string text) { return ConvertFrom(context, culture, text); }

        public object ConvertTo(object value, Type destinationType) { return ConvertTo(null, null, value, destinationType); }
        public virtual object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == null) throw new ArgumentNullException("destinationType");
            if (destinationType == typeof(string))
            {
                if (value == null) return string.Empty;
                IFormattable formattable = value as IFormattable;
                if (culture != null && culture != CultureInfo.CurrentCulture && formattable != null)
                    return formattable.ToString(null, culture);
                return value.ToString();
            }
            throw GetConvertToException(value, destinationType);
        }

        public string ConvertToInvariantString(object value) { return ConvertToString(null, CultureInfo.InvariantCulture, value); }
        public string ConvertToInvariantString(ITypeDescriptorContext context, object value) { return ConvertToString(context, CultureInfo.InvariantCulture, value); }
        public string ConvertToString(object value) { return (string)ConvertTo(null, CultureInfo.CurrentCulture, value, typeof(string)); }
        public string ConvertToString(ITypeDescriptorContext context, object value) { return (string)ConvertTo(context, CultureInfo.CurrentCulture, value, typeof(string)); }
        public string ConvertToString(ITypeDescriptorContext context, CultureInfo culture, object value) { return (string)ConvertTo(context, culture, value, typeof(string)); }

        public object CreateInstance(IDictionary propertyValues) { return CreateInstance(null, propertyValues); }
        public virtual object CreateInstance(ITypeDescriptorContext context, IDictionary propertyValues) { return null; }
        public bool GetCreateInstanceSupported() { return GetCreateInstanceSupported(null); }
        public virtual bool GetCreateInstanceSupported(ITypeDescriptorContext context) { return false; }

        public bool GetPropertiesSupported() { return GetPropertiesSupported(null); }
        public virtual bool GetPropertiesSupported(ITypeDescriptorContext context) { return false; }

        public ICollection GetStandardValues() { return GetStandardValues(null); }
        public virtual StandardValuesCollection GetStandardValues(ITypeDescriptorContext context) { return null; }
        public bool GetStandardValuesExclusive() { return GetStandardValuesExclusive(null); }
        public virtual bool GetStandardValuesExclusive(ITypeDescriptorContext context) { return false; }
        public bool GetStandardValuesSupported() { return GetStandardValuesSupported(null); }
        public virtual bool GetStandardValuesSupported(ITypeDescriptorContext context) { return false; }

        public bool IsValid(object value) { return IsValid(null, value); }

        // Valid when ConvertFrom accepts the value without throwing.
        public virtual bool IsValid(ITypeDescriptorContext context, object value)
        {
            try
            {
                if (value != null && !CanConvertFrom(context, value.GetType())) return false;
                ConvertFrom(context, CultureInfo.InvariantCulture, value);
                return true;
            }
            catch
            {
                return false;
            }
        }

        protected Exception GetConvertFromException(object value)
        {
            string valueTypeName = value == null ? "(null)" : value.GetType().FullName;
            return new NotSupportedException(GetType().Name + " cannot convert from " + valueTypeName + ".");
        }

        protected Exception GetConvertToException(object value, Type destinationType)
        {
            string valueTypeName = value == null ? "(null)" : value.GetType().FullName;
            return new NotSupportedException("'" + GetType().Name + "' is unable to convert '" + valueTypeName + "' to '" + destinationType.FullName + "'.");
        }

        // The values GetStandardValues offers, read-only.
        public class StandardValuesCollection : ICollection
        {
            private readonly ICollection m_values;
            private Array m_array;

            public StandardValuesCollection(ICollection values)
            {
                m_values = values ?? new object[0];
                m_array = values as Array;
            }

            public int Count { get { return m_values.Count; } }

            public object this[int index]
            {
                get
                {
                    if (m_array == null)
                    {
                        m_array = new object[m_values.Count];
                        m_values.CopyTo(m_array, 0);
                    }
                    return m_array.GetValue(index);
                }
            }

            public void CopyTo(Array array, int index) { m_values.CopyTo(array, index); }
            public IEnumerator GetEnumerator() { return m_values.GetEnumerator(); }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return null; } }
        }
    }

    // A converter whose value a property grid shows expanded, one row per property. Listing the properties
    // (GetProperties and its PropertyDescriptorCollection) needs TypeDescriptor, which the core library does not have.
    public class ExpandableObjectConverter : TypeConverter
    {
        public override bool GetPropertiesSupported(ITypeDescriptorContext context) { return true; }
    }

    // Names the converter of the type or member it marks, by type name so that the converter may live elsewhere.
    [AttributeUsage(AttributeTargets.All)]
    public sealed class TypeConverterAttribute : Attribute
    {
        public static readonly TypeConverterAttribute Default = new TypeConverterAttribute();

        private readonly string m_typeName;

        public TypeConverterAttribute() { m_typeName = string.Empty; }
        public TypeConverterAttribute(string typeName)
        {
            if (typeName == null) throw new ArgumentNullException("typeName");
            m_typeName = typeName;
        }
        public TypeConverterAttribute(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            m_typeName = type.AssemblyQualifiedName;
        }

        public string ConverterTypeName { get { return m_typeName; } }

        public override bool Equals(object obj)
        {
            TypeConverterAttribute other = obj as TypeConverterAttribute;
            return other != null && other.m_typeName == m_typeName;
        }

        public override int GetHashCode() { return m_typeName.GetHashCode(); }
    }
}

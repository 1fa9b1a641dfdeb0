namespace System.Xml.Schema
{
    // Whether an element or attribute name is namespace-qualified in the XML a serializer writes.
    public enum XmlSchemaForm
    {
        None = 0,
        Qualified = 1,
        Unqualified = 2,
    }
}

namespace System.Xml.Serialization
{
    // The attributes by which types declare how XmlSerializer maps them to XML. The core library has no
    // serializer: these hold what the code declares, for programs that carry them (and for reflection over them).

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
    public class XmlAttributeAttribute : Attribute
    {
        private string m_attributeName;
        private string m_dataType;
        private string m_namespace;

        public XmlAttributeAttribute() { }
        public XmlAttributeAttribute(string attributeName) { m_attributeName = attributeName; }
        public XmlAttributeAttribute(Type type) { Type = type; }
        public XmlAttributeAttribute(string attributeName, Type type) { m_attributeName = attributeName; Type = type; }

        public string AttributeName { get { return m_attributeName ?? string.Empty; } set { m_attributeName = value; } }
        public string DataType { get { return m_dataType ?? string.Empty; } set { m_dataType = value; } }
        public Schema.XmlSchemaForm Form { get; set; }
        public string Namespace { get { return m_namespace; } set { m_namespace = value; } }
        public Type Type { get; set; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = true)]
    public class XmlElementAttribute : Attribute
    {
        private string m_elementName;
        private string m_dataType;
        private int m_order = -1;

        public XmlElementAttribute() { }
        public XmlElementAttribute(string elementName) { m_elementName = elementName; }
        public XmlElementAttribute(Type type) { Type = type; }
        public XmlElementAttribute(string elementName, Type type) { m_elementName = elementName; Type = type; }

        public string ElementName { get { return m_elementName ?? string.Empty; } set { m_elementName = value; } }
        public string DataType { get { return m_dataType ?? string.Empty; } set { m_dataType = value; } }
        public Schema.XmlSchemaForm Form { get; set; }
        public bool IsNullable { get; set; }
        public string Namespace { get; set; }
        public Type Type { get; set; }

        public int Order
        {
            get { return m_order; }
            set
            {
                if (value < 0) throw new ArgumentException("Negative values are prohibited.", "Order");
                m_order = value;
            }
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
    public class XmlArrayAttribute : Attribute
    {
        private string m_elementName;
        private int m_order = -1;

        public XmlArrayAttribute() { }
        public XmlArrayAttribute(string elementName) { m_elementName = elementName; }

        public string ElementName { get { return m_elementName ?? string.Empty; } set { m_elementName = value; } }
        public Schema.XmlSchemaForm Form { get; set; }
        public bool IsNullable { get; set; }
        public string Namespace { get; set; }

        public int Order
        {
            get { return m_order; }
            set
            {
                if (value < 0) throw new ArgumentException("Negative values are prohibited.", "Order");
                m_order = value;
            }
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = true)]
    public class XmlArrayItemAttribute : Attribute
    {
        private string m_elementName;
        private string m_dataType;
        private bool m_isNullable;

        public XmlArrayItemAttribute() { }
        public XmlArrayItemAttribute(string elementName) { m_elementName = elementName; }
        public XmlArrayItemAttribute(Type type) { Type = type; }
        public XmlArrayItemAttribute(string elementName, Type type) { m_elementName = elementName; Type = type; }

        public string ElementName { get { return m_elementName ?? string.Empty; } set { m_elementName = value; } }
        public string DataType { get { return m_dataType ?? string.Empty; } set { m_dataType = value; } }
        public Schema.XmlSchemaForm Form { get; set; }
        public bool IsNullable { get { return m_isNullable; } set { m_isNullable = value; } }
        public string Namespace { get; set; }
        public int NestingLevel { get; set; }
        public Type Type { get; set; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Interface)]
    public class XmlTypeAttribute : Attribute
    {
        private string m_typeName;
        private bool m_includeInSchema = true;

        public XmlTypeAttribute() { }
        public XmlTypeAttribute(string typeName) { m_typeName = typeName; }

        public bool AnonymousType { get; set; }
        public bool IncludeInSchema { get { return m_includeInSchema; } set { m_includeInSchema = value; } }
        public string Namespace { get; set; }
        public string TypeName { get { return m_typeName ?? string.Empty; } set { m_typeName = value; } }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Interface, AllowMultiple = true)]
    public class XmlIncludeAttribute : Attribute
    {
        public XmlIncludeAttribute(Type type) { Type = type; }
        public Type Type { get; set; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Interface | AttributeTargets.ReturnValue)]
    public class XmlRootAttribute : Attribute
    {
        private string m_elementName;
        private string m_dataType;
        private bool m_isNullable = true;

        public XmlRootAttribute() { }
        public XmlRootAttribute(string elementName) { m_elementName = elementName; }

        public string ElementName { get { return m_elementName ?? string.Empty; } set { m_elementName = value; } }
        public string DataType { get { return m_dataType ?? string.Empty; } set { m_dataType = value; } }
        public bool IsNullable { get { return m_isNullable; } set { m_isNullable = value; } }
        public string Namespace { get; set; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
    public class XmlIgnoreAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Field)]
    public class XmlEnumAttribute : Attribute
    {
        public XmlEnumAttribute() { }
        public XmlEnumAttribute(string name) { Name = name; }
        public string Name { get; set; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
    public class XmlTextAttribute : Attribute
    {
        private string m_dataType;

        public XmlTextAttribute() { }
        public XmlTextAttribute(Type type) { Type = type; }

        public string DataType { get { return m_dataType ?? string.Empty; } set { m_dataType = value; } }
        public Type Type { get; set; }
    }
}

namespace System
{
    // Type's enum members, as .NET's Type answers them: through Enum's, which check that the type is an enum.
    public abstract partial class Type
    {
        public virtual Type GetEnumUnderlyingType() { return Enum.GetUnderlyingType(this); }
        public virtual string[] GetEnumNames() { return Enum.GetNames(this); }
        public virtual Array GetEnumValues() { return Enum.GetValues(this); }
        public virtual string GetEnumName(object value) { return Enum.GetName(this, value); }
        public virtual bool IsEnumDefined(object value) { return Enum.IsDefined(this, value); }
    }
}

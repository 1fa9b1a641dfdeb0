namespace System
{
    // A generic definition's descriptor names its parameters (N.Foo`2<T,U>, codegen TypeDescriptors.descriptorName):
    // ToString shows them (N.Foo`2[T,U]), FullName does not (N.Foo`2).
    internal sealed partial class RuntimeType
    {
        public override string ToString()
        {
            return IsGenericTypeDefinition ? ReflectionName(DescriptorName(_descriptor)) : FullName;
        }

        private string DefinitionName()
        {
            string name = DescriptorName(_descriptor);
            return name.EndsWith(">") ? name.Substring(0, name.LastIndexOf('<')) : name;
        }
    }
}

using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace System.Reflection
{
    // An attribute as metadata describes it (System.Reflection.CustomAttributeData): the constructor and the
    // arguments, without constructing the attribute. Built by AttributeReader from the compiler's records.
    public class CustomAttributeData
    {
        internal ConstructorInfo _constructor;
        internal IList<CustomAttributeTypedArgument> _constructorArguments;
        internal IList<CustomAttributeNamedArgument> _namedArguments;
        // the argument values as the constructor and setters take them (arrays as arrays, not collections)
        internal object[] _liveArguments;
        internal object[] _liveNamed;

        protected CustomAttributeData() { }

        internal CustomAttributeData(ConstructorInfo constructor) { _constructor = constructor; }

        public virtual ConstructorInfo Constructor { get { return _constructor; } }
        public virtual Type AttributeType { get { return _constructor.DeclaringType; } }
        public virtual IList<CustomAttributeTypedArgument> ConstructorArguments { get { return _constructorArguments; } }
        public virtual IList<CustomAttributeNamedArgument> NamedArguments { get { return _namedArguments; } }

        public static IList<CustomAttributeData> GetCustomAttributes(MemberInfo target)
        {
            if (target == null) throw new ArgumentNullException("target");
            return target.GetCustomAttributesData();
        }

        public static IList<CustomAttributeData> GetCustomAttributes(ParameterInfo target)
        {
            if (target == null) throw new ArgumentNullException("target");
            return target.GetCustomAttributesData();
        }

        public override string ToString()
        {
            var text = new System.Text.StringBuilder();
            text.Append('[').Append(AttributeType.FullName).Append('(');
            for (int i = 0; i < _constructorArguments.Count; i++)
            {
                if (i > 0) text.Append(", ");
                text.Append(_constructorArguments[i].ToString());
            }
            for (int i = 0; i < _namedArguments.Count; i++)
            {
                if (i > 0 || _constructorArguments.Count > 0) text.Append(", ");
                text.Append(_namedArguments[i].ToString());
            }
            return text.Append(")]").ToString();
        }
    }

    public struct CustomAttributeTypedArgument
    {
        private readonly Type _argumentType;
        private readonly object _value;

        public CustomAttributeTypedArgument(Type argumentType, object value)
        {
            if (argumentType == null) throw new ArgumentNullException("argumentType");
            _argumentType = argumentType;
            _value = value;
        }

        public CustomAttributeTypedArgument(object value)
        {
            if (value == null) throw new ArgumentNullException("value");
            _argumentType = value.GetType();
            _value = value;
        }

        public Type ArgumentType { get { return _argumentType; } }
        public object Value { get { return _value; } }

        public override string ToString() { return ToString(false); }

        // .NET's format: "text" for strings, 'c' for chars, typeof(T) for types, (T)value for the rest unless the
        // type is known from context (typed).
        internal string ToString(bool typed)
        {
            if (_argumentType == null) return base.ToString();
            if (_argumentType.IsEnum) return typed ? _value.ToString() : "(" + _argumentType.FullName + ")" + _value;
            if (_value == null) return typed ? "null" : "(" + _argumentType.Name + ")null";
            if (_argumentType == typeof(string)) return "\"" + _value + "\"";
            if (_argumentType == typeof(char)) return "'" + _value + "'";
            if (_argumentType == typeof(Type)) return "typeof(" + ((Type)_value).FullName + ")";
            if (_argumentType.IsArray)
            {
                var items = (IList<CustomAttributeTypedArgument>)_value;
                Type element = _argumentType.GetElementType();
                var text = new System.Text.StringBuilder();
                text.Append("new ").Append(element.IsEnum ? element.FullName : element.Name).Append('[').Append(items.Count).Append("] { ");
                for (int i = 0; i < items.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    text.Append(items[i].ToString(element != typeof(object)));
                }
                return text.Append(" }").ToString();
            }
            return typed ? _value.ToString() : "(" + _argumentType.Name + ")" + _value;
        }
    }

    public struct CustomAttributeNamedArgument
    {
        private readonly MemberInfo _member;
        private readonly CustomAttributeTypedArgument _value;

        public CustomAttributeNamedArgument(MemberInfo memberInfo, CustomAttributeTypedArgument typedArgument)
        {
            if (memberInfo == null) throw new ArgumentNullException("memberInfo");
            _member = memberInfo;
            _value = typedArgument;
        }

        public MemberInfo MemberInfo { get { return _member; } }
        public string MemberName { get { return _member.Name; } }
        public bool IsField { get { return _member is FieldInfo; } }
        public CustomAttributeTypedArgument TypedValue { get { return _value; } }

        public override string ToString()
        {
            if (_member == null) return base.ToString();
            Type declared = _member is FieldInfo ? ((FieldInfo)_member).FieldType : ((PropertyInfo)_member).PropertyType;
            return _member.Name + " = " + _value.ToString(declared != typeof(object));
        }
    }
}

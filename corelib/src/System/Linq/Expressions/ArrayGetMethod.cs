using System.Globalization;
using System.Reflection;

namespace System.Linq.Expressions
{
    // The Get method of a multi-dimensional array type, which Expression.ArrayIndex(array, indexes) calls as .NET does
    // (a MethodCallExpression of T[,].Get). Kiln's reflection tables do not list array methods, so this stands for it:
    // Invoke reads the element through Array.GetValue.
    internal sealed class ArrayGetMethod : MethodInfo
    {
        private readonly Type _arrayType;
        private readonly int _rank;

        internal ArrayGetMethod(Type arrayType, int rank) { _arrayType = arrayType; _rank = rank; }

        public override string Name { get { return "Get"; } }
        public override Type DeclaringType { get { return _arrayType; } }
        public override MemberTypes MemberType { get { return MemberTypes.Method; } }
        public override MethodAttributes Attributes { get { return MethodAttributes.Public; } }
        public override Type ReturnType { get { return _arrayType.GetElementType(); } }

        public override ParameterInfo[] GetParameters()
        {
            ParameterInfo[] ps = new ParameterInfo[_rank];
            for (int i = 0; i < _rank; i++)
            {
                RuntimeParameterInfo p = new RuntimeParameterInfo();
                p._type = typeof(int);
                p._position = i;
                p._member = this;
                ps[i] = p;
            }
            return ps;
        }

        public override object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters, CultureInfo culture)
        {
            Array array = (Array)obj;
            if (array == null) throw new NullReferenceException();
            int[] indices = new int[parameters.Length];
            for (int i = 0; i < indices.Length; i++) indices[i] = (int)parameters[i];
            return array.GetValue(indices);
        }

        public override object[] GetCustomAttributes(bool inherit) { return new object[0]; }
        public override object[] GetCustomAttributes(Type attributeType, bool inherit) { return new object[0]; }
        public override bool IsDefined(Type attributeType, bool inherit) { return false; }

        public override string ToString()
        {
            string s = ReturnType.ToString() + " Get(";
            for (int i = 0; i < _rank; i++) s += i == 0 ? "Int32" : ", Int32";
            return s + ")";
        }
    }
}

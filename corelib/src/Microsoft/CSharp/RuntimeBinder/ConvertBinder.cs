using System;
using System.Collections.Generic;

namespace Microsoft.CSharp.RuntimeBinder
{
    // The conversion of a dynamic value to a static type: implicit (an assignment, an argument, a condition) or
    // explicit (a cast), on the value's runtime type.
    internal sealed class ConvertBinder : DynamicBinder
    {
        private readonly Type _type;

        internal ConvertBinder(CSharpBinderFlags flags, Type type, Type context)
            : base(flags, context, null)
        {
            _type = type;
        }

        internal override object BindAndRun(object[] arguments, Type[] staticTypes, Type resultType)
        {
            object value = arguments[0];
            Type from = value == null ? NullType : value.GetType();
            // an array index of type uint, long or ulong converts to the index type as C#'s array access does
            bool explicitly = Has(CSharpBinderFlags.ConvertExplicit) || Has(CSharpBinderFlags.ConvertArrayIndex);
            return Conversions.Convert(value, from, _type, explicitly, Has(CSharpBinderFlags.CheckedContext));
        }
    }
}

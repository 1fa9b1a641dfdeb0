using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    // The checks and conversions the object model collections share for their non-generic interfaces (IList,
    // ICollection, IDictionary), with .NET's exceptions.
    internal static class NonGenericViews
    {
        // ICollection.CopyTo: a zero-based single-dimensional array with room from index; a T[] directly, else an
        // array of references related to T, element by element.
        internal static void CopyTo<T>(ICollection<T> items, Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.", "array");
            if (array.GetLowerBound(0) != 0) throw new ArgumentException("The lower bound of target array must be zero.", "array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (array.Length - index < items.Count) throw CollectionErrors.DestinationTooSmall();
            T[] typed = array as T[];
            if (typed != null)
            {
                items.CopyTo(typed, index);
                return;
            }
            Type target = array.GetType().GetElementType();
            object[] objects = array as object[];
            if (objects == null || !(target.IsAssignableFrom(typeof(T)) || typeof(T).IsAssignableFrom(target))) throw InvalidArrayType();
            foreach (T item in items)
            {
                if (item != null && !target.IsInstanceOfType(item)) throw InvalidArrayType();
                objects[index++] = item;
            }
        }

        internal static ArgumentException InvalidArrayType()
        {
            return new ArgumentException("Target array type is not compatible with the type of items in the collection.");
        }

        // A value handed to IList's object members: a T, or null where T allows it.
        internal static T Cast<T>(object value) { return Cast<T>(value, "value"); }

        // The same, for members whose null check names their own parameter (List<T>'s Add and Insert: "item").
        internal static T Cast<T>(object value, string nullParameter) { return Cast<T>(value, nullParameter, "value"); }

        // ... and whose type check does too (IDictionary's keys: "key").
        internal static T Cast<T>(object value, string nullParameter, string typeParameter)
        {
            if (value == null)
            {
                if (default(T) != null) throw new ArgumentNullException(nullParameter);
                return default(T);
            }
            if (!(value is T))
                throw new ArgumentException("The value \"" + value + "\" is not of type \"" + typeof(T).FullName + "\" and cannot be used in this generic collection.", typeParameter);
            return (T)value;
        }

        // Whether Contains/IndexOf/Remove can look for value at all (null only where T allows it).
        internal static bool IsCompatible<T>(object value) { return value is T || (value == null && default(T) == null); }

        internal static ArgumentOutOfRangeException InsertOutOfRange()
        {
            return new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
        }
    }
}

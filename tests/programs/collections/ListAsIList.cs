using System;
using System.Collections;
using System.Collections.Generic;

// List<T> through the non-generic IList and ICollection (as data binding, serializers and old APIs use it).
class ListAsIList
{
    static void Show(IList list)
    {
        Console.Write(list.Count + ":");
        foreach (object o in list) Console.Write(" " + (o ?? "null"));
        Console.WriteLine();
    }

    static void Main()
    {
        var ints = new List<int> { 1, 2, 3 };
        object boxed = ints;
        Console.WriteLine(boxed is IList);
        Console.WriteLine(boxed is ICollection);
        IList list = ints;
        Console.WriteLine(list.Add(4));
        list.Insert(0, 0);
        list[1] = 10;
        Show(list);
        Console.WriteLine(list.Contains(3) + " " + list.Contains("3") + " " + list.Contains(null));
        Console.WriteLine(list.IndexOf(4) + " " + list.IndexOf(4L) + " " + list.IndexOf(null));
        list.Remove(2);
        list.Remove("x");
        list.Remove(null);
        Show(list);
        Console.WriteLine(list.IsReadOnly + " " + list.IsFixedSize + " " + ((ICollection)list).IsSynchronized);
        try { list.Add("five"); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
        try { list.Add(null); } catch (ArgumentNullException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
        try { list[0] = 1.5; } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
        try { object x = list[10]; } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }

        var strings = new List<string> { "a", "b" };
        IList sl = strings;
        sl.Add(null);
        sl.Insert(1, "z");
        Show(sl);
        Console.WriteLine(sl.IndexOf(null) + " " + sl.Contains(null) + " " + sl.IndexOf(7));

        var target = new object[6];
        ((ICollection)strings).CopyTo(target, 1);
        Console.WriteLine(string.Join(",", Array.ConvertAll(target, o => o == null ? "-" : o.ToString())));
        var typed = new int[5];
        ((ICollection)ints).CopyTo(typed, 1);
        Console.WriteLine(string.Join(",", typed));
        try { ((ICollection)ints).CopyTo(new string[5], 0); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { ((ICollection)ints).CopyTo(new int[2], 0); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
    }
}

// Default ToString of user objects, structs, generic and nested types, arrays, tuples and key/value pairs, and
// typeof/GetType names, as logging code prints them.
using System;
using System.Collections.Generic;

namespace Shop.Model
{
    class Item { public string Name = "pen"; }
    struct Money { public decimal Amount; }
    enum Status { Open, Closed }
    class Box<T> { public T Content; public class Lid { } }
    class Pair<TA, TB> { }
}

class TypeNamesAndToString
{
    class Nested { }
    struct NestedStruct { public override string ToString() { return "custom nested struct"; } }

    static string Describe(object o) { return o == null ? "null" : o.GetType().Name + " => " + o; }

    static int Main()
    {
        object[] things =
        {
            new Shop.Model.Item(), new Shop.Model.Money(), Shop.Model.Status.Closed, new Shop.Model.Box<int>(), new Shop.Model.Box<string>.Lid(),
            new Shop.Model.Pair<int, List<string>>(), new Nested(), new NestedStruct(), new List<int> { 1 }, new Dictionary<string, int>(),
            new int[3], new string[0, 0], new List<int>[1], 42, 4.5, 'c', true, "text", 12.50m, (byte)7, new KeyValuePair<int, string>(1, "one"),
            Tuple.Create(1, "a"), Tuple.Create(1, 2, 3, 4), (1, "b"), (2.5, 'x', "y"), new object(), new HashSet<char>(), new Queue<double>(),
        };
        foreach (object o in things) Console.WriteLine(Describe(o));
        Console.WriteLine(typeof(int).Name + " " + typeof(int).FullName + " " + typeof(string).Namespace + " " + typeof(Dictionary<int, string>).Name);
        Console.WriteLine(typeof(Shop.Model.Box<int>).Namespace + " " + typeof(Nested).Name + " " + typeof(int[]).Name + " " + typeof(Shop.Model.Status).FullName);
        Console.WriteLine((typeof(int) == 5.GetType()) + " " + (typeof(List<int>) == new List<int>().GetType()) + " " + (typeof(List<int>) == typeof(List<long>)) + " " + (new Shop.Model.Item().GetType() == typeof(Shop.Model.Item)));
        Console.WriteLine(typeof(List<int>) + " | " + typeof(Shop.Model.Pair<string, int>) + " | " + typeof(int[][]) + " | " + typeof(Nested));
        var id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        Console.WriteLine(id + " " + id.ToString("N") + " " + id.ToString("B") + " " + Guid.Empty + " " + Describe(id).Substring(0, 12));
        Console.WriteLine(BitConverter.ToString(id.ToByteArray()) + " " + (id == Guid.Parse("{0F8FAD5B-D9CB-469F-A165-70867728950E}")) + " " + (Guid.NewGuid() != Guid.NewGuid()) + " " + Guid.NewGuid().ToString()[14]);
        return 100;
    }
}

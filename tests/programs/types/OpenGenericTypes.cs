// typeof of generic definitions (List<>, Dictionary<,>, the program's own, a struct, an interface, Nullable<>):
// names, kind, IsGenericType/IsGenericTypeDefinition, base types and identity, compared with Mono.
using System; using System.Collections.Generic;
class Box<T> { }
struct Cell<T> { public T V; }
class OpenGenericTypes { static void Main() {
  Type[] open = { typeof(List<>), typeof(Dictionary<,>), typeof(Box<>), typeof(Cell<>), typeof(IEnumerable<>), typeof(Nullable<>) };
  foreach (Type t in open) Console.WriteLine(t.Name + " " + t.FullName + " " + t.Namespace + " " + t.IsGenericType + " " + t.IsValueType + " " + t.IsInterface + " " + t.IsGenericTypeDefinition + " " + (t.BaseType == null ? "null" : t.BaseType.Name));
  Console.WriteLine(typeof(List<>) == typeof(List<>));
  Console.WriteLine(typeof(List<>) == typeof(List<int>));
} }

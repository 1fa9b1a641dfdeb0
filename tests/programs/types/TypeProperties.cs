// Type's reflection-free properties: BaseType, IsValueType/IsClass/IsInterface/IsAbstract/IsArray/IsEnum/IsPrimitive,
// IsGenericType, GetElementType, IsAssignableFrom, IsInstanceOfType and IsSubclassOf, compared with Mono.
using System; using System.Collections.Generic;
enum Color { Red }
interface IShape { }
abstract class Shape : IShape { }
class Circle : Shape { }
struct Pt { public int X; }
class TypeProperties {
  static void Main() {
    Type[] types = { typeof(int), typeof(string), typeof(Color), typeof(IShape), typeof(Shape), typeof(Circle), typeof(Pt), typeof(int[]), typeof(List<int>), typeof(object), typeof(double), typeof(Dictionary<string, int>) };
    foreach (Type t in types)
      Console.WriteLine(t.Name + " base=" + (t.BaseType == null ? "null" : t.BaseType.Name) + " vt=" + t.IsValueType + " cls=" + t.IsClass + " itf=" + t.IsInterface
        + " abs=" + t.IsAbstract + " arr=" + t.IsArray + " enum=" + t.IsEnum + " prim=" + t.IsPrimitive + " gen=" + t.IsGenericType + " elem=" + (t.GetElementType() == null ? "-" : t.GetElementType().Name));
    object c = new Circle();
    Console.WriteLine(typeof(Shape).IsAssignableFrom(c.GetType()) + " " + typeof(IShape).IsInstanceOfType(c) + " " + c.GetType().IsSubclassOf(typeof(Shape)) + " " + typeof(Shape).IsSubclassOf(typeof(Circle)));
    Console.WriteLine(typeof(object).IsAssignableFrom(typeof(int)) + " " + typeof(IEnumerable<object>).IsAssignableFrom(typeof(List<string>)) + " " + typeof(string).IsInstanceOfType(null) + " " + typeof(ValueType).IsAssignableFrom(typeof(Pt)));
    Console.WriteLine(new List<int>().GetType().IsGenericType + " " + c.GetType().BaseType.BaseType.FullName + " " + typeof(Color).BaseType.BaseType.Name);
  }
}

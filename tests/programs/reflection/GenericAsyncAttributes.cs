// Reflection over a generic type whose async method's [AsyncStateMachine] names the open state machine type
// (typeof of a generic definition in an attribute argument): the definition is described, never compiled.
using System;
using System.Reflection;
using System.Threading.Tasks;

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
class ShapeAttribute : Attribute
{
    public Type Kind;
    public ShapeAttribute(Type kind) { Kind = kind; }
}

[Shape(typeof(Box<>))]
[Shape(typeof(Box<string>[]))]
class Box<T>
{
    T value;
    public Box(T value) { this.value = value; }
    public async Task<T> GetAsync() { await Task.Yield(); return value; }
    [Shape(typeof(Box<int>))]
    public T Get() { return value; }
}

class Program
{
    static void Main()
    {
        Type box = typeof(Box<string>);
        foreach (ShapeAttribute s in box.GetCustomAttributes(typeof(ShapeAttribute), false))
            Console.WriteLine("type: " + s.Kind.Name + " generic definition " + s.Kind.IsGenericTypeDefinition);
        foreach (MethodInfo m in box.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            foreach (object a in m.GetCustomAttributes(false))
            {
                ShapeAttribute shape = a as ShapeAttribute;
                Console.WriteLine(m.Name + ": " + a.GetType().Name + (shape != null ? " " + shape.Kind.Name : ""));
            }
        }
        Console.WriteLine(new Box<string>("done").GetAsync().Result);
    }
}

using System;
using System.Collections.Generic;
namespace N { class Foo<T, U> { public class Inner { } } class Bar { public class Nested { } } }
// Type.GetType(string) with plain, nested, assembly-qualified, generic ([[...]] and [...]) and array names, ignoring
// case, and the names of generic definitions (typeof(Foo<,>).ToString() shows the parameters, as mono's gtest-502).
class P { static void Main() {
  Console.WriteLine(typeof(N.Foo<,>).ToString()); Console.WriteLine(typeof(N.Foo<,>).FullName); Console.WriteLine(typeof(N.Foo<,>).Name);
  Console.WriteLine(typeof(N.Foo<,>.Inner).ToString()); Console.WriteLine(typeof(N.Foo<,>.Inner).FullName);
  Console.WriteLine(typeof(Dictionary<,>)); Console.WriteLine(typeof(N.Foo<int,string>));
  Console.WriteLine(typeof(List<int>).ToString());
  Console.WriteLine(Type.GetType("N.Bar+Nested") == typeof(N.Bar.Nested));
  Console.WriteLine(Type.GetType("N.Bar+Nested, " + typeof(P).Assembly.GetName().Name + ", Version=0.0.0.0") == typeof(N.Bar.Nested));
  Console.WriteLine(Type.GetType("N.Bar+Nested, Other") == null);
  Console.WriteLine(Type.GetType("System.Int32, mscorlib") == typeof(int));
  Console.WriteLine(Type.GetType("System.Collections.Generic.List`1[[System.Int32, mscorlib]]") == typeof(List<int>));
  Console.WriteLine(Type.GetType("System.Collections.Generic.Dictionary`2[System.String,N.Bar]") == typeof(Dictionary<string, N.Bar>));
  Console.WriteLine(Type.GetType("System.Collections.Generic.dictionary`2[system.string,n.bar]", false, true) == typeof(Dictionary<string, N.Bar>));
  Console.WriteLine(Type.GetType("System.Int32") == typeof(int));
  Console.WriteLine(typeof(N.Bar).Name + " " + (Type.GetType("N.Bar[]") == typeof(N.Bar[])));
  Console.WriteLine(Type.GetType("N.Nope") == null);
  try { Type.GetType("N.Nope", true); } catch (TypeLoadException) { Console.WriteLine("TypeLoadException"); }
}}

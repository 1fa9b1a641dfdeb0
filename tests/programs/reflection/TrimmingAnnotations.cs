// [DynamicallyAccessedMembers] on a parameter, a field, a return value and a generic parameter, and
// [DynamicDependency]: what they name is kept and reachable through reflection (ReflectionDataflow, AccessedMembers,
// AnnotatedDependencies), without a warning. Mono 6.8's mscorlib has no such attributes: the program declares them in
// their namespace, as netstandard2.0 libraries do (matched by name, as ILLink matches them).
using System;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace System.Diagnostics.CodeAnalysis
{
    [Flags]
    enum DynamicallyAccessedMemberTypes
    {
        All = -1, None = 0, PublicParameterlessConstructor = 1, PublicConstructors = 3, NonPublicConstructors = 4,
        PublicMethods = 8, NonPublicMethods = 16, PublicFields = 32, NonPublicFields = 64, PublicNestedTypes = 128,
        NonPublicNestedTypes = 256, PublicProperties = 512, NonPublicProperties = 1024, PublicEvents = 2048,
        NonPublicEvents = 4096, Interfaces = 8192,
    }

    [AttributeUsage(AttributeTargets.All)]
    sealed class DynamicallyAccessedMembersAttribute : Attribute
    {
        public DynamicallyAccessedMembersAttribute(DynamicallyAccessedMemberTypes memberTypes) { }
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, AllowMultiple = true)]
    sealed class DynamicDependencyAttribute : Attribute
    {
        public DynamicDependencyAttribute(string memberSignature) { }
        public DynamicDependencyAttribute(string memberSignature, Type type) { }
        public DynamicDependencyAttribute(DynamicallyAccessedMemberTypes memberTypes, Type type) { }
    }
}

class Greeter
{
    public string Hello() { return "hello"; }
    public string Bye() { return "bye"; }
    private string Secret() { return "secret"; }
}

class Settings
{
    public int Port { get; set; }
    public string Host { get; set; }
}

class Plugin
{
    public Plugin() { Console.WriteLine("Plugin created"); }
}

class Hidden
{
    static string Reveal(int n) { return "revealed " + n; }
}

static class Program
{
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
    static Type s_settingsType = typeof(Settings);

    static void CallAll([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type type, object target)
    {
        foreach (MethodInfo m in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            Console.WriteLine(m.Name + " -> " + m.Invoke(target, null));
    }

    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
    static Type PluginType() { return typeof(Plugin); }

    static T Create<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>()
    {
        return (T)Activator.CreateInstance(typeof(T));
    }

    [DynamicDependency("Reveal(System.Int32)", typeof(Hidden))]
    static void UseHidden()
    {
        MethodInfo m = Type.GetType("Hidden").GetMethod("Reveal", BindingFlags.NonPublic | BindingFlags.Static);
        Console.WriteLine(m.Invoke(null, new object[] { 3 }));
    }

    static int Main()
    {
        CallAll(typeof(Greeter), new Greeter());
        Settings s = new Settings { Port = 80, Host = "localhost" };
        foreach (PropertyInfo p in s_settingsType.GetProperties())
            Console.WriteLine(p.Name + " = " + p.GetValue(s, null));
        Activator.CreateInstance(PluginType());
        Console.WriteLine(Create<Plugin>() != null);
        UseHidden();
        return 0;
    }
}

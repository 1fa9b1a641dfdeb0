using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;

// Lists what assemblies reference from the core library (mscorlib, System, System.Core, netstandard) that Kiln's
// System.Private.CoreLib lacks: types by full name, methods by name and parameter types (generic parameters by
// position), fields by name, looked up through base types.
static class CoreLibGaps
{
    static readonly HashSet<string> CoreScopes = new HashSet<string> { "mscorlib", "System", "System.Core", "netstandard", "System.Runtime" };

    // a parameter type as written in a signature, generic parameters by position (!0, !!0)
    static string Signature(TypeReference t)
    {
        var gp = t as GenericParameter;
        if (gp != null) return (gp.Owner is MethodReference ? "!!" : "!") + gp.Position;
        var array = t as ArrayType;
        if (array != null) return Signature(array.ElementType) + "[" + new string(',', array.Rank - 1) + "]";
        var byRef = t as ByReferenceType;
        if (byRef != null) return Signature(byRef.ElementType) + "&";
        var pointer = t as PointerType;
        if (pointer != null) return Signature(pointer.ElementType) + "*";
        var instance = t as GenericInstanceType;
        if (instance != null) return instance.ElementType.FullName + "<" + string.Join(",", instance.GenericArguments.Select(Signature)) + ">";
        return t.FullName;
    }

    static string Parameters(MethodReference m) { return "(" + string.Join(",", m.Parameters.Select(p => Signature(p.ParameterType))) + ")"; }

    static bool Declares(TypeDefinition type, MemberReference member)
    {
        var method = member as MethodReference;
        if (method == null) return type.Fields.Any(f => f.Name == member.Name);
        string parameters = Parameters(method);
        return type.Methods.Any(m => m.Name == method.Name && Parameters(m) == parameters);
    }

    static int Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: CoreLibGaps.exe System.Private.CoreLib.dll Assembly.dll...");
            return 2;
        }
        var types = new Dictionary<string, TypeDefinition>();
        foreach (var t in ModuleDefinition.ReadModule(args[0]).GetTypes()) types[t.FullName] = t;
        var missingTypes = new SortedSet<string>(StringComparer.Ordinal);
        var missingMembers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in args.Skip(1))
        {
            var module = ModuleDefinition.ReadModule(path);
            foreach (var type in module.GetTypeReferences())
            {
                if (CoreScopes.Contains(type.Scope.Name) && !types.ContainsKey(type.FullName)) missingTypes.Add(type.FullName);
            }
            foreach (var member in module.GetMemberReferences())
            {
                var owner = member.DeclaringType.GetElementType();
                TypeDefinition type;
                if (!CoreScopes.Contains(owner.Scope.Name) || !types.TryGetValue(owner.FullName, out type)) continue;
                bool found = false;
                while (type != null && !(found = Declares(type, member)))
                {
                    if (type.BaseType == null) break;
                    types.TryGetValue(type.BaseType.GetElementType().FullName, out type);
                }
                var method = member as MethodReference;
                if (!found) missingMembers.Add(owner.FullName + "::" + member.Name + (method != null ? Parameters(method) : ""));
            }
        }
        foreach (string t in missingTypes) Console.WriteLine("type   " + t);
        foreach (string m in missingMembers) Console.WriteLine("member " + m);
        return 0;
    }
}

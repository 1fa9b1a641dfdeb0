// Mono.Cecil as its users drive it: read an assembly from a path and from a MemoryStream over its bytes, list its
// types, count methods and IL instructions, print one method's IL. args: the assembly to read (the test passes
// Mono 4.5's System.Core.dll). Both reads must see the same assembly.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;

class CecilTour {
    static int Main(string[] args) {
        string path = args[0];
        AssemblyDefinition fromPath = AssemblyDefinition.ReadAssembly(path);
        AssemblyDefinition fromStream = AssemblyDefinition.ReadAssembly(new MemoryStream(File.ReadAllBytes(path)));

        Console.WriteLine(fromPath.Name.Name + " " + fromPath.Name.Version + " (" + fromPath.MainModule.Runtime + ")");
        Console.WriteLine("references: " + string.Join(", ", fromPath.MainModule.AssemblyReferences.Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal)));

        List<TypeDefinition> types = AllTypes(fromPath.MainModule).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        Console.WriteLine(types.Count + " types:");
        foreach (TypeDefinition t in types) {
            Console.WriteLine("  " + (t.IsPublic || t.IsNestedPublic ? "public " : "") + Kind(t) + " " + t.FullName
                + " (" + t.Methods.Count + " methods, " + t.Fields.Count + " fields)");
        }
        string summary = Summary(types);
        Console.WriteLine(summary);

        string fromBytes = Summary(AllTypes(fromStream.MainModule).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList());
        Console.WriteLine(fromBytes == summary ? "read from a MemoryStream: the same" : "read from a MemoryStream: " + fromBytes);

        MethodDefinition any = types.First(t => t.FullName == "System.Linq.Enumerable").Methods
            .Where(m => m.Name == "Any" && m.Parameters.Count == 2).OrderBy(m => m.MetadataToken.RID).First();
        Console.WriteLine(any.FullName + ", max stack " + any.Body.MaxStackSize + ", " + any.Body.Variables.Count + " locals:");
        foreach (Instruction i in any.Body.Instructions) {
            Console.WriteLine("  " + i);
        }
        foreach (ExceptionHandler h in any.Body.ExceptionHandlers) {
            Console.WriteLine("  " + h.HandlerType + " try IL_" + h.TryStart.Offset.ToString("x4") + " handler IL_" + h.HandlerStart.Offset.ToString("x4"));
        }
        return types.Count % 100;
    }

    static IEnumerable<TypeDefinition> AllTypes(ModuleDefinition module) {
        var pending = new Stack<TypeDefinition>(module.Types);
        while (pending.Count > 0) {
            TypeDefinition t = pending.Pop();
            yield return t;
            foreach (TypeDefinition n in t.NestedTypes) {
                pending.Push(n);
            }
        }
    }

    static string Kind(TypeDefinition t) {
        if (t.IsInterface) return "interface";
        if (t.IsEnum) return "enum";
        if (t.IsValueType) return "struct";
        return t.BaseType != null && t.BaseType.FullName == "System.MulticastDelegate" ? "delegate" : "class";
    }

    static string Summary(List<TypeDefinition> types) {
        int methods = 0, withBodies = 0, instructions = 0;
        var opcodes = new Dictionary<string, int>();
        foreach (TypeDefinition t in types) {
            foreach (MethodDefinition m in t.Methods) {
                methods++;
                if (!m.HasBody) continue;
                withBodies++;
                foreach (Instruction i in m.Body.Instructions) {
                    instructions++;
                    int n;
                    opcodes.TryGetValue(i.OpCode.Name, out n);
                    opcodes[i.OpCode.Name] = n + 1;
                }
            }
        }
        var top = opcodes.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(5).Select(p => p.Key + "=" + p.Value);
        return types.Count + " types, " + methods + " methods (" + withBodies + " with IL), " + instructions
            + " instructions; most used: " + string.Join(" ", top);
    }
}

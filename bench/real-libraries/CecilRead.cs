using System;
using System.Diagnostics;
using System.IO;
using Mono.Cecil;

// Reads an assembly with Mono.Cecil N times the way its users do (ReadModule from a path, every method body decoded)
// and prints the time of the fastest read and a checksum of what was read.
class CecilRead
{
    static int Main(string[] args)
    {
        string path = args[0];
        int times = args.Length > 1 ? int.Parse(args[1]) : 5;
        long best = long.MaxValue;
        long total = 0;
        int checksum = 0;
        for (int i = 0; i < times; i++)
        {
            Stopwatch watch = Stopwatch.StartNew();
            ModuleDefinition module = ModuleDefinition.ReadModule(path);
            int instructions = 0;
            foreach (TypeDefinition type in module.Types)
            {
                foreach (MethodDefinition method in type.Methods)
                {
                    if (method.HasBody) instructions += method.Body.Instructions.Count;
                }
            }
            watch.Stop();
            total += watch.ElapsedMilliseconds;
            best = Math.Min(best, watch.ElapsedMilliseconds);
            checksum = checksum * 31 + instructions;
        }
        Console.WriteLine("best " + best + " ms, total " + total + " ms, checksum " + checksum);
        return 0;
    }
}

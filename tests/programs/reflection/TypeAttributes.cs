// Type.Attributes and what .NET derives from it (visibility, layout, string format, sealed/abstract, Serializable,
// BeforeFieldInit) for types reached only through GetType() as well as typeof, arrays and generic instantiations;
// Type.DeclaringType of nested types (mcs test-349).
using System;
using System.Reflection;
using System.Collections.Generic;
using System.Runtime.InteropServices;

[Serializable] public class Pub
{
    public class NPub { }
    protected class NFam { }
    internal class NAsm { }
    private class NPriv { }
    protected internal class NFamOrAsm { }
    public static Type[] Nested() { return new[] { typeof(NPub), typeof(NFam), typeof(NAsm), typeof(NPriv), typeof(NFamOrAsm) }; }
}
sealed class Sealed { static int x = 5; public static int X { get { return x; } } }
class WithCctor { static int x; static WithCctor() { x = 1; } public static int X { get { return x; } } }
abstract class Abs { }
static class Stat { }
struct S { }
[StructLayout(LayoutKind.Explicit)] struct Ex { [FieldOffset(0)] public int A; }
[StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)] class Uni { }
[StructLayout(LayoutKind.Auto, CharSet = CharSet.Auto)] struct AutoCs { }
enum E { A }
interface I { }
public interface IPub { }
delegate void D();
class G<T> { }
public class PG<T> { public class Inner { } }

class Program
{
    static void Show(Type t)
    {
        TypeAttributes a = t.Attributes;
        Console.WriteLine("{0}: 0x{1:X} pub={2} notpub={3} npub={4} npriv={5} nfam={6} nasm={7} nfoa={8} sealed={9} abstract={10} class={11} iface={12} ser={13} auto={14} seq={15} expl={16} ansi={17} uni={18} autoc={19} bfi={20}",
            t.Name, (int)a, t.IsPublic, t.IsNotPublic, t.IsNestedPublic, t.IsNestedPrivate, t.IsNestedFamily, t.IsNestedAssembly, t.IsNestedFamORAssem,
            t.IsSealed, t.IsAbstract, t.IsClass, t.IsInterface, t.IsSerializable, t.IsAutoLayout, t.IsLayoutSequential, t.IsExplicitLayout,
            t.IsAnsiClass, t.IsUnicodeClass, t.IsAutoClass, (a & TypeAttributes.BeforeFieldInit) != 0);
    }

    static void Main()
    {
        // the object's runtime type: no typeof anywhere for some of these
        object[] objects = { new Pub(), new WithCctor(), new S(), E.A, new Ex(), new Uni(), new AutoCs(), new G<int>(), new PG<string>.Inner(), new int[1], new string[1, 1] };
        foreach (object o in objects) Show(o.GetType());
        foreach (Type t in Pub.Nested()) Show(t);
        Show(typeof(Sealed)); Show(typeof(Abs)); Show(typeof(Stat)); Show(typeof(I)); Show(typeof(IPub)); Show(typeof(D));
        Show(typeof(PG<int>)); Show(typeof(List<int>[]));
        Console.WriteLine(Sealed.X + WithCctor.X);
        Console.WriteLine("visible: {0} {1} {2} {3}", typeof(Pub).IsVisible, typeof(IPub).IsVisible, typeof(Program).IsVisible, typeof(PG<int>.Inner).IsVisible);
        More.Print();
        Console.WriteLine("interface semantics: {0}", (typeof(I).Attributes & TypeAttributes.ClassSemanticsMask) == TypeAttributes.Interface);
    }
}
static class More
{
    public static void Print()
    {
        Console.WriteLine("declaring: {0} {1} {2} {3}", typeof(Pub.NPub).DeclaringType, typeof(PG<int>.Inner).DeclaringType, typeof(Pub).DeclaringType == null, typeof(int[]).DeclaringType == null);
    }
}

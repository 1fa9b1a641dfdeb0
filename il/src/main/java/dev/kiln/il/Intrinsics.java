package dev.kiln.il;

import dev.kiln.typesystem.MethodDesc;

/** Core-library methods the compiler implements itself instead of calling. */
public final class Intrinsics {
    private Intrinsics() {
    }

    /** Activator.CreateInstance<T>() instantiated: compiled as `new T()` when {@link #createsInline} says so. */
    public static boolean isCreateInstance(MethodDesc m) {
        return m instanceof dev.kiln.typesystem.InstantiatedMethod im && m.name().equals("CreateInstance")
                && m.owningType().fullName().equals("System.Activator") && im.arguments().size() == 1;
    }

    /**
     * Whether Activator.CreateInstance<T>() for this T is compiled inline: default(T) for value types, `new T()` for
     * classes with a parameterless constructor. Otherwise (abstract classes, interfaces, no such constructor) it is
     * an ordinary call of the core library's body, which throws MissingMethodException at run time as .NET does.
     */
    public static boolean createsInline(dev.kiln.typesystem.TypeDesc type) {
        return type.isValueType() || defaultConstructor(type) != null;
    }

    /** The parameterless constructor `new T()` runs, or null for value types and types that cannot be created. */
    public static MethodDesc defaultConstructor(dev.kiln.typesystem.TypeDesc type) {
        if (type.isValueType() || type.isAbstract() || type.isInterface()) {
            return null;
        }
        for (MethodDesc m : type.methods()) {
            if (m.isConstructor() && !m.isStatic() && m.signature().parameters().isEmpty()) {
                return m;
            }
        }
        return null;
    }

    /**
     * DefaultComparers.ComparableComparerOrNull&lt;T&gt;() or EquatableComparerOrNull&lt;T&gt;() instantiated: the core
     * library asks for a comparer that calls T's own CompareTo(T) or Equals(T), which C# cannot create for an
     * unconstrained T. Returns the constructor of the comparer class the call becomes — ComparableComparer&lt;T&gt;
     * (value types) or GenericComparer&lt;T&gt; (classes, null-aware) when T implements IComparable&lt;T&gt;, their
     * equality counterparts when T implements IEquatable&lt;T&gt; — or null when T does not (the body, returning null,
     * runs, and the caller falls back to the comparer that goes through object). .NET chooses the same classes by
     * reflection at run time; NativeAOT's compiler decides it per instantiation, as here.
     */
    public static MethodDesc typedComparerConstructor(MethodDesc m) {
        if (!(m instanceof dev.kiln.typesystem.InstantiatedMethod im) || im.arguments().size() != 1
                || !m.owningType().fullName().equals("System.Collections.Generic.DefaultComparers")) {
            return null;
        }
        String contract;
        String valueClass;
        String referenceClass;
        switch (m.name()) {
            case "ComparableComparerOrNull" -> {
                contract = "System.IComparable`1";
                valueClass = "ComparableComparer`1";
                referenceClass = "GenericComparer`1";
            }
            case "EquatableComparerOrNull" -> {
                contract = "System.IEquatable`1";
                valueClass = "EquatableEqualityComparer`1";
                referenceClass = "GenericEqualityComparer`1";
            }
            default -> {
                return null;
            }
        }
        dev.kiln.typesystem.TypeDesc t = im.arguments().get(0);
        if (t instanceof dev.kiln.typesystem.GenericParameterType || !implementsOverItself(t, contract)) {
            return null;
        }
        var typeSystem = t.typeSystem();
        var comparer = typeSystem.coreLibraryModule().findType("System.Collections.Generic",
                t.isValueType() ? valueClass : referenceClass);
        if (comparer == null) {
            return null;
        }
        return defaultConstructor(typeSystem.instantiate(comparer, java.util.List.of(t)));
    }

    /**
     * DefaultOperations.AreEqual&lt;T&gt;, HashOf&lt;T&gt; or Compare&lt;T&gt; instantiated: what EqualityComparer&lt;T&gt;.Default
     * and Comparer&lt;T&gt;.Default would do, as a direct call the optimizer can inline (Dictionary, HashSet and the
     * sort call these with the default comparer; .NET's JIT devirtualizes the same calls). Returns the static method
     * of the typed class the call goes to instead — EquatableValues&lt;T&gt;/ComparableValues&lt;T&gt; for a value type
     * implementing IEquatable&lt;T&gt;/IComparable&lt;T&gt; over itself, EquatableObjects&lt;T&gt;/ComparableObjects&lt;T&gt;
     * (null-aware) for a class, the underlying integer type's for an enum (as .NET's EnumEqualityComparer and
     * EnumComparer) — or null: the body, which goes through the default comparer object, runs.
     */
    public static MethodDesc typedDefaultOperation(MethodDesc m) {
        if (!(m instanceof dev.kiln.typesystem.InstantiatedMethod im) || im.arguments().size() != 1
                || !m.owningType().fullName().equals("System.Collections.Generic.DefaultOperations")) {
            return null;
        }
        String contract = m.name().equals("Compare") ? "System.IComparable`1" : "System.IEquatable`1";
        if (!m.name().equals("Compare") && !m.name().equals("AreEqual") && !m.name().equals("HashOf")) {
            return null;
        }
        dev.kiln.typesystem.TypeDesc t = im.arguments().get(0);
        if (t.isEnum() && t instanceof dev.kiln.typesystem.EcmaType e) {
            t = e.enumUnderlyingType();
        }
        if (t instanceof dev.kiln.typesystem.GenericParameterType || !implementsOverItself(t, contract)) {
            return null;
        }
        String family = contract.equals("System.IComparable`1") ? "Comparable" : "Equatable";
        var typeSystem = t.typeSystem();
        var owner = typeSystem.coreLibraryModule().findType("System.Collections.Generic",
                family + (t.isValueType() ? "Values`1" : "Objects`1"));
        if (owner == null) {
            return null;
        }
        for (MethodDesc candidate : typeSystem.instantiate(owner, java.util.List.of(t)).methods()) {
            if (candidate.name().equals(m.name()) && candidate.isStatic()) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether t implements contract`1 instantiated over t itself (IComparable&lt;t&gt;, IEquatable&lt;t&gt;). */
    private static boolean implementsOverItself(dev.kiln.typesystem.TypeDesc t, String contract) {
        for (var i : dev.kiln.typesystem.InterfaceResolution.allInterfaces(t)) {
            if (i instanceof dev.kiln.typesystem.InstantiatedType it && it.arguments().size() == 1
                    && it.arguments().get(0).equals(t) && it.definition().fullName().equals(contract)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marshal.FieldOffsets&lt;T&gt;() instantiated over a value type: the address of constant text naming each instance
     * field of T with its offset ("X:0\nY:4\n"), from which Marshal.OffsetOf&lt;T&gt; answers without reflection.
     */
    public static boolean isFieldOffsets(MethodDesc m) {
        return m instanceof dev.kiln.typesystem.InstantiatedMethod im && m.name().equals("FieldOffsets")
                && m.owningType().fullName().equals("System.Runtime.InteropServices.Marshal") && im.arguments().size() == 1
                && im.arguments().get(0).isValueType();
    }

    /**
     * LambdaStubs.For&lt;TDelegate&gt;() of the expression-tree interpreter: the address of a function with the
     * signature of TDelegate's Invoke (target first) that hands its arguments to the interpreter (codegen
     * LambdaStubs). A delegate of TDelegate pointing at it, with an interpreted lambda as its target, is what
     * Expression&lt;TDelegate&gt;.Compile() returns: no code is made at run time.
     */
    public static boolean isLambdaStub(MethodDesc m) {
        return m instanceof dev.kiln.typesystem.InstantiatedMethod im && m.name().equals("For")
                && m.owningType().fullName().equals("System.Linq.Expressions.Interpreter.LambdaStubs")
                && im.arguments().size() == 1 && DelegateMethods.isDelegate(im.arguments().get(0));
    }

    /** The managed method every lambda stub calls: LambdaStubs.Enter(object closure, IntPtr arguments, IntPtr result). */
    public static MethodDesc lambdaStubEntry(dev.kiln.typesystem.TypeSystem typeSystem) {
        var stubs = typeSystem.coreLibraryModule().findType("System.Linq.Expressions.Interpreter", "LambdaStubs");
        if (stubs != null) {
            for (MethodDesc candidate : stubs.methods()) {
                if (candidate.isStatic() && candidate.name().equals("Enter") && candidate.signature().parameters().size() == 3) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("the core library has no System.Linq.Expressions.Interpreter.LambdaStubs.Enter");
    }

    /**
     * Assembly.GetExecutingAssembly(): the assembly of the method that calls it, known where the call is compiled
     * (NativeAOT's toolchain expands it the same way). Returns the core library's RuntimeAssembly.ForName(string),
     * which the call becomes with the caller's assembly name as its argument, or null for any other method.
     */
    public static MethodDesc executingAssemblyLookup(MethodDesc m) {
        if (!m.isStatic() || !m.name().equals("GetExecutingAssembly") || !m.signature().parameters().isEmpty()
                || !m.owningType().fullName().equals("System.Reflection.Assembly")) {
            return null;
        }
        var runtimeAssembly = m.owningType().typeSystem().coreLibraryModule().findType("System.Reflection", "RuntimeAssembly");
        if (runtimeAssembly == null) {
            return null;
        }
        for (MethodDesc candidate : runtimeAssembly.methods()) {
            if (candidate.isStatic() && candidate.name().equals("ForName") && candidate.signature().parameters().size() == 1) {
                return candidate;
            }
        }
        return null;
    }

    /** The name of the assembly whose IL method is (the assembly Assembly.GetExecutingAssembly() in it names). */
    public static String assemblyOf(MethodDesc method) {
        var owner = method.typicalDefinition().owningType();
        while (owner instanceof dev.kiln.typesystem.InstantiatedType it) {
            owner = it.definition();
        }
        return owner instanceof dev.kiln.typesystem.EcmaType e ? e.module().assemblyName()
                : method.owningType().typeSystem().coreLibraryModule().assemblyName();
    }

    public static boolean isInitializeArray(MethodDesc m) {
        return m.name().equals("InitializeArray") && m.isStatic()
                && m.owningType().fullName().equals("System.Runtime.CompilerServices.RuntimeHelpers");
    }

    /** Enum.HasFlag(Enum): on two boxes of the same enum type, the code generator tests the bits without them. */
    public static boolean isEnumHasFlag(MethodDesc m) {
        return m.name().equals("HasFlag") && !m.isStatic() && m.signature().parameters().size() == 1
                && m.owningType().fullName().equals("System.Enum");
    }

    /**
     * A member of System.Threading.Interlocked that codegen-llvm's AtomicIntrinsics compiles to one LLVM atomic
     * instruction (atomicrmw, cmpxchg, an atomic load or a fence). The core library's bodies of these methods call
     * themselves, so a call through a delegate is just as atomic.
     */
    public static boolean isInterlocked(MethodDesc m) {
        if (!m.isStatic() || !m.owningType().fullName().equals("System.Threading.Interlocked")) {
            return false;
        }
        return switch (m.name()) {
            case "Add", "And", "Or", "Increment", "Decrement", "Exchange", "CompareExchange", "Read", "MemoryBarrier" -> true;
            default -> false;
        };
    }

    /** Volatile.Read, Write, ReadBarrier and WriteBarrier: acquire loads, release stores and their fences (AtomicIntrinsics). */
    public static boolean isVolatile(MethodDesc m) {
        return m.isStatic() && m.owningType().fullName().equals("System.Threading.Volatile")
                && switch (m.name()) {
                    case "Read", "Write", "ReadBarrier", "WriteBarrier" -> true;
                    default -> false;
                };
    }
}

package dev.kiln.compiler.deps;

import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.il.PInvokeSignature;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * The stubs that let delegates of one type cross to native code (codegen DelegateMarshalling): the reverse stub
 * native code calls through a delegate's function pointer (it calls the delegate's Invoke), and the forward stub of
 * a delegate made from a native function pointer (an instance of the type). What needs them: a P/Invoke parameter
 * of the type (PInvokeStubNode), the generic Marshal methods instantiated over it ({@link #requestedBy}), and the
 * non-generic Marshal.GetFunctionPointerForDelegate(Delegate) and GetDelegateForFunctionPointer(IntPtr, Type) when
 * the type is constructed ({@link #conditionalOnNonGenericUse}: those find the stubs at run time, and throw for a
 * type without); in an image, every delegate type it constructs ({@link #inImage}).
 */
public final class DelegateMarshallingNode extends CodeNode {
    private final TypeDesc delegateType;
    private final MethodDesc invoke;

    DelegateMarshallingNode(TypeDesc delegateType) {
        this.delegateType = delegateType;
        this.invoke = PInvokeSignature.invokeOf(delegateType);
    }

    /** Whether Kiln can marshal delegates of type both ways. */
    static boolean isMarshallable(TypeDesc type) {
        PInvokeSignature signature = PInvokeSignature.ofDelegate(type);
        return signature != null && signature.isSupported();
    }

    /**
     * The delegate type a call to Marshal.GetFunctionPointerForDelegate&lt;T&gt; or GetDelegateForFunctionPointer&lt;T&gt;
     * marshals (T), or null for any other call.
     */
    static TypeDesc requestedBy(MethodDesc target) {
        if (!(target instanceof InstantiatedMethod instantiated) || instantiated.arguments().size() != 1) {
            return null;
        }
        TypeDesc owner = target.owningType();
        boolean marshal = "System.Runtime.InteropServices.Marshal".equals(owner.fullName())
                && owner == owner.typeSystem().coreLibraryModule().findType("System.Runtime.InteropServices", "Marshal");
        String name = target.name();
        if (!marshal || !(name.equals("GetFunctionPointerForDelegate") || name.equals("GetDelegateForFunctionPointer"))) {
            return null;
        }
        return instantiated.arguments().get(0);
    }

    /**
     * The edges a constructed delegate type gets: its stubs, if the non-generic GetFunctionPointerForDelegate or
     * GetDelegateForFunctionPointer is reachable (nothing for another type or one Kiln cannot marshal).
     */
    static List<dev.kiln.depgraph.CombinedDependencyListEntry<NodeFactory>> conditionalOnNonGenericUse(NodeFactory factory,
                                                                                                    TypeDesc type) {
        if (!dev.kiln.il.DelegateMethods.isDelegate(type)) {
            return List.of();
        }
        DelegateMarshallingNode stubs = factory.delegateMarshalling(type);
        TypeDesc marshal = type.typeSystem().coreLibraryModule().findType("System.Runtime.InteropServices", "Marshal");
        if (stubs == null || marshal == null) {
            return List.of();
        }
        List<dev.kiln.depgraph.CombinedDependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        for (MethodDesc m : marshal.methods()) {
            boolean lookup = m.name().equals("GetFunctionPointerForDelegate") || m.name().equals("GetDelegateForFunctionPointer");
            CodeNode use = lookup && m.signature().genericParameterCount() == 0 ? factory.methodEntry(m) : null;
            if (use != null) {
                deps.add(new dev.kiln.depgraph.CombinedDependencyListEntry<>(stubs, use,
                        m.fullName() + " may be given a " + type.fullName()));
            }
        }
        return deps;
    }

    /**
     * In an image, which cannot tell whether another image calls the non-generic overloads: the stubs of each
     * marshallable delegate type it defines and constructs, unconditionally (null for any other type).
     */
    static DelegateMarshallingNode inImage(NodeFactory factory, TypeDesc type) {
        return dev.kiln.il.DelegateMethods.isDelegate(type) && factory.linkage().defines(type)
                ? factory.delegateMarshalling(type) : null;
    }

    public TypeDesc delegateType() {
        return delegateType;
    }

    @Override
    public MethodDesc method() {
        return invoke;
    }

    @Override
    public String kind() {
        return "DelegateMarshalling";
    }

    @Override
    public String name() {
        return delegateType.fullName() + " [native callback and call stubs]";
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        addEdge(deps, factory.methodEntry(invoke), "native code calls " + delegateType.fullName()
                + " delegates through their reverse stub");
        addTokens(deps, factory.tokens().method(invoke), "the reverse stub of " + delegateType.fullName() + " calls Invoke");
        deps.add(new DependencyListEntry<>(factory.constructedType(delegateType),
                "GetDelegateForFunctionPointer makes " + delegateType.fullName() + " delegates that call native code"));
        return deps;
    }

    @Override
    public FunctionToCompile function() {
        return new FunctionToCompile(FunctionToCompile.Kind.DELEGATE_MARSHALLING, invoke);
    }
}

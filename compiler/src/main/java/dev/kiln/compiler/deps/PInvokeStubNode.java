package dev.kiln.compiler.deps;

import dev.kiln.il.ThrowingMethods;
import dev.kiln.il.PInvokeHelpers;
import dev.kiln.il.PInvokeSignature;
import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * A P/Invoke method ([DllImport] static extern) whose signature Kiln can marshal: a function with the managed
 * signature that binds the native function at its first call and calls it (codegen PInvokeStubs). Its managed
 * dependencies are the core library's thrower of DllNotFoundException and EntryPointNotFoundException and the
 * marshalling helpers of its StringBuilder and SafeHandle values (PInvokeHelpers).
 */
public final class PInvokeStubNode extends CodeNode {
    private final MethodDesc method;

    PInvokeStubNode(MethodDesc method) {
        this.method = method;
    }

    /** Whether method is a P/Invoke method whose signature Kiln marshals. */
    static boolean isBindable(MethodDesc method) {
        if (!(method.typicalDefinition() instanceof EcmaMethod e) || !e.isPInvoke()) {
            return false;
        }
        PInvokeSignature signature = PInvokeSignature.of(method);
        return signature != null && signature.isSupported();
    }

    @Override
    public MethodDesc method() {
        return method;
    }

    @Override
    public String kind() {
        return "PInvokeStub";
    }

    @Override
    public String name() {
        return method.fullName() + " [P/Invoke]";
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        String reason = "the P/Invoke stub of " + method.fullName() + " throws when its library or entry point is missing";
        MethodDesc thrower = ThrowingMethods.thrower(factory.typeSystem());
        addEdge(deps, factory.methodEntry(thrower), reason);
        addTokens(deps, factory.tokens().method(thrower), reason);
        PInvokeSignature signature = PInvokeSignature.of(method);
        if (signature.returnKind() == PInvokeSignature.Kind.DELEGATE) {
            TypeDesc type = method.signature().returnType();
            String returned = method.fullName() + " returns a native function pointer as a " + type.fullName();
            MethodDesc factoryMethod = PInvokeSignature.delegateFactory(factory.typeSystem());
            addEdge(deps, factory.methodEntry(factoryMethod), returned);
            addTokens(deps, factory.tokens().method(factoryMethod), returned);
            DelegateMarshallingNode stubs = factory.delegateMarshalling(type);
            if (stubs != null) {
                deps.add(new DependencyListEntry<>(stubs, returned));
            }
        }
        for (int i = 0; i < signature.parameters().size(); i++) {
            if (signature.parameters().get(i) == PInvokeSignature.Kind.DELEGATE) {
                TypeDesc type = method.signature().parameters().get(i);
                DelegateMarshallingNode stubs = factory.delegateMarshalling(type);
                if (stubs != null) {
                    deps.add(new DependencyListEntry<>(stubs, "parameter " + (i + 1) + " of " + method.fullName()
                            + " passes a " + type.fullName() + " to native code as a function pointer"));
                }
            }
        }
        String marshals = "the P/Invoke stub of " + method.fullName() + " marshals StringBuilders or SafeHandles with it";
        for (MethodDesc helper : PInvokeHelpers.required(method, signature)) {
            addEdge(deps, factory.methodEntry(helper), marshals);
            addTokens(deps, factory.tokens().method(helper), marshals);
        }
        return deps;
    }

    @Override
    public FunctionToCompile function() {
        return new FunctionToCompile(FunctionToCompile.Kind.PINVOKE_STUB, method);
    }
}

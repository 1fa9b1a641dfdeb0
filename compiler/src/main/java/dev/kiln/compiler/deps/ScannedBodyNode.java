package dev.kiln.compiler.deps;

import dev.kiln.codegen.AwaitSites;
import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.depgraph.DependencyNode;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * Code compiled from a method's IL: its dependencies are what the IL calls, allocates and touches, found by
 * scanning it (in parallel batches, by the compilation graph) the way the code generator will compile it.
 */
public abstract class ScannedBodyNode extends CodeNode {
    private final MethodDesc method;
    private volatile List<DependencyListEntry<NodeFactory>> computed;

    ScannedBodyNode(MethodDesc method) {
        this.method = method;
    }

    @Override
    public MethodDesc method() {
        return method;
    }

    /** How the IL is compiled: as an ordinary body (null), a runtime-async variant, or an async version. */
    abstract AwaitSites.Mode scanMode();

    @Override
    public boolean staticDependenciesAreComputed() {
        return false;
    }

    void compute(NodeFactory factory) {
        computed = scan(factory);
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        List<DependencyListEntry<NodeFactory>> deps = computed;
        return deps != null ? deps : scan(factory);
    }

    private List<DependencyListEntry<NodeFactory>> scan(NodeFactory factory) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        ILScanner.scan(method, scanMode(), new DependencySink() {
            private void add(DependencyNode<NodeFactory> node, String reason) {
                if (node != null) {
                    deps.add(new DependencyListEntry<>(node, reason));
                }
            }

            private void add(List<TokenNode> tokens, String reason) {
                addTokens(deps, tokens, reason);
            }

            /** Enum.GetValues(typeof(E)) returns an E[] of boxable values: both must exist ahead of time. */
            private void enumValues(TypeDesc type) {
                ConstructedTypeNode array = factory.enumArray(type);
                if (array != null) {
                    add(array, "Enum.GetValues may return an array of " + type.fullName());
                    add(factory.constructedType(type), "the values of Enum.GetValues may be boxed");
                }
            }

            @Override
            public void methodBody(MethodDesc target, String reason) {
                add(factory.methodEntry(target), reason);
                add(factory.tokens().method(target), reason);
            }

            @Override
            public void methodReference(MethodDesc target, String reason) {
                add(factory.tokens().method(target), reason);
            }

            @Override
            public void staticField(dev.kiln.typesystem.FieldDesc field, String reason) {
                add(factory.tokens().staticField(field), reason);
            }

            @Override
            public void virtualUse(MethodDesc target, String reason) {
                add(factory.virtualMethodUse(target), reason);
            }

            @Override
            public void asyncVariantCall(MethodDesc target, boolean dispatch, String reason) {
                if (dispatch) {
                    add(factory.virtualMethodUse(factory.typeSystem().asyncVariantOf(target)), reason);
                } else {
                    add(factory.asyncVariant(target), reason);
                    add(factory.tokens().method(factory.typeSystem().asyncVariantOf(target)), reason);
                }
            }

            @Override
            public void constructed(TypeDesc type, String reason) {
                add(factory.constructedType(type), reason);
                add(factory.tokens().type(type), reason);
                enumValues(type);
            }

            @Override
            public void descriptorUse(TypeDesc type, String reason) {
                add(factory.tokens().type(type), reason);
                enumValues(type);
                // images share descriptors of instantiations, and any shared copy may be the one used: make it complete
                if (factory.compilesEverySlot() && factory.linkage().of(type) == dev.kiln.codegen.Linkage.Kind.SHARED
                        && !type.isInterface() && !type.containsGenericParameters()) {
                    add(factory.constructedType(type), reason);
                }
            }

            @Override
            public void genericVirtualUse(dev.kiln.typesystem.InstantiatedMethod method, String reason) {
                add(factory.genericVirtualUse(method), reason);
            }

            @Override
            public void stringLiteral(String value, String reason) {
                add(factory.stringLiteral(value), reason);
            }

            @Override
            public void staticBase(TypeDesc type, String reason) {
                add(factory.staticBase(type), reason);
            }

            @Override
            public void classConstructor(TypeDesc type, String reason) {
                add(factory.tokens().classConstructor(type), reason);
                MethodDesc cctor = type.staticConstructor();
                if (cctor != null) {
                    add(factory.methodEntry(cctor), reason);
                }
            }
        });
        return deps;
    }
}

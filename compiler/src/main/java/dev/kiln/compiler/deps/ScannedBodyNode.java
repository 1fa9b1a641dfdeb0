package dev.kiln.compiler.deps;

import dev.kiln.il.ThrowingMethods;
import dev.kiln.il.AwaitSites;
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
    /** What the body references that the loaded assemblies lack, in IL order: if any, the body throws instead. */
    private volatile List<MissingReference> missing = List.of();
    /** The first missing item, whose exception the body throws. */
    private volatile dev.kiln.typesystem.MissingItem thrown;
    /** The body as the scanner imported it: the code generator compiles this same decoding. */
    private volatile dev.kiln.il.ImportedBody imported;
    /** Calls of P/Invoke methods (their own bodies throw; this body is compiled as usual). */
    private volatile List<MissingReference> pinvokes = List.of();
    /** Reflection calls whose arguments the dataflow analysis cannot see (ReflectionPatterns), in IL order. */
    private volatile List<ReflectionWarning> reflectionWarnings = List.of();

    ScannedBodyNode(MethodDesc method) {
        this.method = method;
    }

    @Override
    public MethodDesc method() {
        return method;
    }

    /** How the IL is compiled: as an ordinary body (null), a runtime-async variant, or an async version. */
    abstract AwaitSites.Mode scanMode();

    /** The kind of function compiled from the IL (when nothing it references is missing). */
    abstract FunctionToCompile.Kind bodyKind();

    @Override
    public final FunctionToCompile function() {
        dev.kiln.typesystem.MissingItem item = thrown;
        if (item == null) {
            return new FunctionToCompile(bodyKind(), method, imported);
        }
        return FunctionToCompile.throwing(scanMode() != null ? FunctionToCompile.Kind.THROWING_ASYNC_VARIANT
                : FunctionToCompile.Kind.THROWING_BODY, method, ThrowingMethods.kindOf(item), item.netMessage());
    }

    /** What this body references that is missing (its warnings), and the P/Invoke methods it calls. */
    List<MissingReference> missingReferences() {
        List<MissingReference> all = new ArrayList<>(missing);
        all.addAll(pinvokes);
        return all;
    }

    /** Reflection calls whose arguments the dataflow analysis cannot see. */
    List<ReflectionWarning> reflectionWarnings() {
        return reflectionWarnings;
    }

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
        List<MissingReference> missingFound = new ArrayList<>();
        List<MissingReference> pinvokesFound = new ArrayList<>();
        List<ReflectionWarning> reflectionFound = new ArrayList<>();
        dev.kiln.typesystem.MissingItem[] first = {null};
        dev.kiln.il.ImportedBody body = ILScanner.scan(method, scanMode(), factory.keepsAwaitFrame(method), new DependencySink() {
            @Override
            public void missing(dev.kiln.typesystem.MissingItem item, int ilOffset) {
                if (first[0] == null) {
                    first[0] = item;
                }
                missingFound.add(MissingReference.of(method, ilOffset, item));
            }

            @Override
            public void unboundPInvoke(MethodDesc target, int ilOffset) {
                pinvokesFound.add(MissingReference.pinvoke(method, ilOffset, target));
            }

            @Override
            public void reflectionWarning(int ilOffset, int code, String message) {
                if (dev.kiln.typesystem.TrimmingSuppressions.suppresses(method, code)) {
                    return; // the developer vouches for it, as ILLink takes it: no warning, nothing kept for it
                }
                reflectionFound.add(new ReflectionWarning(method, ilOffset, code, message));
                add(factory.unfollowedReflection(), "IL" + code + " at IL_" + String.format("%04x", ilOffset) + " in "
                        + method.fullName() + ": the program's types keep every member for reflection");
            }

            @Override
            public void reflectionNote(int code, String message) {
                if (dev.kiln.typesystem.TrimmingSuppressions.suppresses(method, code)) {
                    return;
                }
                reflectionFound.add(new ReflectionWarning(method, ILScanner.NO_OFFSET, code, message));
            }

            @Override
            public void reflectedMethod(MethodDesc target, String reason) {
                deps.addAll(ReflectedMembers.method(factory, target, reason));
            }

            @Override
            public void reflectedField(dev.kiln.typesystem.FieldDesc field, String reason) {
                deps.addAll(ReflectedMembers.field(factory, field, reason));
            }

            @Override
            public void dynamicMember(String name, String reason) {
                add(factory.dynamicMember(name), reason);
            }

            @Override
            public void dynamicGenericCall(DynamicGenericCallNode.Call call, String reason) {
                add(factory.dynamicGenericCall(call), reason);
            }

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
                TypeDesc marshalled = DelegateMarshallingNode.requestedBy(target);
                if (marshalled != null) {
                    add(factory.delegateMarshalling(marshalled), target.name() + " marshals " + marshalled.fullName()
                            + " (" + reason + ")");
                }
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
                if (factory.compilesEverySlot() && factory.linkage().of(type) == dev.kiln.il.Linkage.Kind.SHARED
                        && !type.containsGenericParameters()) {
                    if (type.isInterface()) {
                        List<dev.kiln.depgraph.DependencyListEntry<NodeFactory>> contents = new ArrayList<>();
                        SharedDescriptorContents.addDependencies(contents, factory, type, reason);
                        for (var e : contents) {
                            add(e.node(), e.reason());
                        }
                    } else {
                        add(factory.constructedType(type), reason);
                    }
                }
            }

            @Override
            public void reflectable(TypeDesc type, String reason) {
                if (GenericDefinitionMetadata.describableAny(type)) {
                    add(factory.reflectableType(type), reason);
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
        imported = body;
        missing = List.copyOf(missingFound);
        pinvokes = List.copyOf(pinvokesFound);
        reflectionWarnings = List.copyOf(reflectionFound);
        thrown = first[0];
        if (first[0] != null) {
            // the body is replaced by a throw: it needs the thrower and its message, and nothing its IL named
            deps.clear();
            addThrowerDependencies(deps, factory, method, first[0].netMessage(), "throws what " + method.fullName()
                    + " references but the assemblies lack");
        }
        return deps;
    }

    /** What a body that only throws (ThrowingMethods) needs: the core library's thrower and the message. */
    static void addThrowerDependencies(List<DependencyListEntry<NodeFactory>> deps, NodeFactory factory, MethodDesc method,
                                       String message, String reason) {
        MethodDesc thrower = ThrowingMethods.thrower(factory.typeSystem());
        addEdge(deps, factory.methodEntry(thrower), reason);
        addTokens(deps, factory.tokens().method(thrower), reason);
        deps.add(new DependencyListEntry<>(factory.stringLiteral(message), reason));
    }
}

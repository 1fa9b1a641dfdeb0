package dev.kiln.compiler.deps;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.VirtualMethodTable;
import java.util.HashMap;
import java.util.Map;

/** Creates the one node for each thing (so the graph can compare nodes by identity) and is the graph's context. */
public final class NodeFactory {
    private final TypeSystem typeSystem;
    private final boolean asyncVersions;
    private final Map<MethodDesc, CodeNode> methodEntries = new HashMap<>();
    private final Map<MethodDesc, CodeNode> asyncVariants = new HashMap<>();
    private final Map<TypeDesc, ConstructedTypeNode> constructedTypes = new HashMap<>();
    private final Map<MethodDesc, VirtualMethodUseNode> virtualUses = new HashMap<>();
    private final Map<dev.kiln.typesystem.InstantiatedMethod, GenericVirtualMethodUseNode> genericVirtualUses = new HashMap<>();

    public synchronized GenericVirtualMethodUseNode genericVirtualUse(dev.kiln.typesystem.InstantiatedMethod method) {
        return genericVirtualUses.computeIfAbsent(method, GenericVirtualMethodUseNode::new);
    }
    private final Map<String, DynamicMemberNode> dynamicMembers = new HashMap<>();

    /** The members named name that dynamic call sites may bind (DynamicMemberNode). */
    public synchronized DynamicMemberNode dynamicMember(String name) {
        return dynamicMembers.computeIfAbsent(name, DynamicMemberNode::new);
    }

    private final Map<DynamicGenericCallNode.Call, DynamicGenericCallNode> dynamicGenericCalls = new HashMap<>();

    /** The generic method instantiations a dynamic call may bind (DynamicGenericCallNode). */
    public synchronized DynamicGenericCallNode dynamicGenericCall(DynamicGenericCallNode.Call call) {
        return dynamicGenericCalls.computeIfAbsent(call, DynamicGenericCallNode::new);
    }

    private final Map<String, StringLiteralNode> strings = new HashMap<>();
    private final Map<TypeDesc, StaticBaseNode> staticBases = new HashMap<>();

    private final Map<TypeDesc, DelegateMarshallingNode> delegateMarshallings = new HashMap<>();

    /** The native-callback and native-call stubs of a delegate type; null when Kiln cannot marshal the type. */
    public synchronized DelegateMarshallingNode delegateMarshalling(TypeDesc delegateType) {
        if (delegateType == null || !DelegateMarshallingNode.isMarshallable(delegateType)) {
            return null;
        }
        return delegateMarshallings.computeIfAbsent(delegateType, DelegateMarshallingNode::new);
    }

    private final Map<TypeDesc, ReflectionMetadataNode> reflectionMetadata = new HashMap<>();
    private final Map<TypeDesc, ReflectableTypeNode> reflectableTypes = new HashMap<>();

    /** The reflection metadata of a type (ReflectionMetadataNode.describable types only). */
    public synchronized ReflectionMetadataNode reflectionMetadata(TypeDesc type) {
        return reflectionMetadata.computeIfAbsent(type, ReflectionMetadataNode::new);
    }

    /** A type the program can see as a Type object without constructing it (typeof, a delegate's method). */
    public synchronized ReflectableTypeNode reflectableType(TypeDesc type) {
        return reflectableTypes.computeIfAbsent(type, ReflectableTypeNode::new);
    }

    /**
     * The core library's method that reads reflection tables (System.Reflection.RuntimeReflection.Info): reached only
     * when the program uses a reflection API, the condition of every type's metadata. Null without one.
     */
    public CodeNode reflectionTableReader() {
        TypeDesc reader = typeSystem.coreLibraryModule().findType("System.Reflection", "RuntimeReflection");
        MethodDesc info = reader == null ? null : reader.findMethod("Info");
        return info == null ? null : methodEntry(info);
    }

    public synchronized StringLiteralNode stringLiteral(String value) {
        return strings.computeIfAbsent(value, StringLiteralNode::new);
    }

    public synchronized StaticBaseNode staticBase(TypeDesc type) {
        return staticBases.computeIfAbsent(type, StaticBaseNode::new);
    }

    private final dev.kiln.il.Linkage linkage;
    private volatile java.util.function.Predicate<MethodDesc> awaitFrames = method -> false;

    /** Runtime-async methods whose tail awaits keep their frame (those compiled with debug information). */
    public void keepAwaitFrames(java.util.function.Predicate<MethodDesc> methods) {
        awaitFrames = methods;
    }

    boolean keepsAwaitFrame(MethodDesc method) {
        return awaitFrames.test(method);
    }

    /**
     * asyncVersions: ordinary task-returning methods awaited by runtime-async code get async versions, not thunks.
     * linkage: what this output compiles itself (everything, for an executable; its own assemblies and the
     * instantiations it needs, for an image).
     */
    public NodeFactory(TypeSystem typeSystem, boolean asyncVersions, dev.kiln.il.Linkage linkage) {
        this(typeSystem, asyncVersions, linkage, false);
    }

    /** withholdGenericDefinitionTokens: only to show what breaks without them (see ImageTokens). */
    public NodeFactory(TypeSystem typeSystem, boolean asyncVersions, dev.kiln.il.Linkage linkage,
                       boolean withholdGenericDefinitionTokens) {
        this.typeSystem = typeSystem;
        this.asyncVersions = asyncVersions;
        this.linkage = linkage;
        this.tokens = new ImageTokens(linkage, withholdGenericDefinitionTokens);
    }

    private final ImageTokens tokens;

    /** The tokens of other modules that references need (none, for an executable). */
    ImageTokens tokens() {
        return tokens;
    }

    public dev.kiln.il.Linkage linkage() {
        return linkage;
    }

    /** In an image every slot of every type may be called from another image: all implementations are compiled. */
    public boolean compilesEverySlot() {
        return linkage.isImage();
    }

    public TypeSystem typeSystem() {
        return typeSystem;
    }

    private volatile boolean reflectionKeepAll;
    private final UnfollowedReflectionNode unfollowedReflection = new UnfollowedReflectionNode();

    /** Marked by the program's reflection calls the dataflow analysis cannot follow (its warnings). */
    UnfollowedReflectionNode unfollowedReflection() {
        return unfollowedReflection;
    }

    /** --reflection=keep-all: every member of every described type is compiled (ReflectionMetadataNode.keepsMembers). */
    void keepAllReflection() {
        reflectionKeepAll = true;
    }

    boolean reflectionKeepAll() {
        return reflectionKeepAll;
    }

    /**
     * The code behind a method's ordinary (task-returning) entry point: its IL body, or for a runtime-async method
     * its task-returning thunk; null when there is nothing to compile (abstract, internal call, no body).
     */
    public synchronized CodeNode methodEntry(MethodDesc method) {
        // nothing can call a method whose signature names what the assemblies lack (callers fail to resolve it)
        if (!dev.kiln.typesystem.TypeLoading.signatureLoads(method) || method.isAbstract() || method.isGenericMethodDefinition() || method.isInternalCall() || !linkage.defines(method)) {
            return null;
        }
        boolean invoke = dev.kiln.il.DelegateMethods.isInvoke(method);
        if (!method.hasIL() && !invoke) {
            String unsupported = dev.kiln.il.ThrowingMethods.unsupportedRuntimeMethod(method);
            if (unsupported != null) {
                return methodEntries.computeIfAbsent(method, m -> new ThrowingMethodNode(m, unsupported));
            }
            return PInvokeStubNode.isBindable(method) ? methodEntries.computeIfAbsent(method, PInvokeStubNode::new) : null;
        }
        return methodEntries.computeIfAbsent(method, m -> m.isRuntimeAsync() && !invoke ? new TaskReturningThunkNode(m) : new MethodBodyNode(m));
    }

    /**
     * The code of a task-returning method's async variant: a runtime-async method's own IL; for an ordinary method
     * its async version (when enabled and possible) or its async-callable thunk. Null when there is none.
     */
    public synchronized CodeNode asyncVariant(MethodDesc method) {
        if (!dev.kiln.typesystem.TypeLoading.signatureLoads(method) || typeSystem.asyncVariantOf(method) == null || method.isAbstract() || method.isGenericMethodDefinition()
                || method.isInternalCall() || !linkage.owns(method)) {
            return null;
        }
        boolean invoke = dev.kiln.il.DelegateMethods.isInvoke(method);
        if (!method.hasIL() && !invoke) {
            return null;
        }
        return asyncVariants.computeIfAbsent(method, m -> {
            if (m.isRuntimeAsync()) {
                return new AsyncVariantNode(m);
            }
            return asyncVersions && !invoke && dev.kiln.il.AwaitSites.canCompileVersion(m) ? new AsyncVersionNode(m) : new AsyncThunkNode(m);
        });
    }

    /** The code that fills a vtable or interface slot whose implementation is impl (an async variant or a method). */
    public CodeNode implementation(MethodDesc impl) {
        return impl instanceof dev.kiln.typesystem.AsyncVariant v ? asyncVariant(v.taskReturningMethod()) : methodEntry(impl);
    }

    /**
     * Enum.GetValues(Type) returns an array of the enum, which an AOT compiler must have made: every enum whose
     * descriptor the code uses brings its array type (null for anything else). In an image, that of another
     * image's enum is given to the enum's member table at load time (kiln.enumarrays).
     */
    public ConstructedTypeNode enumArray(TypeDesc type) {
        if ((type instanceof dev.kiln.typesystem.EcmaType || type instanceof dev.kiln.typesystem.InstantiatedType) && type.isEnum()) {
            return constructedType(type.makeArrayType());
        }
        return null;
    }

    public synchronized ConstructedTypeNode constructedType(TypeDesc type) {
        return constructedTypes.computeIfAbsent(type, ConstructedTypeNode::new);
    }

    /** The use of the vtable slot a virtual method occupies (normalized to the method that introduced it). */
    public synchronized VirtualMethodUseNode virtualMethodUse(MethodDesc method) {
        TypeDesc owner = method.owningType();
        MethodDesc root = slotRoot(owner, typeSystem.vtableOf(owner).slotOf(method));
        return virtualUses.computeIfAbsent(root, VirtualMethodUseNode::new);
    }

    /** The method that introduced a slot: the slot's entry in the topmost base type that has it. */
    MethodDesc slotRoot(TypeDesc type, int slot) {
        TypeDesc top = type;
        for (TypeDesc t = type.baseType(); t != null; t = t.baseType()) {
            if (typeSystem.vtableOf(t).slotCount() > slot) {
                top = t;
            }
        }
        VirtualMethodTable vt = typeSystem.vtableOf(top);
        return vt.implementation(slot);
    }
}

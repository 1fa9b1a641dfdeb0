package dev.kiln.compiler.deps;

import dev.kiln.depgraph.DependencyAnalyzer;
import dev.kiln.depgraph.DependencyNode;
import dev.kiln.depgraph.FirstMarkLogStrategy;
import dev.kiln.depgraph.FullGraphLogStrategy;
import dev.kiln.depgraph.MarkStrategy;
import dev.kiln.depgraph.NamedGraph;
import dev.kiln.depgraph.NoLogStrategy;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.WellKnownType;
import java.util.ArrayList;
import java.util.List;

/**
 * What the program needs, found from its roots by the dependency-analysis engine: method bodies reached by
 * calls, types whose instances exist, and vtable slots called through. An override's body is compiled only when
 * its slot is called and a type that has it is constructed.
 */
public final class CompilationGraph {
    public enum Logging { NONE, FIRST_REASON, FULL }

    private final NodeFactory factory;
    private final DependencyAnalyzer<NodeFactory> analyzer;

    public CompilationGraph(TypeSystem typeSystem, Logging logging, boolean asyncVersions) {
        this(typeSystem, logging, asyncVersions, dev.kiln.il.Linkage.executable());
    }

    public CompilationGraph(TypeSystem typeSystem, Logging logging, boolean asyncVersions, dev.kiln.il.Linkage linkage) {
        this(typeSystem, logging, asyncVersions, linkage, false);
    }

    /** withholdGenericDefinitionTokens: a diagnostic (CompileRequest.withoutGenericDefinitionTokens). */
    public CompilationGraph(TypeSystem typeSystem, Logging logging, boolean asyncVersions, dev.kiln.il.Linkage linkage,
                            boolean withholdGenericDefinitionTokens) {
        this.factory = new NodeFactory(typeSystem, asyncVersions, linkage, withholdGenericDefinitionTokens);
        MarkStrategy<NodeFactory> strategy = switch (logging) {
            case NONE -> new NoLogStrategy<>();
            case FIRST_REASON -> new FirstMarkLogStrategy<>();
            case FULL -> new FullGraphLogStrategy<>();
        };
        this.analyzer = new DependencyAnalyzer<>(factory, strategy, this::scanBodies);
    }

    /**
     * Scans a batch of method bodies on two threads. Each node keeps its own result and the engine adds the edges
     * in batch order, so the graph does not depend on which thread finished first.
     */
    private void scanBodies(List<DependencyNode<NodeFactory>> nodes) {
        List<ScannedBodyNode> bodies = new ArrayList<>();
        for (DependencyNode<NodeFactory> n : nodes) {
            bodies.add((ScannedBodyNode) n);
        }
        if (bodies.size() < 8) {
            bodies.forEach(b -> b.compute(factory));
            return;
        }
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(2);
        try {
            pool.submit(() -> bodies.parallelStream().forEach(b -> b.compute(factory))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning method bodies", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }

    public CompilationGraph(TypeSystem typeSystem) {
        this(typeSystem, Logging.NONE, true);
    }

    private void addRoot(CodeNode node, String reason) {
        if (node != null) {
            analyzer.addRoot(node, reason);
        }
    }

    private void addTokenRoots(List<TokenNode> tokens, String reason) {
        for (TokenNode t : tokens) {
            analyzer.addRoot(t, reason);
        }
    }

    public void addEntryPoint(MethodDesc main) {
        addRoot(factory.methodEntry(main), "entry point");
        MethodDesc runner = dev.kiln.il.AsyncHelperMethods.entryPointRunner(factory.typeSystem(), main.signature().returnType());
        if (runner != null) {
            addRoot(factory.methodEntry(runner), "runs the task Main returns");
            addTokenRoots(factory.tokens().method(runner), "runs the task Main returns");
        }
        addRuntimeRoots();
        MethodDesc cctor = main.owningType().staticConstructor();
        if (cctor != null) {
            addRoot(factory.methodEntry(cctor), "class constructor of the entry point's type");
        }
    }

    /** What the C runtime itself creates or calls (in an image: only if the image contains the core library). */
    public void addRuntimeRoots() {
        TypeDesc string = factory.typeSystem().wellKnown(WellKnownType.STRING);
        analyzer.addRoot(factory.constructedType(string), "strings are created by the runtime");
        analyzer.addRoot(factory.constructedType(string.makeArrayType()), "Main's arguments are created by the runtime");
        MethodDesc objectEquals = dev.kiln.il.RuntimeContract.staticObjectEquals(factory.typeSystem());
        if (objectEquals != null) {
            addRoot(factory.methodEntry(objectEquals), "the runtime compares struct fields with it");
        }
        MethodDesc unhandled = dev.kiln.il.RuntimeContract.unhandledExceptionHook(factory.typeSystem());
        if (unhandled != null) {
            addRoot(factory.methodEntry(unhandled), "the runtime raises AppDomain.UnhandledException through it");
        }
        MethodDesc describe = dev.kiln.il.RuntimeContract.describeExceptionHook(factory.typeSystem());
        if (describe != null) {
            addRoot(factory.methodEntry(describe), "the runtime's unhandled-exception report prints its text");
        }
        TypeDesc runtimeType = dev.kiln.il.RuntimeContract.runtimeType(factory.typeSystem());
        if (runtimeType != null) {
            analyzer.addRoot(factory.constructedType(runtimeType), "Type objects are created by the runtime");
        }
        for (int code = 1; code < dev.kiln.il.RuntimeContract.BUILTIN_EXCEPTIONS.length; code++) {
            MethodDesc ctor = dev.kiln.il.RuntimeContract.builtinExceptionConstructor(factory.typeSystem(), code);
            if (ctor != null) {
                analyzer.addRoot(factory.constructedType(ctor.owningType()), "thrown by the runtime");
                addRoot(factory.methodEntry(ctor), "thrown by the runtime");
            }
        }
        // every constructed type's Finalize slot then brings its override (ConstructedTypeNode's conditional edges)
        analyzer.addRoot(factory.virtualMethodUse(dev.kiln.il.Finalizers.objectFinalize(factory.typeSystem())),
                "the finalizer thread calls Finalize through its vtable slot");
        MethodDesc typeInit = dev.kiln.il.RuntimeContract.typeInitializationExceptionConstructor(factory.typeSystem());
        if (typeInit != null) {
            analyzer.addRoot(factory.constructedType(typeInit.owningType()), "thrown by class-constructor runners");
            addRoot(factory.methodEntry(typeInit), "thrown by class-constructor runners");
            // every image has its own runner, which names the exception in the core library's image
            addTokenRoots(factory.tokens().method(typeInit), "thrown by class-constructor runners");
            addTokenRoots(factory.tokens().type(typeInit.owningType()), "thrown by class-constructor runners");
        }
    }

    /**
     * The roots of an image: everything its assemblies define that another image may use — every method with a body
     * (and the async variant of every task-returning one), and every type that can have instances, with complete
     * descriptors. Generic definitions are compiled only where instantiated.
     */
    public void addImageRoots(List<dev.kiln.typesystem.EcmaModule> unit) {
        for (dev.kiln.typesystem.EcmaModule module : unit) {
            for (dev.kiln.typesystem.EcmaType type : module.allTypes()) {
                try {
                    dev.kiln.typesystem.TypeLoading.ensureLoadable(type);
                } catch (dev.kiln.typesystem.TypeLoadException e) {
                    // a type that cannot load has no descriptor or code: its uses throw TypeLoadException
                    unloadableRoots.add(MissingReference.of(type, e.missing()));
                    continue;
                }
                if (type.genericParameterCount() > 0) {
                    // compiled where instantiated; the image exports the definition's descriptor for typeof(List<>),
                    // which points to its base types
                    if (dev.kiln.il.Linkage.exportsDefinitionDescriptor(type)) {
                        for (TypeDesc base = type.baseType(); base != null; base = base.baseType()) {
                            addTokenRoots(factory.tokens().type(base), "base of the generic definition " + type.fullName());
                        }
                    }
                    if (GenericDefinitionMetadata.describable(type)
                            && (module != factory.typeSystem().coreLibraryModule() || ReflectionMetadataNode.isVisibleOutside(type))) {
                        // typeof(G<>) in any image may reflect on it, as on the image's other types
                        analyzer.addRoot(factory.reflectionMetadata(type), "defined by an assembly of this image");
                    }
                    continue;
                }
                boolean moduleType = type.fullName().equals("<Module>");
                if (!moduleType && (module != factory.typeSystem().coreLibraryModule() || ReflectionMetadataNode.isVisibleOutside(type))) {
                    // any image may reflect on it: each image describes its own types (kiln.reflection_types); of
                    // the core library only the public ones, which programs can name (its image stays small)
                    analyzer.addRoot(factory.reflectionMetadata(type), "defined by an assembly of this image");
                }
                if (!type.isInterface() && !type.isAbstract() && !moduleType) {
                    analyzer.addRoot(factory.constructedType(type), "defined by an assembly of this image");
                }
                for (MethodDesc method : type.methods()) {
                    if (!dev.kiln.typesystem.TypeLoading.signatureLoads(method) || method.isGenericMethodDefinition()) {
                        continue;
                    }
                    addRoot(factory.methodEntry(method), "defined by an assembly of this image");
                    addRoot(factory.asyncVariant(method), "another image may await it");
                }
            }
        }
    }

    /**
     * In an image, after marking: the instantiations of generic virtual methods that the required images' code
     * dispatches and this image's constructed types override (RequiredImageDispatches), marked with their overrides;
     * again while that constructs types that override more.
     */
    public void addDispatchesOfRequiredImages(List<dev.kiln.typesystem.EcmaModule> unit) {
        java.util.Set<dev.kiln.typesystem.EcmaModule> own = new java.util.HashSet<>(unit);
        java.util.Set<MethodDesc> done = new java.util.HashSet<>();
        while (true) {
            java.util.Set<MethodDesc> declarations = RequiredImageDispatches.overridable(constructedTypes(), own);
            declarations.removeAll(done);
            if (declarations.isEmpty()) {
                return;
            }
            done.addAll(declarations);
            for (dev.kiln.typesystem.InstantiatedMethod m : RequiredImageDispatches.find(factory.typeSystem().modules(), own, declarations)) {
                analyzer.addRoot(factory.genericVirtualUse(m), "dispatched by the code of a required image");
            }
            analyzer.computeMarkedNodes();
        }
    }

    /** The generic virtual method instantiations called through dispatch (in an image: also by required images). */
    public List<dev.kiln.typesystem.InstantiatedMethod> genericVirtualUses() {
        List<dev.kiln.typesystem.InstantiatedMethod> list = new ArrayList<>();
        for (GenericVirtualMethodUseNode use : marked(GenericVirtualMethodUseNode.class)) {
            list.add(use.method());
        }
        return list;
    }

    /** Types of an image's assemblies that cannot load (they name what the assemblies lack). */
    private final List<MissingReference> unloadableRoots = new ArrayList<>();

    public void markAll() {
        analyzer.computeMarkedNodes();
    }

    public List<KilnNode> markedNodes() {
        List<KilnNode> list = new ArrayList<>();
        for (DependencyNode<NodeFactory> n : analyzer.markedNodes()) {
            list.add((KilnNode) n);
        }
        return list;
    }

    /** Methods whose ordinary entry point is compiled (an IL body or a task-returning thunk). */
    public List<MethodDesc> compiledMethods() {
        List<MethodDesc> list = new ArrayList<>();
        for (DependencyNode<NodeFactory> n : analyzer.markedNodes()) {
            if (n instanceof MethodBodyNode || n instanceof TaskReturningThunkNode) {
                list.add(((CodeNode) n).method());
            }
        }
        return list;
    }

    /**
     * What reachable code references but the loaded assemblies lack (and the P/Invoke methods it calls): one entry per
     * item, naming its first reference in marking order, sorted by message.
     */
    public List<MissingReference> missingReferences() {
        java.util.Map<String, MissingReference> first = new java.util.LinkedHashMap<>();
        for (MissingReference r : unloadableRoots) {
            first.putIfAbsent(r.item(), r);
        }
        for (ScannedBodyNode body : marked(ScannedBodyNode.class)) {
            for (MissingReference r : body.missingReferences()) {
                first.putIfAbsent(r.item(), r);
            }
        }
        List<MissingReference> list = new ArrayList<>(first.values());
        list.sort(java.util.Comparator.comparing(MissingReference::message));
        return list;
    }

    /**
     * Before marking: the runtime-async methods whose tail awaits stay ordinary awaits, so that they keep a frame in
     * stack traces (the methods compiled with debug information).
     */
    public void keepAwaitFrames(java.util.function.Predicate<MethodDesc> methods) {
        factory.keepAwaitFrames(methods);
    }

    /** --reflection=keep-all: before marking, every member of every type reflection describes is kept. */
    public void keepAllReflection() {
        factory.keepAllReflection();
    }

    /**
     * The reflection calls the dataflow analysis could not follow: one per call site (a body scanned in several modes
     * reports it once), sorted by method and IL offset.
     */
    public List<ReflectionWarning> reflectionWarnings() {
        java.util.Map<String, ReflectionWarning> sites = new java.util.TreeMap<>();
        for (ScannedBodyNode body : marked(ScannedBodyNode.class)) {
            for (ReflectionWarning w : body.reflectionWarnings()) {
                sites.putIfAbsent(w.site() + String.format(" %08x ", w.ilOffset()) + w.message(), w);
            }
        }
        return new ArrayList<>(sites.values());
    }

    /** Every function to compile, in marking order (deterministic). */
    public List<CodeNode> codeNodes() {
        return marked(CodeNode.class);
    }

    /** The tokens of other modules the output refers to, in marking order: what an image's imports are made of. */
    public List<TokenNode> tokens() {
        return marked(TokenNode.class);
    }

    public List<TypeDesc> constructedTypes() {
        List<TypeDesc> list = new ArrayList<>();
        for (ConstructedTypeNode t : marked(ConstructedTypeNode.class)) {
            list.add(t.type());
        }
        return list;
    }

    /** The types whose reflection metadata the output holds, in marking order. */
    public List<TypeDesc> reflectedTypes() {
        List<TypeDesc> list = new ArrayList<>();
        for (ReflectionMetadataNode n : marked(ReflectionMetadataNode.class)) {
            list.add(n.type());
        }
        return list;
    }

    /** The marked nodes of one kind, in marking order. */
    private <T> List<T> marked(Class<T> kind) {
        List<T> list = new ArrayList<>();
        for (DependencyNode<NodeFactory> n : analyzer.markedNodes()) {
            if (kind.isInstance(n)) {
                list.add(kind.cast(n));
            }
        }
        return list;
    }

    /** The recorded graph by names, or null when logging was NONE. */
    public NamedGraph namedGraph() {
        var recorded = analyzer.strategy().graph();
        return recorded == null ? null : recorded.toNamed(factory, analyzer.markedNodes());
    }
}

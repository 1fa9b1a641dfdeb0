package dev.kiln.compiler.deps;

import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.InterfaceResolution;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The generic virtual method instantiations that the images an image requires dispatch, so that the image compiles
 * its types' overrides of them (docs/images.md). A library's non-generic method calling source.Each&lt;Summer&gt;()
 * is compiled into the library's image; a program image whose class overrides Each never calls that instantiation
 * itself, and without this would have no Each&lt;Summer&gt; for its class when the library's dispatcher asks the
 * runtime for it (kiln_gvm_find). The required assemblies' IL tells: their non-generic methods, and the closed
 * generic instantiations those call (compiled in the same image), scanned for generic virtual calls of the methods
 * this image's constructed types override. A call whose instantiation only a generic caller instantiated in yet
 * another image closes stays unseen (a known limit).
 */
final class RequiredImageDispatches {
    private RequiredImageDispatches() {
    }

    /** The generic virtual methods, declared outside the image's assemblies, that a constructed type may override. */
    static Set<MethodDesc> overridable(Collection<TypeDesc> constructed, Set<EcmaModule> unit) {
        Set<MethodDesc> declarations = new LinkedHashSet<>();
        Set<TypeDesc> seen = new HashSet<>();
        for (TypeDesc type : constructed) {
            List<TypeDesc> bases = new ArrayList<>();
            for (TypeDesc t = type; t != null; t = t.baseType()) {
                bases.add(t);
            }
            bases.addAll(InterfaceResolution.allInterfaces(type));
            for (TypeDesc base : bases) {
                if (!seen.add(base) || unit.contains(moduleOf(base))) {
                    continue;
                }
                for (MethodDesc method : base.methods()) {
                    if (method.isVirtual() && method.isGenericMethodDefinition()) {
                        declarations.add(method.typicalDefinition());
                    }
                }
            }
        }
        return declarations;
    }

    /** The instantiations of declarations that the code of the assemblies outside unit calls virtually. */
    static Set<InstantiatedMethod> find(Collection<EcmaModule> modules, Set<EcmaModule> unit, Set<MethodDesc> declarations) {
        Set<InstantiatedMethod> found = new LinkedHashSet<>();
        Set<MethodDesc> scanned = new HashSet<>();
        ArrayDeque<MethodDesc> work = new ArrayDeque<>();
        Set<EcmaModule> declaring = new HashSet<>();
        for (MethodDesc declaration : declarations) {
            declaring.add(moduleOf(declaration.owningType()));
        }
        for (EcmaModule module : modules) {
            if (unit.contains(module) || !module.definesTypes() || !canCall(module, declaring)) {
                continue;
            }
            for (EcmaType type : module.allTypes()) {
                if (type.genericParameterCount() > 0) {
                    continue; // generic code is compiled where instantiated: reached below through closed calls
                }
                for (MethodDesc method : type.methods()) {
                    if (!method.isGenericMethodDefinition() && method.hasIL()) {
                        work.add(method);
                    }
                }
            }
        }
        DependencySink sink = new IgnoringDependencySink() {
            @Override
            public void methodBody(MethodDesc method, String reason) {
                if (isClosedInstantiation(method) && scanned.add(method)) {
                    work.add(method);
                }
            }

            @Override
            public void genericVirtualUse(InstantiatedMethod method, String reason) {
                if (declarations.contains(method.typicalDefinition())) {
                    found.add(method);
                }
            }
        };
        while (!work.isEmpty()) {
            MethodDesc method = work.poll();
            try {
                ILScanner.scan(method, null, sink);
            } catch (RuntimeException e) {
                // a body the scanner cannot import is compiled to throw in its own image: it dispatches nothing
            }
        }
        return found;
    }

    /**
     * Whether the module's code can name a method of the declaring modules: it is one of them, or it references other
     * assemblies (the core library references none, and is scanned only when it declares the method).
     */
    private static boolean canCall(EcmaModule module, Set<EcmaModule> declaring) {
        return declaring.contains(module) || module.metadata().rowCount(dev.kiln.typesystem.metadata.TableId.AssemblyRef) > 0;
    }

    private static boolean isClosedInstantiation(MethodDesc method) {
        boolean generic = method instanceof InstantiatedMethod || method.owningType() instanceof InstantiatedType;
        if (!generic || method.owningType().containsGenericParameters()) {
            return false;
        }
        if (method instanceof InstantiatedMethod im) {
            for (TypeDesc argument : im.arguments()) {
                if (argument.containsGenericParameters()) {
                    return false;
                }
            }
        }
        return method.hasIL();
    }

    private static EcmaModule moduleOf(TypeDesc type) {
        TypeDesc definition = type instanceof InstantiatedType it ? it.definition() : type;
        return definition instanceof EcmaType e ? e.module() : null;
    }
}

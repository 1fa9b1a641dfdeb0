package dev.kiln.compiler.deps;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.VirtualMethodTable;
import dev.kiln.typesystem.WellKnownType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the program needs, found from its roots: method bodies reached by calls, types whose instances exist, and
 * vtable slots called through. An override's body is needed only when its slot is called and a type that has it
 * is constructed.
 */
public final class CompilationGraph implements DependencySink {
    private final TypeSystem typeSystem;
    private final Map<MethodDesc, String> bodies = new LinkedHashMap<>();
    private final Map<TypeDesc, String> constructed = new LinkedHashMap<>();
    private final Map<MethodDesc, String> usedSlots = new LinkedHashMap<>();
    private final Deque<MethodDesc> toScan = new ArrayDeque<>();

    public CompilationGraph(TypeSystem typeSystem) {
        this.typeSystem = typeSystem;
    }

    public void addEntryPoint(MethodDesc main) {
        methodBody(main, "entry point");
        TypeDesc string = typeSystem.wellKnown(WellKnownType.STRING);
        constructed(string, "used by the runtime");
        constructed(string.makeArrayType(), "Main's arguments");
    }

    public void markAll() {
        while (!toScan.isEmpty()) {
            ILScanner.scan(toScan.removeFirst(), this);
        }
    }

    public List<MethodDesc> compiledMethods() {
        return new ArrayList<>(bodies.keySet());
    }

    public List<TypeDesc> constructedTypes() {
        return new ArrayList<>(constructed.keySet());
    }

    public String reason(Object node) {
        String r = bodies.get(node);
        return r != null ? r : constructed.get(node);
    }

    @Override
    public void methodBody(MethodDesc method, String reason) {
        if (method.methodIL() == null || bodies.containsKey(method)) {
            return;
        }
        bodies.put(method, reason);
        toScan.addLast(method);
    }

    @Override
    public void virtualUse(MethodDesc method, String reason) {
        MethodDesc root = slotRoot(method);
        if (usedSlots.containsKey(root)) {
            return;
        }
        usedSlots.put(root, reason);
        for (TypeDesc type : new ArrayList<>(constructed.keySet())) {
            implementSlot(type, root);
        }
    }

    @Override
    public void constructed(TypeDesc type, String reason) {
        if (constructed.containsKey(type)) {
            return;
        }
        constructed.put(type, reason);
        if (type.isInterface()) {
            return;
        }
        for (MethodDesc root : new ArrayList<>(usedSlots.keySet())) {
            implementSlot(type, root);
        }
    }

    @Override
    public void classConstructor(TypeDesc type, String reason) {
        MethodDesc cctor = type.staticConstructor();
        if (cctor != null) {
            methodBody(cctor, reason);
        }
    }

    private void implementSlot(TypeDesc type, MethodDesc root) {
        if (!type.isSubclassOf(root.owningType())) {
            return;
        }
        VirtualMethodTable vt = typeSystem.vtableOf(type);
        MethodDesc impl = vt.implementation(vt.slotOf(root));
        if (!impl.isAbstract()) {
            methodBody(impl, "override of " + root.fullName() + " in constructed " + type.fullName());
        }
    }

    /** The method that introduced the vtable slot a virtual method occupies. */
    private MethodDesc slotRoot(MethodDesc method) {
        TypeDesc owner = method.owningType();
        int slot = typeSystem.vtableOf(owner).slotOf(method);
        TypeDesc top = owner;
        for (TypeDesc t = owner.baseType(); t != null; t = t.baseType()) {
            if (typeSystem.vtableOf(t).slotCount() > slot) {
                top = t;
            }
        }
        return typeSystem.vtableOf(top).implementation(slot);
    }
}

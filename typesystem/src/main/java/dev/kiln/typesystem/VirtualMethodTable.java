package dev.kiln.typesystem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vtable slot assignment: a type inherits its base's slots; each virtual method either overrides the base slot with
 * the same name and signature or, when marked newslot or when none matches, opens a new slot.
 *
 * A Task/ValueTask-returning virtual method has a second slot right after its own, for its async variant
 * (shared/runtime-async.md §2): whoever occupies the method's slot also occupies the variant's, so an override of
 * either kind (runtime-async or ordinary) brings the matching variant with it.
 */
public final class VirtualMethodTable {
    private final List<MethodDesc> implementations;
    private final Map<MethodDesc, Integer> declaredSlots;

    private VirtualMethodTable(List<MethodDesc> implementations, Map<MethodDesc, Integer> declaredSlots) {
        this.implementations = implementations;
        this.declaredSlots = declaredSlots;
    }

    public int slotCount() {
        return implementations.size();
    }

    /** The method that runs for slot in this type (may be abstract for abstract types). */
    public MethodDesc implementation(int slot) {
        return implementations.get(slot);
    }

    public List<MethodDesc> implementations() {
        return implementations;
    }

    /** The slot of a virtual method declared by this type or one of its bases. */
    public int slotOf(MethodDesc method) {
        if (method instanceof AsyncVariant v) {
            return slotOf(v.taskReturningMethod()) + 1;
        }
        Integer slot = declaredSlots.get(method);
        if (slot != null) {
            return slot;
        }
        TypeDesc owner = method.owningType();
        if (owner != null && declaredSlots != null) {
            Integer s = owner.typeSystem().vtableOf(owner).declaredSlots.get(method);
            if (s != null) {
                return s;
            }
        }
        throw new IllegalArgumentException(method + " has no vtable slot");
    }

    /** The override that runs for a virtual method when the object's exact type is this one. */
    public MethodDesc resolve(MethodDesc virtualMethod) {
        if (needsNoSlot(virtualMethod.owningType(), virtualMethod)) {
            return virtualMethod; // nothing overrides it
        }
        return implementations.get(slotOf(virtualMethod));
    }

    /**
     * A virtual method that opens a slot of its own (newslot) and is final cannot be overridden, so every call of it is
     * direct, and an interface that it implements dispatches to it through the interface map: it needs no vtable slot.
     * C# compiles explicit interface implementations and non-virtual methods that implement an interface this way.
     */
    private static boolean needsNoSlot(TypeDesc type, MethodDesc m) {
        return m.isNewSlot() && m.isFinal() && type != null && !type.isInterface();
    }

    static VirtualMethodTable compute(TypeDesc type) {
        List<MethodDesc> slots = new ArrayList<>();
        Map<MethodDesc, Integer> declared = new IdentityHashMap<>();
        TypeDesc base = type.isInterface() ? null : type.baseType();
        if (base != null) {
            slots.addAll(type.typeSystem().vtableOf(base).implementations);
        }
        for (MethodDesc m : type.methods()) {
            if (!m.isVirtual() || needsNoSlot(type, m)) {
                continue;
            }
            int slot = m.isNewSlot() || type.isInterface() ? -1 : findOverriddenSlot(slots, m);
            if (slot < 0) {
                slot = slots.size();
                slots.add(m);
                AsyncVariant variant = type.typeSystem().asyncVariantOf(m);
                if (variant != null) {
                    slots.add(variant);
                }
            } else {
                occupy(slots, slot, m);
            }
            declared.put(m, slot);
        }
        applyExplicitOverrides(type, slots, declared);
        return new VirtualMethodTable(Collections.unmodifiableList(slots), declared);
    }

    /** `.override` (MethodImpl rows) of base-class virtual methods: the body takes the declaration's slot. */
    private static void applyExplicitOverrides(TypeDesc type, List<MethodDesc> slots, Map<MethodDesc, Integer> declared) {
        EcmaType def = type instanceof EcmaType e ? e : type instanceof InstantiatedType i ? i.definition() : null;
        if (def == null || type.isInterface()) {
            return;
        }
        GenericContext context = type instanceof InstantiatedType i ? i.context() : GenericContext.NONE;
        var md = def.module().metadata();
        for (int rid : md.methodImpls(def.rid())) {
            var row = md.methodImpl(rid);
            MethodDesc declaration = TypeLoading.unlessMissing(() -> def.module().resolveMethod(row.declarationToken(), context));
            if (declaration != null && declaration.owningType().isInterface()) {
                continue; // interface implementations are resolved by InterfaceResolution
            }
            MethodDesc body = declaration == null ? null
                    : TypeLoading.unlessMissing(() -> def.module().resolveMethod(row.bodyToken(), context));
            if (body == null) {
                continue; // an override of a method that names what the assemblies lack: nothing can call it
            }
            if (type instanceof InstantiatedType i && body.owningType() == def) {
                body = i.methodFor(body);
            }
            TypeDesc owner = declaration.owningType();
            Integer slot = owner == type ? declared.get(declaration)
                    : type.isSubclassOf(owner) ? owner.typeSystem().vtableOf(owner).declaredSlots.get(declaration) : null;
            if (slot == null) {
                throw new TypeLoadException(def.module().displayName() + ": " + body + " overrides " + declaration
                        + ", which is not a virtual method of a base type");
            }
            occupy(slots, slot, body);
            declared.putIfAbsent(body, slot);
        }
    }

    /** Puts an override into slot, and its async variant into the variant slot that follows a task-returning slot. */
    private static void occupy(List<MethodDesc> slots, int slot, MethodDesc m) {
        slots.set(slot, m);
        if (slot + 1 < slots.size() && slots.get(slot + 1) instanceof AsyncVariant) {
            AsyncVariant variant = m.owningType().typeSystem().asyncVariantOf(m);
            if (variant == null) {
                throw new TypeLoadException(m.location() + " overrides a Task-returning method but does not return a task");
            }
            slots.set(slot + 1, variant);
        }
    }

    private static int findOverriddenSlot(List<MethodDesc> slots, MethodDesc m) {
        for (int i = slots.size() - 1; i >= 0; i--) {
            MethodDesc s = slots.get(i);
            if (s instanceof AsyncVariant) {
                continue; // variant slots are filled together with their method's slot
            }
            if (s.name().equals(m.name()) && TypeLoading.signatureLoads(s) && TypeLoading.signatureLoads(m) && sameParameters(s.signature(), m.signature())) {
                return i;
            }
        }
        return -1;
    }

    // A method whose signature names a type the assemblies lack does not stop its type from loading (as in .NET, where
    // signatures load lazily): it keeps a slot of its own, and code that calls it cannot resolve it and throws.
    private static boolean sameParameters(MethodSignature a, MethodSignature b) {
        return a.returnType() == b.returnType() && a.parameters().equals(b.parameters());
    }
}

package dev.kiln.il;

import dev.kiln.typesystem.ArrayType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.VirtualMethodTable;
import dev.kiln.typesystem.WellKnownType;

/**
 * Which types have a finalizer, as CoreCLR decides it (MethodTable::HasFinalizer): a class whose Finalize slot holds
 * something other than Object.Finalize. Their instances are registered with the collector when allocated (kiln.h
 * KTYPE_FINALIZABLE, kiln_gc_alloc_finalizable) and the runtime's finalizer thread calls that slot
 * (KILN_VTABLE_SLOT_FINALIZE), so the graph roots the slot's use.
 */
public final class Finalizers {
    /** Object's virtual methods are slots 0..3: ToString, Equals, GetHashCode, Finalize (kiln.h). */
    public static final int FINALIZE_SLOT = 3;

    private Finalizers() {
    }

    /** Object.Finalize (C#'s ~Object), checked to be in the slot the runtime calls. */
    public static MethodDesc objectFinalize(TypeSystem ts) {
        TypeDesc object = ts.wellKnown(WellKnownType.OBJECT);
        for (MethodDesc m : object.methods()) {
            if (m.isVirtual() && m.name().equals("Finalize") && m.signature().parameters().isEmpty()) {
                if (ts.vtableOf(object).slotOf(m) != FINALIZE_SLOT) {
                    throw new ILCompileException("Object.Finalize is not vtable slot " + FINALIZE_SLOT
                            + ", where the runtime's finalizer thread calls it");
                }
                return m;
            }
        }
        throw new ILCompileException("the core library's System.Object lacks Finalize");
    }

    /**
     * Whether type's finalizer is critical (it derives from CriticalFinalizerObject, as SafeHandle does): .NET runs the
     * finalizers of the objects a collection found before the critical ones among them, so an object's finalizer may
     * still use the handle it owns.
     */
    public static boolean isCritical(TypeSystem ts, TypeDesc type) {
        TypeDesc critical = ts.coreLibraryModule()
                .findType("System.Runtime.ConstrainedExecution", "CriticalFinalizerObject");
        for (TypeDesc t = type; critical != null && t != null; t = t.baseType()) {
            if (t.equals(critical)) {
                return true;
            }
        }
        return false;
    }

    /** Whether instances of type need their finalizer run: a class (not an array) overriding Object.Finalize. */
    public static boolean isFinalizable(TypeSystem ts, TypeDesc type) {
        if (type.isValueType() || type.isInterface() || type instanceof ArrayType
                || type instanceof dev.kiln.typesystem.MdArrayType || type.baseType() == null) {
            return false;
        }
        VirtualMethodTable vt = ts.vtableOf(type);
        if (vt.slotCount() <= FINALIZE_SLOT) {
            return false;
        }
        MethodDesc impl = vt.implementation(FINALIZE_SLOT);
        return impl != null && !impl.owningType().equals(ts.wellKnown(WellKnownType.OBJECT));
    }
}

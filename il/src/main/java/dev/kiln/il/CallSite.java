package dev.kiln.il;

import dev.kiln.typesystem.ArrayMethod;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;

/**
 * How a call, callvirt, ldftn, ldvirtftn or jmp of target compiles — decided once, here, and read by both the
 * dependency scanner (what the call needs) and the code generator (what it emits), so they cannot disagree.
 *
 * @param target      the method the instruction names
 * @param kind        how it is reached
 * @param callvirt    callvirt or ldvirtftn (a null check on `this` even when the call is direct)
 * @param constrained the type of a `constrained.` prefix, or null
 * @param callee      for DIRECT: target; for CONSTRAINED_DIRECT: the constrained type's own implementation of it;
 *                    for CREATE_INSTANCE: the default constructor, or null for a zeroed value
 * @param tail        a `tail.` prefix
 * @param varargs     the types of the extra arguments a call of a vararg method passes (C#'s __arglist), else empty
 */
public record CallSite(MethodDesc target, Kind kind, boolean callvirt, TypeDesc constrained, MethodDesc callee, boolean tail,
                       java.util.List<TypeDesc> varargs) {
    public CallSite(MethodDesc target, Kind kind, boolean callvirt, TypeDesc constrained, MethodDesc callee, boolean tail) {
        this(target, kind, callvirt, constrained, callee, tail, java.util.List.of());
    }

    /** This call passing extra arguments of these types to a vararg method. */
    public CallSite withVarargs(java.util.List<TypeDesc> types) {
        return types.isEmpty() ? this : new CallSite(target, kind, callvirt, constrained, callee, tail, java.util.List.copyOf(types));
    }

    public enum Kind {
        /** Get, Set or Address of a multi-dimensional array: inline element access. */
        ARRAY_ACCESS,
        /**
         * Activator.CreateInstance&lt;T&gt;() with T known: `new T()` (or default(T)) inline; also the typed default
         * comparers ({@link Intrinsics#typedComparerConstructor}).
         */
        CREATE_INSTANCE,
        /** RuntimeHelpers.InitializeArray(array, ldtoken field): the field's bytes copied inline. */
        INITIALIZE_ARRAY,
        /** Marshal.FieldOffsets&lt;T&gt;() of a value type T: the address of its constant field-offset text. */
        FIELD_OFFSETS,
        /**
         * Assembly.GetExecutingAssembly(): a direct call of callee (RuntimeAssembly.ForName) with the calling method's
         * assembly name ({@link Intrinsics#executingAssemblyLookup}).
         */
        EXECUTING_ASSEMBLY,
        /** LambdaStubs.For&lt;TDelegate&gt;(): the address of TDelegate's lambda stub ({@link Intrinsics#isLambdaStub}). */
        LAMBDA_STUB,
        /** A direct call of callee (= target). */
        DIRECT,
        /**
         * A constrained call of the constrained value type's own implementation (callee), `this` passed as is; also
         * a default comparer operation redirected to its typed static method ({@link Intrinsics#typedDefaultOperation}).
         */
        CONSTRAINED_DIRECT,
        /** Through target's vtable slot. */
        VIRTUAL,
        /** Through the interface map of the object's type. */
        INTERFACE,
        /** Through the dispatcher of a generic virtual method instantiation (generic virtual methods have no slot). */
        GENERIC_VIRTUAL
    }

    /** The decision for a call or callvirt (with its prefixes). */
    public static CallSite call(MethodDesc target, boolean callvirt, TypeDesc constrained, boolean tail) {
        if (target instanceof ArrayMethod) {
            return new CallSite(target, Kind.ARRAY_ACCESS, callvirt, null, null, tail);
        }
        if (Intrinsics.isCreateInstance(target)) {
            TypeDesc created = ((InstantiatedMethod) target).arguments().get(0);
            if (Intrinsics.createsInline(created)) {
                return new CallSite(target, Kind.CREATE_INSTANCE, callvirt, null, Intrinsics.defaultConstructor(created), tail);
            }
        }
        MethodDesc comparer = Intrinsics.typedComparerConstructor(target);
        if (comparer != null) {
            return new CallSite(target, Kind.CREATE_INSTANCE, callvirt, null, comparer, tail);
        }
        MethodDesc typed = Intrinsics.typedDefaultOperation(target);
        if (typed != null) {
            // a static call of the typed operation with the same arguments: compiled as a constrained direct call
            return new CallSite(target, Kind.CONSTRAINED_DIRECT, callvirt, null, typed, tail);
        }
        if (Intrinsics.isInitializeArray(target)) {
            return new CallSite(target, Kind.INITIALIZE_ARRAY, callvirt, null, null, tail);
        }
        if (Intrinsics.isFieldOffsets(target)) {
            return new CallSite(target, Kind.FIELD_OFFSETS, callvirt, null, null, tail);
        }
        if (Intrinsics.isLambdaStub(target)) {
            return new CallSite(target, Kind.LAMBDA_STUB, callvirt, null, null, tail);
        }
        MethodDesc byName = Intrinsics.executingAssemblyLookup(target);
        if (byName != null) {
            return new CallSite(target, Kind.EXECUTING_ASSEMBLY, callvirt, null, byName, tail);
        }
        if (constrained != null) {
            MethodDesc own = ConstrainedCalls.directTarget(constrained, target);
            if (own != null) {
                return new CallSite(target, Kind.CONSTRAINED_DIRECT, callvirt, constrained, own, tail);
            }
        }
        return reach(target, callvirt, constrained, tail);
    }

    /** The decision for ldftn (virtual false), ldvirtftn (true) or jmp: the function the pointer or jump goes to. */
    public static CallSite function(MethodDesc target, boolean virtual) {
        return reach(target, virtual, null, false);
    }

    private static CallSite reach(MethodDesc target, boolean callvirt, TypeDesc constrained, boolean tail) {
        Kind kind = Kind.DIRECT;
        if (callvirt && target.isVirtual() && !target.isFinal() && !target.owningType().isSealed()) {
            if (target instanceof InstantiatedMethod im && im.genericMethod().isVirtual()) {
                kind = Kind.GENERIC_VIRTUAL;
            } else if (target.owningType().isInterface()) {
                kind = Kind.INTERFACE;
            } else {
                kind = Kind.VIRTUAL;
            }
        }
        return new CallSite(target, kind, callvirt, constrained, kind == Kind.DIRECT ? target : null, tail);
    }

    /** For CREATE_INSTANCE: the type of the object or value made. */
    public TypeDesc createdType() {
        return callee != null ? callee.owningType() : ((InstantiatedMethod) target).arguments().get(0);
    }

    /** Whether the call goes through the object's type (a slot, an interface map or a dispatcher). */
    public boolean dispatches() {
        return kind == Kind.VIRTUAL || kind == Kind.INTERFACE || kind == Kind.GENERIC_VIRTUAL;
    }

    /**
     * A constrained call on a value type without its own implementation: the value is boxed, then called as an
     * object (a constrained call on a reference type dereferences the managed pointer instead).
     */
    public boolean boxesReceiver() {
        return constrained != null && kind != Kind.CONSTRAINED_DIRECT && constrained.isValueType();
    }

    /**
     * Whether the call first runs the class constructor of target's type when that type is precise-init: calls of
     * static methods and of constructors (a base-class or struct constructor reached by `call`).
     */
    public boolean initializesType() {
        return (target.isStatic() || target.isConstructor())
                && kind != Kind.ARRAY_ACCESS && kind != Kind.CREATE_INSTANCE && kind != Kind.INITIALIZE_ARRAY
                && kind != Kind.FIELD_OFFSETS && kind != Kind.EXECUTING_ASSEMBLY && kind != Kind.LAMBDA_STUB;
    }
}

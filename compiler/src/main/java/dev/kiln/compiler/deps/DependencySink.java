package dev.kiln.compiler.deps;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;

/** What scanning a method body can discover it needs. Each call carries the reason shown by --map and why. */
public interface DependencySink {
    /** The method's compiled body is called directly. */
    void methodBody(MethodDesc method, String reason);

    /** An await calls the async variant of target: directly, or through its variant slot when dispatch. */
    void asyncVariantCall(MethodDesc target, boolean dispatch, String reason);

    /** The method's vtable slot is called through (callvirt with dispatch). */
    void virtualUse(MethodDesc method, String reason);

    /** Instances of the type are allocated (newobj, newarr, box): it needs a full descriptor with a vtable. */
    void constructed(TypeDesc type, String reason);

    /** The code refers to the type's descriptor (a cast, typeof, unboxing, an array element type, ...). */
    default void descriptorUse(TypeDesc type, String reason) {
    }

    /** The code can hold a Type object for the type without constructing it (typeof, a delegate of its method). */
    default void reflectable(TypeDesc type, String reason) {
    }

    /** The code names the method (a call, a delegate, a constructor): an image may need its token. */
    default void methodReference(MethodDesc method, String reason) {
    }

    /** The code reads, writes or takes the address of the static field. */
    default void staticField(dev.kiln.typesystem.FieldDesc field, String reason) {
    }

    /** A generic virtual method instantiation is called through dispatch. */
    default void genericVirtualUse(dev.kiln.typesystem.InstantiatedMethod method, String reason) {
    }

    /** A string literal is loaded. */
    default void stringLiteral(String value, String reason) {
    }

    /** The type's static fields are read or written. */
    default void staticBase(TypeDesc type, String reason) {
    }

    /** The type's class constructor may run from here. */
    void classConstructor(TypeDesc type, String reason);

    /**
     * The instruction at ilOffset (ILScanner.NO_OFFSET: the method's signature or locals) names something the loaded
     * assemblies lack: the method is compiled to throw what .NET throws for it.
     */
    default void missing(dev.kiln.typesystem.MissingItem item, int ilOffset) {
    }

    /** The instruction at ilOffset calls a P/Invoke method, which Kiln cannot bind yet (its body throws). */
    default void unboundPInvoke(MethodDesc target, int ilOffset) {
    }

    /** Reflection names the method (a constant-argument pattern, ReflectionPatterns): it is compiled and described. */
    default void reflectedMethod(MethodDesc method, String reason) {
    }

    /** Reflection names the field: its type is described, a static field's storage kept. */
    default void reflectedField(dev.kiln.typesystem.FieldDesc field, String reason) {
    }

    /**
     * A dynamic call site binds a member of this name (or an operator method) on whatever runtime type reaches it:
     * the members of that name of the types the program constructs or names are kept for the C# runtime binder.
     */
    default void dynamicMember(String name, String reason) {
    }

    /** A dynamic method call that may bind a generic method: its instantiations the site's types tell are compiled. */
    default void dynamicGenericCall(DynamicGenericCallNode.Call call, String reason) {
    }

    /** A reflection call at ilOffset whose arguments the analysis cannot see (ILLink's code, e.g. 2075). */
    default void reflectionWarning(int ilOffset, int code, String message) {
    }

    /**
     * A warning about the method's trimming annotations (ILLink's code, e.g. 2037 for a [DynamicDependency] that names
     * nothing): reported like reflectionWarning, but no reflection call went unseen, so the program keeps no more.
     */
    default void reflectionNote(int code, String message) {
    }
}

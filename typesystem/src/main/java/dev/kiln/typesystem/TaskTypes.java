package dev.kiln.typesystem;

/** Recognizes Task, Task&lt;T&gt;, ValueTask and ValueTask&lt;T&gt; of the core library. */
public final class TaskTypes {
    private TaskTypes() {
    }

    private static boolean isCoreType(TypeDesc t, String name) {
        EcmaType def = t instanceof EcmaType e ? e : t instanceof InstantiatedType i ? i.definition() : null;
        return def != null && t.typeSystem().isCoreLibraryType(def) && def.namespace().equals("System.Threading.Tasks")
                && def.name().equals(name) && def.enclosingType() == null;
    }

    public static boolean isTaskLike(TypeDesc t) {
        return resultType(t) != null;
    }

    /**
     * What awaiting a value of this type produces: void for Task/ValueTask, T for Task&lt;T&gt;/ValueTask&lt;T&gt;;
     * null when it is not one of the four task types.
     */
    public static TypeDesc resultType(TypeDesc t) {
        if (isCoreType(t, "Task") || isCoreType(t, "ValueTask")) {
            return t instanceof InstantiatedType ? null : t.typeSystem().wellKnown(WellKnownType.VOID);
        }
        if (t instanceof InstantiatedType i && (isCoreType(t, "Task`1") || isCoreType(t, "ValueTask`1"))) {
            return i.arguments().get(0);
        }
        return null;
    }
}

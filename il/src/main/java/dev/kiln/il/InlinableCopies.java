package dev.kiln.il;

import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.MethodIL;

/**
 * Which methods of another assembly of the version bubble an image copies in for inlining (--inputbubble): small,
 * straight-line bodies the optimizer would inline anyway — accessors, forwarding overloads, arithmetic helpers.
 * A copy costs compile time and nothing at run time (the optimizer drops every copy it did not inline), so the
 * limit keeps the bubble from turning an image compile into a whole-program compile.
 */
final class InlinableCopies {
    /** IL bytes: a call with its arguments is 5 to 15, a range check with its throw about 20. */
    static final int MAX_IL_SIZE = 64;
    private static final int IMPL_NO_INLINING = 0x0008;
    private static final int IMPL_SYNCHRONIZED = 0x0020;
    private static final int IMPL_CODE_TYPE_MASK = 0x0003;

    private InlinableCopies() {
    }

    static boolean worthCopying(EcmaMethod m) {
        if (m.isAbstract() || m.isInternalCall() || m.isRuntimeAsync() || m.isStaticConstructor()
                || m.isGenericMethodDefinition() || DelegateMethods.isInvoke(m)
                || (m.implFlags() & (IMPL_NO_INLINING | IMPL_SYNCHRONIZED | IMPL_CODE_TYPE_MASK)) != 0) {
            return false;
        }
        MethodIL il = m.methodIL();
        return il != null && il.code().length <= MAX_IL_SIZE && il.exceptionClauses().isEmpty();
    }
}

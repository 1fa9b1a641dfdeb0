package dev.kiln.compiler.deps;

import dev.kiln.typesystem.MethodDesc;

/** A vtable slot that compiled code calls through; keyed by the method that introduced the slot. */
public final class VirtualMethodUseNode extends KilnNode {
    private final MethodDesc slotMethod;

    VirtualMethodUseNode(MethodDesc slotMethod) {
        this.slotMethod = slotMethod;
    }

    public MethodDesc slotMethod() {
        return slotMethod;
    }

    @Override
    public String kind() {
        return "VirtualMethodUse";
    }

    @Override
    public String name() {
        return "slot " + slotMethod.fullName();
    }
}

package dev.kiln.typesystem;

import java.util.ArrayList;
import java.util.List;

/** A member of a multi-dimensional array type that the runtime implements: constructors, Get, Set, Address. */
public final class ArrayMethod extends MethodDesc {
    public enum Kind { CTOR, CTOR_WITH_BOUNDS, GET, SET, ADDRESS }

    private final MdArrayType owner;
    private final Kind kind;
    private final MethodSignature signature;

    ArrayMethod(MdArrayType owner, Kind kind) {
        this.owner = owner;
        this.kind = kind;
        TypeSystem ts = owner.typeSystem();
        TypeDesc int32 = ts.wellKnown(WellKnownType.INT32);
        TypeDesc voidType = ts.wellKnown(WellKnownType.VOID);
        List<TypeDesc> indexes = new ArrayList<>();
        for (int i = 0; i < owner.rank(); i++) {
            indexes.add(int32);
        }
        TypeDesc element = owner.elementType();
        switch (kind) {
            case CTOR:
                signature = new MethodSignature(true, voidType, indexes, 0);
                break;
            case CTOR_WITH_BOUNDS: {
                List<TypeDesc> both = new ArrayList<>(indexes);
                both.addAll(indexes);
                signature = new MethodSignature(true, voidType, both, 0);
                break;
            }
            case GET:
                signature = new MethodSignature(true, element, indexes, 0);
                break;
            case SET: {
                List<TypeDesc> withValue = new ArrayList<>(indexes);
                withValue.add(element);
                signature = new MethodSignature(true, voidType, withValue, 0);
                break;
            }
            default:
                signature = new MethodSignature(true, element.makeByRefType(), indexes, 0);
                break;
        }
    }

    public Kind kind() {
        return kind;
    }

    @Override public MdArrayType owningType() { return owner; }
    @Override public String name() { return kind == Kind.CTOR || kind == Kind.CTOR_WITH_BOUNDS ? ".ctor" : kind == Kind.GET ? "Get" : kind == Kind.SET ? "Set" : "Address"; }
    @Override public MethodSignature signature() { return signature; }
    @Override public boolean isStatic() { return false; }
    @Override public boolean isVirtual() { return false; }
    @Override public boolean isNewSlot() { return false; }
    @Override public boolean isAbstract() { return false; }
    @Override public boolean isFinal() { return true; }
    @Override public boolean isInternalCall() { return false; }
    @Override public boolean isRuntimeAsync() { return false; }
    @Override public MethodIL methodIL() { return null; }
    @Override public String location() { return owner.fullName() + "::" + name(); }
}

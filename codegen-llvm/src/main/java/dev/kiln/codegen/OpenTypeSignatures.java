package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.ArrayType;
import dev.kiln.typesystem.ByRefType;
import dev.kiln.typesystem.GenericContext;
import dev.kiln.typesystem.GenericParameterInfo;
import dev.kiln.typesystem.GenericParameterType;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.MdArrayType;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The types of reflection signatures that mention generic parameters (kiln.h KReflectionSignature): the compiler
 * makes no descriptors for open types, so a slot that would hold a descriptor holds the address of a signature
 * record plus one (descriptors are 8-byte aligned: the low bit tells them apart). A record is a generic parameter of
 * the type or of the method (its position; where it is declared, also its name, GenericParameterAttributes and
 * constraints), an array over an open element, a by-ref, or an instantiation of a definition (its descriptor) over
 * open arguments. The run time (corelib TypeSignatures) turns records into Type objects in the context of the member
 * that names them. Records are shared between equal types.
 */
final class OpenTypeSignatures {
    static final int TYPE_PARAMETER = 1, METHOD_PARAMETER = 2, ARRAY = 3, INSTANCE = 4, BY_REF = 5;

    private final LlvmModule m;
    private final Function<TypeDesc, LLVMValueRef> closed;
    private final Function<String, LLVMValueRef> names;
    private final Map<List<Object>, LLVMValueRef> records = new HashMap<>();

    /**
     * @param closed the descriptor of a type without generic parameters (NULL for what has none)
     * @param names the shared UTF-8 string of a name
     */
    OpenTypeSignatures(LlvmModule m, Function<TypeDesc, LLVMValueRef> closed, Function<String, LLVMValueRef> names) {
        this.m = m;
        this.closed = closed;
        this.names = names;
    }

    static LLVMTypeRef recordType(LlvmModule m) {
        return m.structType(m.i32, m.i32, m.ptr, m.ptr, m.i32, m.i32, m.ptr);
    }

    /** What a type slot holds for type: its descriptor, or a tagged signature record when it is open. */
    LLVMValueRef of(TypeDesc type) {
        if (!type.containsGenericParameters()) {
            return closed.apply(type);
        }
        if (type instanceof GenericParameterType p) {
            return record(List.of(p.isMethodParameter() ? METHOD_PARAMETER : TYPE_PARAMETER, p.index()),
                    p.isMethodParameter() ? METHOD_PARAMETER : TYPE_PARAMETER, p.index(), m.nullPtr(), List.of());
        }
        if (type instanceof ArrayType a) {
            return record(List.of(ARRAY, 0, a.elementType()), ARRAY, 0, of(a.elementType()), List.of());
        }
        if (type instanceof MdArrayType a) {
            return record(List.of(ARRAY, a.rank(), a.elementType()), ARRAY, a.rank(), of(a.elementType()), List.of());
        }
        if (type instanceof ByRefType r) {
            return record(List.of(BY_REF, 0, r.elementType()), BY_REF, 0, of(r.elementType()), List.of());
        }
        if (type instanceof InstantiatedType it) {
            return record(List.of(INSTANCE, 0, it), INSTANCE, it.arguments().size(), closed.apply(it.definition()), it.arguments());
        }
        return m.nullPtr(); // pointers and function pointers over generic parameters: no Type
    }

    /**
     * The declaration of a generic parameter (GetGenericArguments of a definition, of a generic method definition):
     * its position, name, attributes and constraints, whose own generic parameters are those of context.
     */
    LLVMValueRef declaration(boolean method, GenericParameterInfo p, GenericContext context) {
        List<TypeDesc> constraints = new ArrayList<>();
        for (TypeDesc c : p.constraints()) {
            constraints.add(context == GenericContext.NONE ? c : c.substitute(context));
        }
        LLVMValueRef[] items = items(constraints);
        LLVMValueRef array = items.length == 0 ? m.nullPtr() : m.privateConstant(m.constArray(m.ptr, items), "kiln.reflsig.c" + records.size());
        int kind = method ? METHOD_PARAMETER : TYPE_PARAMETER;
        return tagged(m.constStruct(m.constI32(kind), m.constI32(p.index()), m.nullPtr(), names.apply(p.name()),
                m.constI32(items.length), m.constI32(p.flags()), array), "kiln.reflsig.d" + records.size() + "." + p.index());
    }

    private LLVMValueRef record(List<Object> key, int kind, int index, LLVMValueRef target, List<TypeDesc> arguments) {
        LLVMValueRef found = records.get(key);
        if (found != null) {
            return found;
        }
        LLVMValueRef[] items = items(arguments);
        String symbol = "kiln.reflsig." + records.size();
        LLVMValueRef array = items.length == 0 ? m.nullPtr() : m.privateConstant(m.constArray(m.ptr, items), symbol + ".args");
        found = tagged(m.constStruct(m.constI32(kind), m.constI32(index), target, m.nullPtr(), m.constI32(items.length),
                m.constI32(0), array), symbol);
        records.put(key, found);
        return found;
    }

    private LLVMValueRef[] items(List<TypeDesc> types) {
        LLVMValueRef[] items = new LLVMValueRef[types.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = of(types.get(i));
        }
        return items;
    }

    /** The record's address plus one: the tag that tells a signature from a descriptor. */
    private LLVMValueRef tagged(LLVMValueRef init, String symbol) {
        LLVMValueRef g = m.privateConstant(init, symbol);
        LLVMSetAlignment(g, 8);
        return LLVMConstGEP2(m.i8, g, LlvmModule.array(m.constI64(1)), 1);
    }
}

package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.AttributeSites;
import dev.kiln.typesystem.CustomAttributeTranscoder;
import dev.kiln.typesystem.ReflectableMembers;
import dev.kiln.typesystem.TypeDesc;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The custom attribute records of one type's reflection metadata (kiln.h KReflectionAttribute): per attribute its
 * type, its constructor's index in that type's method list, the member carrying it, and the arguments as
 * {@link CustomAttributeTranscoder} wrote them with the descriptors they index. The core library builds the
 * attribute objects from these at run time (System.Reflection.AttributeReader) by invoking the constructor.
 */
final class CustomAttributeRecords {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;

    CustomAttributeRecords(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.llvm();
    }

    /** {const KType *type; int32 constructor, owner, length, typeCount; const uint8 *data; const KType *const *types} */
    static LLVMTypeRef recordType(LlvmModule m) {
        return m.structType(m.ptr, m.i32, m.i32, m.i32, m.i32, m.ptr, m.ptr);
    }

    LLVMValueRef[] of(TypeDesc type, String symbol) {
        return records(AttributeSites.of(type), symbol);
    }

    LLVMValueRef[] records(List<AttributeSites.Site> sites, String symbol) {
        LLVMValueRef[] records = new LLVMValueRef[sites.size()];
        for (int i = 0; i < records.length; i++) {
            CustomAttributeTranscoder.Transcoded a = sites.get(i).attribute();
            TypeDesc attributeType = a.constructor().owningType();
            int constructor = ReflectableMembers.methods(attributeType).indexOf(a.constructor());
            LLVMValueRef[] types = new LLVMValueRef[a.types().size()];
            for (int t = 0; t < types.length; t++) {
                types[t] = ctx.descriptors.get(a.types().get(t));
            }
            records[i] = m.constStruct(ctx.descriptors.get(attributeType), m.constI32(constructor), m.constI32(sites.get(i).owner()),
                    m.constI32(a.data().length), m.constI32(types.length), bytes(a.data(), symbol + ".ca" + i),
                    constant(m.constArray(m.ptr, types), types.length, symbol + ".ca" + i + ".types"));
        }
        return records;
    }

    private LLVMValueRef bytes(byte[] data, String symbol) {
        LLVMValueRef[] values = new LLVMValueRef[data.length];
        for (int i = 0; i < data.length; i++) {
            values[i] = LLVMConstInt(m.i8, data[i] & 0xFF, 0);
        }
        return constant(m.constArray(m.i8, values), data.length, symbol);
    }

    private LLVMValueRef constant(LLVMValueRef init, int length, String symbol) {
        if (length == 0) {
            return m.nullPtr();
        }
        return m.privateConstant(init, symbol);
    }
}

package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * One LLVM context, module and instruction builder, with the primitive types and small conveniences over the C API.
 * Arrays passed to LLVM are always built with {@code new PointerPointer<>(n).put(i, x)} (the varargs constructor
 * crashed LLVMBuildCall2).
 */
public final class LlvmModule implements AutoCloseable {
    public final LLVMContextRef context;
    public final LLVMModuleRef module;
    public final LLVMBuilderRef builder;
    public final LLVMTypeRef i1;
    public final LLVMTypeRef i8;
    public final LLVMTypeRef i16;
    public final LLVMTypeRef i32;
    public final LLVMTypeRef i64;
    public final LLVMTypeRef f32;
    public final LLVMTypeRef f64;
    public final LLVMTypeRef ptr;
    public final LLVMTypeRef voidType;

    public LlvmModule(String name) {
        context = LLVMContextCreate();
        module = LLVMModuleCreateWithNameInContext(name, context);
        builder = LLVMCreateBuilderInContext(context);
        i1 = LLVMInt1TypeInContext(context);
        i8 = LLVMInt8TypeInContext(context);
        i16 = LLVMInt16TypeInContext(context);
        i32 = LLVMInt32TypeInContext(context);
        i64 = LLVMInt64TypeInContext(context);
        f32 = LLVMFloatTypeInContext(context);
        f64 = LLVMDoubleTypeInContext(context);
        ptr = LLVMPointerTypeInContext(context, 0);
        voidType = LLVMVoidTypeInContext(context);
    }

    public static PointerPointer<?> array(Object... items) {
        PointerPointer<?> pp = new PointerPointer<>(Math.max(items.length, 1));
        for (int i = 0; i < items.length; i++) {
            pp.put(i, (org.bytedeco.javacpp.Pointer) items[i]);
        }
        return pp;
    }

    public LLVMTypeRef functionType(LLVMTypeRef ret, LLVMTypeRef... params) {
        return LLVMFunctionType(ret, array((Object[]) params), params.length, 0);
    }

    public LLVMTypeRef structType(LLVMTypeRef... fields) {
        return LLVMStructTypeInContext(context, array((Object[]) fields), fields.length, 0);
    }

    public LLVMValueRef constStruct(LLVMValueRef... values) {
        return LLVMConstStructInContext(context, array((Object[]) values), values.length, 0);
    }

    public LLVMValueRef constArray(LLVMTypeRef elementType, LLVMValueRef... values) {
        return LLVMConstArray2(elementType, array((Object[]) values), values.length);
    }

    public LLVMValueRef call(LLVMTypeRef fnType, LLVMValueRef fn, LLVMValueRef... args) {
        return LLVMBuildCall2(builder, fnType, fn, array((Object[]) args), args.length, "");
    }

    public LLVMValueRef constI32(long v) {
        return LLVMConstInt(i32, v, 1);
    }

    public LLVMValueRef constI64(long v) {
        return LLVMConstInt(i64, v, 1);
    }

    public LLVMValueRef constI8(long v) {
        return LLVMConstInt(i8, v, 0);
    }

    public LLVMValueRef nullPtr() {
        return LLVMConstNull(ptr);
    }

    /** A private constant NUL-terminated UTF-8 C string; returns a pointer to it. */
    public LLVMValueRef cString(String symbol, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        BytePointer bp = new BytePointer(bytes.length);
        bp.put(bytes);
        LLVMValueRef g = privateConstant(LLVMConstStringInContext2(context, bp, bytes.length, 0), symbol);
        LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
        return g;
    }

    /** A private constant global holding init (the module's own read-only data: tables, records, arrays). */
    public LLVMValueRef privateConstant(LLVMValueRef init, String symbol) {
        LLVMValueRef g = LLVMAddGlobal(module, LLVMTypeOf(init), symbol);
        LLVMSetInitializer(g, init);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        return g;
    }

    /** Byte-offset address: base + offset (an i8 GEP). */
    public LLVMValueRef offset(LLVMValueRef base, long offset) {
        if (offset == 0) {
            return base;
        }
        return LLVMBuildGEP2(builder, i8, base, array(constI64(offset)), 1, "");
    }

    public LLVMValueRef offset(LLVMValueRef base, LLVMValueRef offset) {
        return LLVMBuildGEP2(builder, i8, base, array(offset), 1, "");
    }

    public LLVMValueRef load(LLVMTypeRef type, LLVMValueRef address) {
        return LLVMBuildLoad2(builder, type, address, "");
    }

    public void store(LLVMValueRef value, LLVMValueRef address) {
        LLVMBuildStore(builder, value, address);
    }

    public void addEnumAttribute(LLVMValueRef function, int index, String name) {
        addEnumAttribute(function, index, name, 0);
    }

    public void addEnumAttribute(LLVMValueRef function, int index, String name, long value) {
        int kind = LLVMGetEnumAttributeKindForName(name, name.length());
        LLVMAddAttributeAtIndex(function, index, LLVMCreateEnumAttribute(context, kind, value));
    }

    public String printToString() {
        BytePointer p = LLVMPrintModuleToString(module);
        try {
            return p.getString();
        } finally {
            LLVMDisposeMessage(p);
        }
    }

    @Override
    public void close() {
        LLVMDisposeBuilder(builder);
        LLVMDisposeModule(module);
        LLVMContextDispose(context);
    }
}

package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * What ldtoken of a method or field gives (RuntimeMethodHandle, RuntimeFieldHandle): the address of a constant that
 * names the member the way the reflection tables describe it, which MethodBase.GetMethodFromHandle and
 * FieldInfo.GetFieldFromHandle look up (the scanner keeps the member for reflection). A method: {declaring type's
 * descriptor, name, parameter count, generic argument count, the return type's descriptor (null for void), each parameter's descriptor (a by-ref parameter's
 * element type; null where reflection has none), each generic argument's descriptor}; a field: {declaring type's
 * descriptor, name}. Expression trees name methods and fields this way (mcs emits ldtoken for them).
 */
final class MemberHandleConstants {
    private MemberHandleConstants() {
    }

    static LLVMValueRef of(NativeModuleBuilder ctx, MethodDesc method) {
        String symbol = ctx.symbols.nameFor(List.of("method handle", method), "method handle " + method.fullName());
        LLVMValueRef existing = LLVMGetNamedGlobal(ctx.m.module, symbol);
        if (existing != null && !existing.isNull()) {
            return existing;
        }
        ctx.methodHandleEmitted(method);
        LlvmModule m = ctx.m;
        List<TypeDesc> parameters = method.signature().parameters();
        List<TypeDesc> generics = method instanceof InstantiatedMethod im ? im.arguments() : List.of();
        List<LLVMValueRef> values = new ArrayList<>();
        values.add(ctx.descriptors.get(method.owningType()));
        values.add(m.cString(symbol + ".name", method.name()));
        values.add(LLVMConstIntToPtr(m.constI64(parameters.size()), m.ptr));
        values.add(LLVMConstIntToPtr(m.constI64(generics.size()), m.ptr));
        values.add(descriptor(ctx, method.signature().returnType()));
        for (TypeDesc p : parameters) {
            values.add(descriptor(ctx, p));
        }
        for (TypeDesc g : generics) {
            values.add(descriptor(ctx, g));
        }
        return m.privateConstant(m.constArray(m.ptr, values.toArray(new LLVMValueRef[0])), symbol);
    }

    static LLVMValueRef of(NativeModuleBuilder ctx, FieldDesc field) {
        String symbol = ctx.symbols.nameFor(List.of("field handle", field), "field handle " + field.name());
        LLVMValueRef existing = LLVMGetNamedGlobal(ctx.m.module, symbol);
        if (existing != null && !existing.isNull()) {
            return existing;
        }
        LlvmModule m = ctx.m;
        return m.privateConstant(m.constArray(m.ptr, ctx.descriptors.get(field.owningType()),
                m.cString(symbol + ".name", field.name())), symbol);
    }

    private static LLVMValueRef descriptor(NativeModuleBuilder ctx, TypeDesc type) {
        TypeDesc t = dev.kiln.il.MemberHandles.elementOfByRef(type);
        return dev.kiln.il.MemberHandles.hasDescriptor(t) ? ctx.descriptors.get(t) : ctx.m.nullPtr();
    }
}

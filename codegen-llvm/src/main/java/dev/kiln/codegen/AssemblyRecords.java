package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.AttributeSites;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.TypeDesc;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The assembly a described type belongs to (kiln.h KReflectionAssembly): its name, version and custom attributes, one
 * record per assembly in each output (images may each carry one for the same assembly; the core library's Assembly
 * objects are keyed by name).
 */
final class AssemblyRecords {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final Map<EcmaModule, LLVMValueRef> records = new HashMap<>();

    AssemblyRecords(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.llvm();
    }

    LLVMValueRef of(TypeDesc type) {
        TypeDesc t = type instanceof InstantiatedType it ? it.definition() : type;
        if (!(t instanceof EcmaType e)) {
            return m.nullPtr();
        }
        return records.computeIfAbsent(e.module(), this::record);
    }

    private LLVMValueRef record(EcmaModule module) {
        String symbol = "kiln.refl.assembly." + records.size();
        var row = module.metadata().rowCount(dev.kiln.typesystem.metadata.TableId.Assembly) > 0 ? module.metadata().assembly() : null;
        LLVMValueRef[] attributes = new CustomAttributeRecords(ctx).records(AttributeSites.ofAssembly(module), symbol);
        LLVMValueRef attributeArray = m.nullPtr();
        if (attributes.length > 0) {
            attributeArray = constant(m.constArray(CustomAttributeRecords.recordType(m), attributes), symbol + ".cattrs");
        }
        LLVMValueRef record = m.constStruct(m.cString(symbol + ".name", module.assemblyName()),
                m.constI32(row == null ? 0 : row.majorVersion()), m.constI32(row == null ? 0 : row.minorVersion()),
                m.constI32(row == null ? 0 : row.buildNumber()), m.constI32(row == null ? 0 : row.revisionNumber()),
                m.constI32(attributes.length), m.constI32(0), attributeArray);
        return constant(record, symbol);
    }

    private LLVMValueRef constant(LLVMValueRef init, String symbol) {
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(init), symbol);
        LLVMSetInitializer(g, init);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        return g;
    }
}

package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.AttributeSites;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.ManifestResources;
import java.util.HashMap;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
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
            attributeArray = m.privateConstant(m.constArray(CustomAttributeRecords.recordType(m), attributes), symbol + ".cattrs");
        }
        LLVMValueRef record = m.constStruct(m.cString(symbol + ".name", module.assemblyName()),
                m.constI32(row == null ? 0 : row.majorVersion()), m.constI32(row == null ? 0 : row.minorVersion()),
                m.constI32(row == null ? 0 : row.buildNumber()), m.constI32(row == null ? 0 : row.revisionNumber()),
                m.constI32(attributes.length), m.constI32(0), attributeArray, resources(module, symbol),
                m.cString(symbol + ".module", module.metadata().module().name()), m.constI32(peKind(module.metadata())),
                m.constI32(module.metadata().machine()));
        return m.privateConstant(record, symbol);
    }

    /**
     * Module.GetPEKind's PortableExecutableKinds, from the CLI header's flags and the PE kind, as CoreCLR derives it:
     * ILOnly, PE32Plus, Required32Bit or (with 32BITPREFERRED) Preferred32Bit, Unmanaged32Bit for a mixed PE32.
     */
    private static int peKind(dev.kiln.typesystem.metadata.MetadataFile md) {
        int flags = md.cliFlags();
        boolean ilOnly = (flags & 0x1) != 0;
        int kind = ilOnly ? 1 : 0;
        if (md.isPe32Plus()) {
            kind |= 4;
        }
        if ((flags & 0x2) != 0) {
            kind |= (flags & 0x20000) != 0 ? 16 : 2;
        }
        if (!ilOnly && !md.isPe32Plus()) {
            kind |= 8;
        }
        return kind;
    }

    /** {int32 count, reserved; {name, int64 length, data}[] } of the embedded resources (GetManifestResourceStream). */
    private LLVMValueRef resources(EcmaModule module, String symbol) {
        List<ManifestResources.Resource> resources = ManifestResources.of(module);
        LLVMValueRef[] entries = new LLVMValueRef[resources.size()];
        for (int i = 0; i < entries.length; i++) {
            byte[] data = resources.get(i).data();
            LLVMValueRef bytes = m.privateConstant(LLVMConstStringInContext2(m.context, new BytePointer(data), data.length, 1), symbol + ".res" + i);
            entries[i] = m.constStruct(m.cString(symbol + ".resname" + i, resources.get(i).name()), m.constI64(data.length), bytes);
        }
        LLVMValueRef array = entries.length == 0 ? m.nullPtr()
                : m.privateConstant(m.constArray(m.structType(m.ptr, m.i64, m.ptr), entries), symbol + ".resources");
        return m.constStruct(m.constI32(entries.length), m.constI32(0), array);
    }
}

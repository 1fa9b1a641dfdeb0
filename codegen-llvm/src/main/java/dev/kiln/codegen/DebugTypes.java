package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMDIBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;

/**
 * The DWARF types of variables: C#'s primitives as base types (named as C# names them), references as pointers
 * named by their type, and nothing (the variable is left out) for structs and the rest, whose layout DWARF would
 * need field by field.
 */
final class DebugTypes {
    private static final int DW_ATE_BOOLEAN = 0x02, DW_ATE_FLOAT = 0x04, DW_ATE_SIGNED = 0x05, DW_ATE_UNSIGNED = 0x08,
            DW_ATE_UTF = 0x10;

    private final LLVMDIBuilderRef builder;
    private final Map<String, LLVMMetadataRef> cache = new HashMap<>();

    DebugTypes(LLVMDIBuilderRef builder) {
        this.builder = builder;
    }

    /** The type of a variable of type, or null when it is not described. */
    LLVMMetadataRef of(TypeDesc type) {
        TypeCategory category = type.category();
        return switch (category) {
            case BOOLEAN -> base("bool", 8, DW_ATE_BOOLEAN);
            case CHAR -> base("char", 16, DW_ATE_UTF);
            case INT8 -> base("sbyte", 8, DW_ATE_SIGNED);
            case UINT8 -> base("byte", 8, DW_ATE_UNSIGNED);
            case INT16 -> base("short", 16, DW_ATE_SIGNED);
            case UINT16 -> base("ushort", 16, DW_ATE_UNSIGNED);
            case INT32 -> base("int", 32, DW_ATE_SIGNED);
            case UINT32 -> base("uint", 32, DW_ATE_UNSIGNED);
            case INT64 -> base("long", 64, DW_ATE_SIGNED);
            case UINT64 -> base("ulong", 64, DW_ATE_UNSIGNED);
            case INTPTR -> base("nint", 64, DW_ATE_SIGNED);
            case UINTPTR -> base("nuint", 64, DW_ATE_UNSIGNED);
            case FLOAT32 -> base("float", 32, DW_ATE_FLOAT);
            case FLOAT64 -> base("double", 64, DW_ATE_FLOAT);
            case CLASS, STRING, SZARRAY, MDARRAY -> reference(type.toString());
            default -> null;
        };
    }

    private LLVMMetadataRef base(String name, long bits, int encoding) {
        return cache.computeIfAbsent(name, n -> LLVMDIBuilderCreateBasicType(builder, n, n.length(), bits, encoding, 0));
    }

    private LLVMMetadataRef reference(String name) {
        return cache.computeIfAbsent("ref " + name, n -> {
            byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return LLVMDIBuilderCreatePointerType(builder, null, 64, 0, 0, name, bytes.length);
        });
    }
}

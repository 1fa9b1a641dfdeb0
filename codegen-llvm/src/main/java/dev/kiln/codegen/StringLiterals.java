package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.HashMap;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * String literals as constant String objects ({type, length, UTF-16 chars, 0}) in read-only data, one per
 * distinct value (literals are interned, as .NET requires of ldstr).
 */
public final class StringLiterals {
    private final LlvmModule m;
    private final TypeDescriptors descriptors;
    private final dev.kiln.typesystem.TypeDesc stringType;
    private final Map<String, LLVMValueRef> literals = new HashMap<>();

    public StringLiterals(LlvmModule m, TypeDescriptors descriptors, dev.kiln.typesystem.TypeDesc stringType) {
        this.m = m;
        this.descriptors = descriptors;
        this.stringType = stringType;
    }

    public synchronized LLVMValueRef get(String value) {
        LLVMValueRef g = literals.get(value);
        if (g == null) {
            LLVMValueRef[] units = new LLVMValueRef[value.length() + 1];
            for (int i = 0; i < value.length(); i++) {
                units[i] = LLVMConstInt(m.i16, value.charAt(i), 0);
            }
            units[value.length()] = LLVMConstInt(m.i16, 0, 0);
            LLVMValueRef init = m.constStruct(descriptors.get(stringType), m.constI32(value.length()),
                    m.constArray(m.i16, units));
            // named by content, not by order, so that a partition's symbols do not shift when other code adds a
            // literal (the partition cache keys on them); LLVM suffixes the name in the unlikely case of a clash
            g = LLVMAddGlobal(m.module, LLVMTypeOf(init), ".str." + contentHash(value));
            LLVMSetInitializer(g, init);
            LLVMSetGlobalConstant(g, 1);
            LLVMSetLinkage(g, LLVMPrivateLinkage);
            LLVMSetAlignment(g, 8);
            literals.put(value, g);
        }
        return g;
    }

    private static String contentHash(String value) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

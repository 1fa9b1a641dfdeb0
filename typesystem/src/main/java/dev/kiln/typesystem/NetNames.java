package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.AssemblyRefRow;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Names as .NET prints them in the messages of its loader exceptions ("Could not load type 'X' from assembly
 * 'Y, Version=…'", "Method not found: 'Void X.M(System.String)'"), and Kiln's shorter form for warnings
 * ("X::M(String)").
 */
public final class NetNames {
    private NetNames() {
    }

    /** "Name, Version=1.2.3.4, Culture=neutral, PublicKeyToken=0123456789abcdef" (or PublicKeyToken=null). */
    public static String assemblyDisplayName(AssemblyRefRow ref) {
        return assemblyDisplayName(ref.name(), ref.majorVersion(), ref.minorVersion(), ref.buildNumber(), ref.revisionNumber(),
                ref.culture(), publicKeyToken(ref.publicKeyOrToken(), (ref.flags() & 1) != 0));
    }

    public static String assemblyDisplayName(String name, int major, int minor, int build, int revision, String culture, byte[] token) {
        StringBuilder sb = new StringBuilder(name).append(", Version=").append(major).append('.').append(minor).append('.')
                .append(build).append('.').append(revision).append(", Culture=")
                .append(culture == null || culture.isEmpty() ? "neutral" : culture).append(", PublicKeyToken=");
        if (token == null || token.length == 0) {
            sb.append("null");
        } else {
            for (byte b : token) {
                sb.append(String.format("%02x", b & 0xff));
            }
        }
        return sb.toString();
    }

    /** The 8-byte token of a public key: the last 8 bytes of its SHA-1, reversed (ECMA-335 II.6.2.1.3). */
    static byte[] publicKeyToken(byte[] keyOrToken, boolean isFullKey) {
        if (keyOrToken == null || keyOrToken.length == 0 || !isFullKey) {
            return keyOrToken;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(keyOrToken);
            byte[] token = new byte[8];
            for (int i = 0; i < 8; i++) {
                token[i] = hash[hash.length - 1 - i];
            }
            return token;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-1", e);
        }
    }

    /** .NET's form of a method in MissingMethodException: "Void System.IO.FileStream..ctor(System.String, Int32)". */
    public static String methodForException(TypeDesc owner, String name, MethodSignature signature) {
        StringBuilder sb = new StringBuilder(typeForException(signature.returnType())).append(' ')
                .append(owner.fullName()).append('.').append(name).append('(');
        List<TypeDesc> params = signature.parameters();
        for (int i = 0; i < params.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(typeForException(params.get(i)));
        }
        return sb.append(')').toString();
    }

    /** Primitive types by their short name (Void, Int32, Boolean), others by their full name, as CoreCLR prints them. */
    static String typeForException(TypeDesc type) {
        if (type instanceof EcmaType e && e.module().isCoreLibrary() && !e.isEnum() && isPrimitive(type.category())) {
            return e.name();
        }
        return type.fullName();
    }

    private static boolean isPrimitive(TypeCategory c) {
        switch (c) {
            case VOID: case BOOLEAN: case CHAR: case INT8: case UINT8: case INT16: case UINT16: case INT32: case UINT32:
            case INT64: case UINT64: case FLOAT32: case FLOAT64: case INTPTR: case UINTPTR:
                return true;
            default:
                return false;
        }
    }

    /** Kiln's short form for warnings: "System.IO.FileStream::.ctor(String,FileMode)". */
    public static String methodForWarning(TypeDesc owner, String name, MethodSignature signature) {
        StringBuilder sb = new StringBuilder(owner.fullName()).append("::").append(name).append('(');
        List<TypeDesc> params = signature.parameters();
        for (int i = 0; i < params.size(); i++) {
            sb.append(i > 0 ? "," : "").append(shortName(params.get(i)));
        }
        return sb.append(')').toString();
    }

    private static String shortName(TypeDesc type) {
        String full = type.fullName();
        int generic = full.length();
        for (char open : new char[] {'[', '<'}) {
            int at = full.indexOf(open);
            if (at >= 0 && at < generic) {
                generic = at;
            }
        }
        int dot = full.lastIndexOf('.', generic);
        return dot < 0 ? full : full.substring(dot + 1);
    }
}

package dev.kiln.compiler;

import dev.kiln.codegen.NativeTarget;
import dev.kiln.codegen.RuntimeAbi;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The file format of a precompiled image (docs/images.md): the linked shared object, then a text manifest (format
 * version, target, runtime ABI, and the assemblies the image contains, requires images of, and only reads, each
 * with the SHA-256 of its file), then a footer: "KILNIMG\1", the manifest's offset, and the SHA-256 of all bytes
 * before it — the checksum the loader verifies before it maps anything.
 */
public final class ImageFile {
    public static final byte[] FOOTER_MAGIC = "KILNIMG\u0001".getBytes(StandardCharsets.ISO_8859_1);
    public static final int FOOTER_SIZE = 48;

    /** An assembly the image names: its simple name, file and module version id (MVID). */
    public record Assembly(String name, Path file, java.util.UUID mvid) {
        static Assembly of(dev.kiln.typesystem.EcmaModule module) {
            var metadata = module.metadata();
            return new Assembly(module.assemblyName(), module.path(), metadata.guid(metadata.module().mvidIndex()));
        }
    }

    private ImageFile() {
    }

    /**
     * Appends the manifest and footer to a linked shared object, in place.
     * bubble: the required assemblies inside the image's version bubble (--inputbubble), whose code it may inline;
     * imports: the symbols of other images it binds to (ImportTable), which the loader checks before mapping it.
     */
    public static void seal(Path sharedObject, List<Assembly> contains, List<Assembly> requires, List<Assembly> reads,
                            List<Assembly> bubble, List<ImportTable.Entry> imports) throws IOException {
        StringBuilder m = new StringBuilder();
        m.append("kiln-image ").append(RuntimeAbi.IMAGE_FORMAT_MAJOR).append(' ').append(RuntimeAbi.IMAGE_FORMAT_MINOR).append('\n');
        m.append("target ").append(NativeTarget.IMAGE_TARGET).append('\n');
        m.append("runtime ").append(RuntimeAbi.RUNTIME_ABI).append('\n');
        appendAll(m, "contains", contains);
        appendAll(m, "requires", requires);
        appendAll(m, "reads", reads);
        appendAll(m, "bubble", bubble);
        for (ImportTable.Entry e : imports) {
            m.append("import ").append(e.symbol()).append(' ').append(e.description().replace('\n', ' ')).append('\n');
        }
        byte[] so = Files.readAllBytes(sharedObject);
        byte[] manifest = m.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(so.length + manifest.length + FOOTER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        out.put(so).put(manifest).put(FOOTER_MAGIC).putLong(so.length);
        byte[] digest = sha256(out.array(), out.position());
        out.put(digest);
        Files.write(sharedObject, out.array());
    }

    private static void appendAll(StringBuilder m, String relation, List<Assembly> assemblies) throws IOException {
        for (Assembly a : assemblies) {
            // the hash is what the loader checks; the MVID (a fourth word, which 1.1 readers skip) is for people
            m.append(relation).append(' ').append(a.name()).append(' ').append(HexFormat.of().formatHex(sha256(a.file())))
                    .append(a.mvid() != null ? " " + guidText(a.mvid()) : "").append('\n');
        }
    }

    /** A #GUID heap entry as .NET (and monodis) print it: the first three fields are little-endian in the file. */
    static String guidText(java.util.UUID stored) {
        ByteBuffer b = ByteBuffer.allocate(16).putLong(stored.getMostSignificantBits()).putLong(stored.getLeastSignificantBits());
        byte[] x = b.array();
        byte[] ordered = {x[3], x[2], x[1], x[0], x[5], x[4], x[7], x[6], x[8], x[9], x[10], x[11], x[12], x[13], x[14], x[15]};
        String hex = HexFormat.of().formatHex(ordered);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                + "-" + hex.substring(20);
    }

    public static byte[] sha256(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return sha256(bytes, bytes.length);
    }

    static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, 0, length);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manifest of an image file, or null when it has no valid footer (for kiln inspect and tests). */
    public static String manifest(Path image) throws IOException {
        byte[] bytes = Files.readAllBytes(image);
        if (bytes.length < FOOTER_SIZE) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 8; i++) {
            if (bytes[bytes.length - FOOTER_SIZE + i] != FOOTER_MAGIC[i]) {
                return null;
            }
        }
        long offset = b.getLong(bytes.length - FOOTER_SIZE + 8);
        if (offset < 0 || offset > bytes.length - FOOTER_SIZE) {
            return null;
        }
        return new String(bytes, (int) offset, bytes.length - FOOTER_SIZE - (int) offset, StandardCharsets.UTF_8);
    }

    /** Whether the image's checksum (the footer's last 32 bytes) matches the bytes before it, as the loader checks. */
    public static boolean checksumMatches(Path image) throws IOException {
        byte[] bytes = Files.readAllBytes(image);
        if (bytes.length < FOOTER_SIZE) {
            return false;
        }
        byte[] digest = sha256(bytes, bytes.length - 32);
        return java.util.Arrays.equals(digest, 0, 32, bytes, bytes.length - 32, bytes.length);
    }
}

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the facades: one assembly per name of facades.txt, named like that framework assembly, with the public
 * key its references carry and an ExportedType row forwarding each public core-library type to
 * System.Private.CoreLib. Facades with the same key differ only in their names, so ilasm assembles one template per
 * key (a handful of runs instead of ~200 at 0.1 s each) and each facade is a copy of its template with the name
 * rewritten: the template's assembly (and module) name is a placeholder that each copy overwrites in the #Strings
 * heap with the real name, padded with NULs (heap strings are read up to their NUL, so the padding is inert). Each
 * copy gets its own module version id (MVID), derived from the template and the name, so copies are distinct and
 * the output is the same for the same input.
 *
 * <p>Usage (Java's source launcher, no build step): {@code java FacadeWriter.java FORWARDERS.il facades.txt WORK-DIR
 * OUT-DIR}, where FORWARDERS.il holds the {@code .class extern forwarder} declarations.
 */
public final class FacadeWriter {
    private static final String PLACEHOLDER = "kiln.facade.name.placeholder.that.is.longer.than.any.framework.assembly.name";

    record Facade(String name, String token) {
    }

    public static void main(String[] args) throws IOException, InterruptedException, NoSuchAlgorithmException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: FacadeWriter FORWARDERS.il facades.txt WORK-DIR OUT-DIR");
        }
        String forwarders = Files.readString(Path.of(args[0]));
        Map<String, String> keys = new TreeMap<>();
        List<Facade> facades = new ArrayList<>();
        readList(Path.of(args[1]), keys, facades);
        Path work = Files.createDirectories(Path.of(args[2]));
        Path out = Files.createDirectories(Path.of(args[3]));
        Map<String, byte[]> templates = new TreeMap<>();
        for (Facade f : facades) {
            if (!templates.containsKey(f.token())) {
                templates.put(f.token(), template(f.token(), keys.get(f.token()), forwarders, work));
            }
        }
        byte[] placeholder = PLACEHOLDER.getBytes(StandardCharsets.UTF_8);
        for (Facade f : facades) {
            byte[] template = templates.get(f.token());
            Files.write(out.resolve(f.name() + ".dll"), copy(template, placeholder, f.name()));
        }
    }

    /** facades.txt: {@code key TOKEN PUBLICKEY} lines, then {@code NAME TOKEN} lines (TOKEN - for no key). */
    private static void readList(Path file, Map<String, String> keys, List<Facade> facades) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] words = line.replaceFirst("#.*", "").strip().split("\\s+");
            if (words[0].isEmpty()) {
                continue;
            }
            if (words[0].equals("key") && words.length == 3) {
                keys.put(words[1], words[2]);
            } else if (words.length == 2) {
                if (!words[1].equals("-") && !keys.containsKey(words[1])) {
                    throw new IllegalArgumentException(file + ": no key line for the token of " + words[0]);
                }
                facades.add(new Facade(words[0], words[1]));
            } else {
                throw new IllegalArgumentException(file + ": cannot read the line: " + line);
            }
        }
    }

    /** ilasm's assembly of the facade with the placeholder name and the given public key (hex, or none). */
    private static byte[] template(String token, String publicKey, String forwarders, Path work) throws IOException, InterruptedException {
        StringBuilder key = new StringBuilder();
        if (publicKey != null) {
            key.append(" .publickey = (");
            for (int i = 0; i < publicKey.length(); i += 2) {
                key.append(' ').append(publicKey, i, i + 2);
            }
            key.append(" )");
        }
        Path il = Files.writeString(work.resolve(token + ".il"), String.join("\n",
                ".assembly extern System.Private.CoreLib { .ver 0:0:0:0 }",
                ".assembly '" + PLACEHOLDER + "' {" + key + " .ver 4:0:0:0 }",
                ".module '" + PLACEHOLDER + ".dll'",
                forwarders, ""));
        Path dll = work.resolve(token + ".dll");
        Process ilasm = new ProcessBuilder("ilasm", "/dll", "/quiet", "/output:" + dll, il.toString()).redirectErrorStream(true).start();
        String log = new String(ilasm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (ilasm.waitFor() != 0) {
            throw new IllegalStateException("ilasm failed on " + il + ":\n" + log);
        }
        return deterministic(Files.readAllBytes(dll));
    }

    /**
     * ilasm stamps its output with the time and a random MVID; both are cleared (each copy gets its MVID from the
     * template and its name), so that the same core library gives the same facades, byte for byte, and the images
     * that record their hashes stay valid across rebuilds.
     */
    private static byte[] deterministic(byte[] pe) {
        ByteBuffer b = ByteBuffer.wrap(pe).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(b.getInt(0x3c) + 8, 0); // COFF TimeDateStamp
        Arrays.fill(pe, mvidOffset(pe), mvidOffset(pe) + 16, (byte) 0);
        return pe;
    }

    private static byte[] copy(byte[] template, byte[] placeholder, String name) throws NoSuchAlgorithmException {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > placeholder.length) {
            throw new IllegalArgumentException(name + " is longer than the placeholder (" + placeholder.length + " bytes)");
        }
        List<Integer> sites = occurrences(template, placeholder);
        if (sites.isEmpty()) {
            throw new IllegalStateException("the template does not contain the placeholder");
        }
        byte[] copy = template.clone();
        for (int site : sites) {
            rename(copy, site, placeholder.length, bytes);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(template);
        sha.update(bytes);
        System.arraycopy(sha.digest(), 0, copy, mvidOffset(template), 16);
        return copy;
    }

    /** Where the placeholder starts a heap string (preceded by the NUL that ends the string before it). */
    private static List<Integer> occurrences(byte[] data, byte[] needle) {
        List<Integer> sites = new ArrayList<>();
        for (int i = 1; i + needle.length <= data.length; i++) {
            if (data[i - 1] == 0 && Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                sites.add(i);
            }
        }
        return sites;
    }

    /** Overwrites the placeholder at site, keeping what followed it in the same string (".dll" of the module name). */
    private static void rename(byte[] data, int site, int placeholderLength, byte[] name) {
        int end = site + placeholderLength;
        while (data[end] != 0) {
            end++;
        }
        byte[] suffix = Arrays.copyOfRange(data, site + placeholderLength, end);
        Arrays.fill(data, site, end, (byte) 0);
        System.arraycopy(name, 0, data, site, name.length);
        System.arraycopy(suffix, 0, data, site + name.length, suffix.length);
    }

    /** The file offset of the module's MVID: the #GUID heap, which for an ilasm-built facade holds only it. */
    private static int mvidOffset(byte[] pe) {
        ByteBuffer b = ByteBuffer.wrap(pe).order(ByteOrder.LITTLE_ENDIAN);
        int coff = b.getInt(0x3c) + 4;
        int sections = b.getShort(coff + 2) & 0xffff;
        int optional = coff + 20;
        int optionalSize = b.getShort(coff + 16) & 0xffff;
        int dataDirectories = optional + ((b.getShort(optional) & 0xffff) == 0x20b ? 112 : 96);
        int cliHeader = fileOffset(b, optional + optionalSize, sections, b.getInt(dataDirectories + 14 * 8));
        int root = fileOffset(b, optional + optionalSize, sections, b.getInt(cliHeader + 8));
        if (b.getInt(root) != 0x424A5342) {
            throw new IllegalStateException("no metadata root (BSJB) in the template");
        }
        int p = root + 16 + b.getInt(root + 12);
        int streams = b.getShort(p + 2) & 0xffff;
        p += 4;
        for (int i = 0; i < streams; i++) {
            int offset = b.getInt(p);
            int size = b.getInt(p + 4);
            int nameStart = p + 8;
            int nameEnd = nameStart;
            while (pe[nameEnd] != 0) {
                nameEnd++;
            }
            String name = new String(pe, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII);
            if (name.equals("#GUID")) {
                if (size != 16) {
                    throw new IllegalStateException("the template's #GUID heap holds " + size / 16 + " GUIDs, expected only the MVID");
                }
                return root + offset;
            }
            p = nameStart + ((nameEnd - nameStart + 1 + 3) & ~3);
        }
        throw new IllegalStateException("no #GUID heap in the template");
    }

    private static int fileOffset(ByteBuffer b, int sectionTable, int sections, int rva) {
        for (int i = 0; i < sections; i++) {
            int s = sectionTable + i * 40;
            int va = b.getInt(s + 12);
            int size = Math.max(b.getInt(s + 8), b.getInt(s + 16));
            if (rva >= va && rva < va + size) {
                return rva - va + b.getInt(s + 20);
            }
        }
        throw new IllegalStateException("RVA 0x" + Integer.toHexString(rva) + " is in no section of the template");
    }
}

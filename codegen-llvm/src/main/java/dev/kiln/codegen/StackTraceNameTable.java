package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.StackTraceNames;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * kiln.tracenames (runtime-c/stacktrace.c): .NET's name of each managed function that survived optimization, for the
 * frames of stack traces, which otherwise only have the function's symbol ("Ns.Type::M(System.Int32)"). Made after
 * machine code, from the symbols the object files define, so a method the optimizer inlined everywhere costs nothing;
 * keyed by a 64-bit FNV-1a hash of the symbol name, so the table names no function (it keeps none alive, needs no
 * relocation) and the runtime finds an entry from the symbol it already looked up.
 *
 * Layout (little-endian): u32 count, u32 0, then count entries {u64 hash, u32 text offset from the table's start,
 * u32 flags} sorted by hash, then the texts, each NUL-terminated and stored once. Flags: {@link #HIDDEN} (.NET leaves
 * the frame out), {@link #ASYNC_STATE_MACHINE}. Two symbols with one hash get no entry (their frames keep the
 * symbol's name).
 */
public final class StackTraceNameTable {
    public static final String SYMBOL = "kiln.tracenames";
    static final int HIDDEN = 1;
    static final int ASYNC_STATE_MACHINE = 2;
    /** A resume function of a runtime-async frame ("resume " + the async variant's symbol) is shown as its method. */
    private static final String RESUME = "resume ";

    private StackTraceNameTable() {
    }

    /** The table for the functions objects define, given the method of each managed function symbol. */
    static byte[] build(List<Path> objects, Map<String, MethodDesc> methods, java.util.Set<MethodDesc> hiddenThunks) {
        TreeSet<String> defined = new TreeSet<>();
        for (Path object : objects) {
            ObjectFileSymbols.read(object, (name, size, isDefined) -> {
                if (isDefined) {
                    defined.add(name);
                }
            });
        }
        Map<String, StackTraceNames.Frame> frames = new LinkedHashMap<>();
        Map<MethodDesc, StackTraceNames.Frame> named = new HashMap<>();
        for (String symbol : defined) {
            MethodDesc method = methods.get(symbol.startsWith(RESUME) ? symbol.substring(RESUME.length()) : symbol);
            StackTraceNames.Frame frame = method == null ? null
                    : hiddenThunks.contains(method) ? new StackTraceNames.Frame("", true, false)
                    : named.computeIfAbsent(method, StackTraceNameTable::frameOf);
            if (frame != null) {
                frames.put(symbol, frame);
            }
        }
        return layout(frames);
    }

    /** .NET's name of method's frames, or null (the symbol's name is printed) when its metadata cannot give one. */
    private static StackTraceNames.Frame frameOf(MethodDesc method) {
        try {
            return StackTraceNames.of(method);
        } catch (RuntimeException unnamed) {
            return null; // a signature or attribute naming something missing: never a reason to fail the build
        }
    }

    static byte[] layout(Map<String, StackTraceNames.Frame> frames) {
        TreeMap<Long, StackTraceNames.Frame> byHash = new TreeMap<>(Long::compareUnsigned);
        List<Long> clashes = new ArrayList<>();
        frames.forEach((symbol, frame) -> {
            long hash = fnv1a(symbol);
            if (byHash.put(hash, frame) != null) {
                clashes.add(hash);
            }
        });
        clashes.forEach(byHash::remove);
        int headerSize = 8 + 16 * byHash.size();
        ByteArrayOutputStream texts = new ByteArrayOutputStream();
        Map<String, Integer> offsets = new HashMap<>();
        ByteBuffer header = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(byHash.size()).putInt(0);
        byHash.forEach((hash, frame) -> {
            Integer offset = offsets.get(frame.text());
            if (offset == null) {
                offset = headerSize + texts.size();
                offsets.put(frame.text(), offset);
                texts.writeBytes(frame.text().getBytes(StandardCharsets.UTF_8));
                texts.write(0);
            }
            header.putLong(hash).putInt(offset).putInt((frame.hidden() ? HIDDEN : 0) | (frame.asyncStateMachine() ? ASYNC_STATE_MACHINE : 0));
        });
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(header.array());
        all.writeBytes(texts.toByteArray());
        return all.toByteArray();
    }

    /** 64-bit FNV-1a of the symbol's UTF-8 bytes (stacktrace.c computes the same). */
    static long fnv1a(String symbol) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : symbol.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** Writes the table as an object file of its own, defining {@link #SYMBOL} (exported, for images' dlsym). */
    public static Path emit(List<Path> objects, Map<String, MethodDesc> methods, java.util.Set<MethodDesc> hiddenThunks,
                            NativeTarget target, Path output) {
        byte[] table = build(objects, methods, hiddenThunks);
        try (LlvmModule m = new LlvmModule("tracenames")) {
            target.configure(m);
            BytePointer bytes = new BytePointer(table.length);
            bytes.put(table);
            LLVMValueRef init = LLVMConstStringInContext2(m.context, bytes, table.length, 1);
            LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(init), SYMBOL);
            LLVMSetInitializer(g, init);
            LLVMSetGlobalConstant(g, 1);
            LLVMSetAlignment(g, 8);
            target.emitObject(m, output);
        }
        return output;
    }
}

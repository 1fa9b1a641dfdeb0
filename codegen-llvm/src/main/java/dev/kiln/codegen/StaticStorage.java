package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.Linkage;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Static fields as zero-initialized globals (scanned by the GC as part of the data segment), RVA-initialized
 * data, one class-constructor state per type with a static constructor, and the slots of [ThreadStatic] fields.
 */
public final class StaticStorage {
    private final LlvmModule m;
    private final TypeMapper types;
    private final Symbols symbols;
    private final Map<FieldDesc, LLVMValueRef> fields = new HashMap<>();
    private final Map<TypeDesc, LLVMValueRef> cctorFlags = new HashMap<>();
    private final Map<TypeDesc, LLVMValueRef> cctorFailures = new HashMap<>();
    private final Map<FieldDesc, LLVMValueRef> threadStaticSlots = new HashMap<>();
    private LLVMValueRef threadStaticsTable;

    private final Linkage linkage;

    public StaticStorage(LlvmModule m, TypeMapper types, Symbols symbols, Linkage linkage) {
        this.m = m;
        this.types = types;
        this.symbols = symbols;
        this.linkage = linkage;
    }

    /** Gives static storage its linkage: imported storage is only declared (no initializer). */
    private LLVMValueRef storage(LLVMTypeRef type, String localName, String sharedName, TypeDesc owner, LLVMValueRef init) {
        Linkage.Kind kind = linkage.ofStatics(owner);
        LLVMValueRef g = LLVMAddGlobal(m.module, type, kind == Linkage.Kind.LOCAL ? localName : sharedName);
        if (kind != Linkage.Kind.IMPORTED) {
            LLVMSetInitializer(g, init);
            LinkageKinds.apply(g, kind);
        }
        return g;
    }

    public synchronized LLVMValueRef field(FieldDesc field) {
        if (field.isThreadStatic()) {
            throw new IllegalArgumentException(field + " is thread-static: its storage is per thread (threadStaticSlot)");
        }
        LLVMValueRef g = fields.get(field);
        if (g == null) {
            byte[] data = field.rvaData();
            String name = symbols.nameFor(field, "static " + field.fullName());
            if (data != null) {
                // read-only data of this assembly's own IL: every image keeps its copy
                BytePointer bp = new BytePointer(data.length);
                bp.put(data);
                LLVMValueRef init = LLVMConstStringInContext2(m.context, bp, data.length, 1);
                g = LLVMAddGlobal(m.module, LLVMTypeOf(init), name);
                LLVMSetInitializer(g, init);
                LLVMSetAlignment(g, 8);
                LLVMSetLinkage(g, LLVMInternalLinkage);
            } else {
                var type = types.storageType(field.fieldType());
                g = storage(type, name, Linkage.staticSymbol(field), field.owningType(), LLVMConstNull(type));
                LLVMSetAlignment(g, 8);
            }
            fields.put(field, g);
        }
        return g;
    }

    /**
     * An i8 global (kiln.h KILN_TYPEINIT_*): 0 until the class constructor of type finished, 1 once it did, 2 when it
     * failed (its TypeInitializationException is in {@link #cctorFailure}). Only runtime-c typeinit.c writes it.
     */
    public synchronized LLVMValueRef cctorFlag(TypeDesc type) {
        return cctorFlags.computeIfAbsent(type, t -> storage(m.i8, symbols.nameFor(java.util.List.of("cctor", t),
                "cctor ran " + t.fullName()), Linkage.cctorFlagSymbol(t), t, m.constI8(0)));
    }

    /** A pointer global (scanned by the GC): the TypeInitializationException of type's failed class constructor. */
    public synchronized LLVMValueRef cctorFailure(TypeDesc type) {
        return cctorFailures.computeIfAbsent(type, t -> storage(m.ptr, symbols.nameFor(java.util.List.of("cctor failure", t),
                "cctor failure " + t.fullName()), Linkage.cctorFailureSymbol(t), t, m.nullPtr()));
    }

    /**
     * A [ThreadStatic] field's slot (kiln.h): an i32 holding the field's process-wide index into each thread's
     * table, unassigned until its first use. It takes the field's static symbol and linkage, so images share it as
     * they share ordinary statics.
     */
    public synchronized LLVMValueRef threadStaticSlot(FieldDesc field) {
        return threadStaticSlots.computeIfAbsent(field, f -> {
            LLVMValueRef g = storage(m.i32, symbols.nameFor(f, "thread static " + f.fullName()), Linkage.staticSymbol(f),
                    f.owningType(), m.constI32(RuntimeAbi.THREAD_STATIC_UNASSIGNED));
            LLVMSetAlignment(g, 4);
            return g;
        });
    }

    /** The runtime's thread-local pointer to the current thread's table of thread-static blocks. */
    public synchronized LLVMValueRef threadStaticsTable() {
        if (threadStaticsTable == null) {
            threadStaticsTable = LLVMAddGlobal(m.module, m.ptr, RuntimeAbi.THREAD_STATICS_TABLE);
            // initial-exec: the runtime defines it in the executable (or the image launcher), in static TLS
            LLVMSetThreadLocalMode(threadStaticsTable, LLVMInitialExecTLSModel);
        }
        return threadStaticsTable;
    }
}

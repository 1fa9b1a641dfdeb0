package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.symbols.MethodSymbols;
import dev.kiln.typesystem.symbols.SequencePoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMDIBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The module's DWARF through LLVM's DIBuilder: a compile unit per source document (as a C compiler makes one per
 * source file; LLVM lists several in llvm.dbg.cu, one DIBuilder each, since a builder's subprograms belong to its
 * unit), a subprogram per method that has sequence points, in the unit of its first sequence point's document, and a
 * debug location on each instruction from the sequence point covering its IL offset (set on the shared builder while
 * a method is compiled: {@link MethodScope#at}). The runtime reads the line table back for stack traces (runtime-c
 * debuglines.c), gdb and addr2line read it as they read C's.
 */
final class DebugInfo {
    /** DWARF 4: its line table header is the simple one that the runtime's reader parses. */
    private static final int DWARF_VERSION = 4;

    private final LlvmModule m;
    private final boolean optimized;
    private final Map<String, LLVMMetadataRef> files = new HashMap<>();
    /** The compile units by document, in the order the documents first came up (which depends only on the program). */
    private final Map<String, DocumentUnit> units = new java.util.LinkedHashMap<>();
    /** Variable types, shared by the units (made through the first unit's builder, which resolves their cycles). */
    private DebugTypes types;
    /** The scopes each function's locations may name (its subprogram, and lexical block files of other documents). */
    private final Map<Long, Set<Long>> scopesBySubprogram = new HashMap<>();

    /** One source document's compile unit and the builder of its subprograms. */
    private record DocumentUnit(LLVMDIBuilderRef builder, LLVMMetadataRef file, LLVMMetadataRef subroutineType) {
    }

    DebugInfo(LlvmModule m, boolean optimized) {
        this.m = m;
        this.optimized = optimized;
        LLVMAddModuleFlag(m.module, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                LLVMValueAsMetadata(LLVMConstInt(m.i32, LLVMDebugMetadataVersion(), 0)));
        LLVMAddModuleFlag(m.module, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                LLVMValueAsMetadata(LLVMConstInt(m.i32, DWARF_VERSION, 0)));
    }

    private DocumentUnit unitOf(String document) {
        return units.computeIfAbsent(document, d -> {
            LLVMDIBuilderRef builder = LLVMCreateDIBuilder(m.module);
            LLVMMetadataRef file = file(builder, d);
            // the unit is named by the whole path, with no compilation directory: the line table then names each
            // file's directory itself (DWARF 4 leaves the compilation directory out of it, and the runtime's reader
            // prints a file as the line table names it)
            LLVMMetadataRef unitFile = LLVMDIBuilderCreateFile(builder, d, utf8Length(d), "", 0);
            String producer = "Kiln";
            LLVMDIBuilderCreateCompileUnit(builder, LLVMDWARFSourceLanguageC_sharp, unitFile, producer, producer.length(),
                    optimized ? 1 : 0, "", 0, 0, "", 0, LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
            if (types == null) {
                types = new DebugTypes(builder);
            }
            return new DocumentUnit(builder, file, LLVMDIBuilderCreateSubroutineType(builder, file, (LLVMMetadataRef) null, 0, 0));
        });
    }

    private LLVMMetadataRef file(LLVMDIBuilderRef builder, String path) {
        return files.computeIfAbsent(path, p -> {
            int slash = p.lastIndexOf('/');
            String dir = slash > 0 ? p.substring(0, slash) : "";
            String name = slash >= 0 ? p.substring(slash + 1) : p;
            return LLVMDIBuilderCreateFile(builder, name, utf8Length(name), dir, utf8Length(dir));
        });
    }

    private static long utf8Length(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /**
     * Starts the debug information of function, the compiled form of method (displayName: how a debugger names it);
     * null when the symbols have no line for it (then its instructions carry no locations).
     */
    MethodScope begin(LLVMValueRef function, MethodDesc method, String displayName, MethodSymbols symbols) {
        SequencePoint first = symbols == null ? null : symbols.first();
        if (first == null || first.document() == null) {
            return null;
        }
        DocumentUnit unit = unitOf(first.document());
        LLVMMetadataRef file = unit.file();
        String linkage = LLVMGetValueName(function).getString();
        LLVMMetadataRef subprogram = LLVMDIBuilderCreateFunction(unit.builder(), file, displayName, utf8Length(displayName),
                linkage, utf8Length(linkage), file, first.line(), unit.subroutineType(), 0, 1, first.line(), LLVMDIFlagPrototyped,
                optimized ? 1 : 0);
        LLVMSetSubprogram(function, subprogram);
        keepFrame(function);
        if (isLambda(method)) {
            keepOutOfLine(function);
        }
        Set<Long> scopes = new HashSet<>();
        scopes.add(subprogram.address());
        synchronized (scopesBySubprogram) {
            scopesBySubprogram.put(subprogram.address(), scopes);
        }
        return new MethodScope(unit, subprogram, symbols, scopes, parameterNames(method));
    }

    /**
     * A call in tail position keeps its caller's frame, so stack traces and debuggers see the method as .NET shows it
     * (the JIT does not turn ordinary calls into jumps either).
     */
    private void keepFrame(LLVMValueRef function) {
        String key = "disable-tail-calls";
        String value = "true";
        LLVMAddAttributeAtIndex(function, LLVMAttributeFunctionIndex,
                LLVMCreateStringAttribute(m.context, key, key.length(), value, value.length()));
    }

    /**
     * A lambda's body keeps a frame of its own: .NET's JIT does not inline the target of a delegate call, so its
     * traces show the lambda (`Program.<>c.<Main>b__0_0()`), which LLVM would otherwise inline through a delegate
     * it can see. Lambdas are compiler-generated methods named `<Owner>b__N` (Roslyn) or `<Owner>m__N` (mcs).
     */
    static boolean isLambda(MethodDesc method) {
        String name = method.name();
        return name.startsWith("<") && (name.contains(">b__") || name.contains(">m__"));
    }

    private void keepOutOfLine(LLVMValueRef function) {
        m.addEnumAttribute(function, LLVMAttributeFunctionIndex, "noinline");
    }

    /** The names of method's parameters by IL argument number (with `this` first for an instance method). */
    private static java.util.List<String> parameterNames(MethodDesc method) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (!method.isStatic()) {
            names.add("this");
        }
        int first = names.size();
        for (int i = 0; i < method.signature().parameters().size(); i++) {
            names.add(null);
        }
        if (method.typicalDefinition() instanceof dev.kiln.typesystem.EcmaMethod ecma) {
            var metadata = ecma.module().metadata();
            var row = metadata.methodDef(ecma.token() & 0xFFFFFF);
            for (int list = row.firstParam(); list < row.endParam(); list++) {
                var param = metadata.param(metadata.paramRidAt(list));
                if (param.sequence() > 0 && first + param.sequence() - 1 < names.size()) {
                    names.set(first + param.sequence() - 1, param.name());
                }
            }
        }
        return names;
    }

    /** The locations of one method: {@link #at} before the code of each IL instruction is emitted. */
    final class MethodScope {
        private final DocumentUnit unit;
        private final LLVMMetadataRef subprogram;
        private final MethodSymbols symbols;
        private final Set<Long> scopes;
        private final Map<String, LLVMMetadataRef> otherDocuments = new HashMap<>();
        private SequencePoint current;
        private LLVMMetadataRef location;

        private final java.util.List<String> parameterNames;

        private MethodScope(DocumentUnit unit, LLVMMetadataRef subprogram, MethodSymbols symbols, Set<Long> scopes,
                            java.util.List<String> parameterNames) {
            this.parameterNames = parameterNames;
            this.unit = unit;
            this.subprogram = subprogram;
            this.symbols = symbols;
            this.scopes = scopes;
        }

        /** Instructions built from now on are at the source position of ilOffset (-1: the prologue). */
        void at(int ilOffset) {
            SequencePoint point = ilOffset < 0 ? symbols.first() : symbols.at(ilOffset);
            if (point == null) {
                point = symbols.first();
            }
            if (point != current || location == null) {
                current = point;
                location = LLVMDIBuilderCreateDebugLocation(m.context, point.line(), point.column(), scopeOf(point), null);
            }
            LLVMSetCurrentDebugLocation2(m.builder, location);
        }

        private LLVMMetadataRef scopeOf(SequencePoint point) {
            if (point.document() == null || point.document().equals(symbols.first().document())) {
                return subprogram;
            }
            return otherDocuments.computeIfAbsent(point.document(), d -> {
                LLVMMetadataRef block = LLVMDIBuilderCreateLexicalBlockFile(unit.builder(), subprogram, file(unit.builder(), d), 0);
                scopes.add(block.address());
                return block;
            });
        }

        /**
         * Names the variable in slot (an alloca of the entry block) for debuggers: a local (argNumber 0) or the
         * argNumber-th parameter, with its type where DWARF can say it (primitives, references as pointers).
         */
        void declare(LLVMValueRef slot, String name, TypeDesc type, int argNumber, org.bytedeco.llvm.LLVM.LLVMBasicBlockRef block) {
            if (name == null) {
                return;
            }
            LLVMMetadataRef diType;
            try {
                diType = types.of(type);
            } catch (dev.kiln.typesystem.TypeLoadException e) {
                return; // a type without a layout (its assembly missing): the variable is left out, the build goes on
            }
            if (diType == null) {
                return;
            }
            LLVMDIBuilderRef builder = unit.builder();
            LLVMMetadataRef file = unit.file();
            int line = symbols.first().line();
            LLVMMetadataRef variable = argNumber > 0
                    ? LLVMDIBuilderCreateParameterVariable(builder, subprogram, name, utf8Length(name), argNumber, file, line, diType, 1, 0)
                    : LLVMDIBuilderCreateAutoVariable(builder, subprogram, name, utf8Length(name), file, line, diType, 1, 0, 0);
            LLVMMetadataRef location = LLVMDIBuilderCreateDebugLocation(m.context, line, 0, subprogram, null);
            LLVMDIBuilderInsertDeclareRecordAtEnd(builder, slot, variable, LLVMDIBuilderCreateExpression(builder, (long[]) null, 0),
                    location, block);
        }

        String localName(int index) {
            return symbols.localNames().get(index);
        }

        String parameterName(int argument) {
            return argument < parameterNames.size() ? parameterNames.get(argument) : null;
        }

        /** Instructions built from now on have no location (the method's code is done). */
        void end() {
            LLVMSetCurrentDebugLocation2(m.builder, null);
        }
    }

    /**
     * Before verification: code that was built into a function while another function's location was current (a
     * helper made on demand in the middle of a method) loses that location, and in a function with a subprogram
     * every call gets one (line 0 where none was set), as the verifier requires of inlinable calls.
     */
    void finish() {
        for (LLVMValueRef fn = LLVMGetFirstFunction(m.module); fn != null; fn = LLVMGetNextFunction(fn)) {
            LLVMMetadataRef subprogram = LLVMGetSubprogram(fn);
            Set<Long> scopes = subprogram == null ? null : scopesBySubprogram.get(subprogram.address());
            LLVMMetadataRef noLine = null;
            for (var block = LLVMGetFirstBasicBlock(fn); block != null; block = LLVMGetNextBasicBlock(block)) {
                for (var insn = LLVMGetFirstInstruction(block); insn != null; insn = LLVMGetNextInstruction(insn)) {
                    LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(insn);
                    if (scopes == null) {
                        if (loc != null) {
                            LLVMInstructionSetDebugLoc(insn, null);
                        }
                        continue;
                    }
                    boolean foreign = loc != null && !scopes.contains(LLVMDILocationGetScope(loc).address());
                    boolean call = LLVMIsACallInst(insn) != null || LLVMIsAInvokeInst(insn) != null;
                    if (foreign || (loc == null && call)) {
                        if (noLine == null) {
                            noLine = LLVMDIBuilderCreateDebugLocation(m.context, 0, 0, subprogram, null);
                        }
                        LLVMInstructionSetDebugLoc(insn, noLine);
                    }
                }
            }
        }
        units.values().forEach(unit -> LLVMDIBuilderFinalize(unit.builder()));
    }

    void dispose() {
        units.values().forEach(unit -> LLVMDisposeDIBuilder(unit.builder()));
    }
}

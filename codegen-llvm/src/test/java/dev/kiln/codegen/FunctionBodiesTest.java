package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMDbgRecordRef;
import org.bytedeco.llvm.LLVM.LLVMDIBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.junit.jupiter.api.Test;

/** A partition's copy of a function compiled in another partition is a declaration LLVM's verifier accepts. */
class FunctionBodiesTest {
    @Test
    void aDroppedBodyTakesItsDebugEntryWithIt() {
        Partition p = new Partition();
        LLVMTypeRef fnType = LLVMFunctionType(LLVMVoidTypeInContext(p.context), (LLVMTypeRef) null, 0, 0);
        LLVMValueRef f = LLVMAddFunction(p.module, "P::M()", fnType);
        LLVMSetSubprogram(f, LLVMDIBuilderCreateFunction(p.di, p.file, "M", 1, "P::M()", 6, p.file, 3, p.type, 0, 1, 3,
                LLVMDIFlagPrototyped, 1));
        LLVMBuilderRef b = LLVMCreateBuilderInContext(p.context);
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(p.context, f, "entry"));
        LLVMBuildRetVoid(b);
        p.finish();

        FunctionBodies.drop(f);

        p.verify();
        assertEquals(1, LLVMIsDeclaration(f));
        LLVMDisposeBuilder(b);
        p.dispose();
    }

    /**
     * The variables' debug records of dropped bodies go with them: left behind as trailing records of deleted blocks,
     * LLVM gave them to blocks allocated later at the same addresses (in the compile of the core library with symbols,
     * thousands of foreign #dbg_declare records, "DICompileUnit not listed in llvm.dbg.cu", partitions without lines).
     * Many bodies with a declared variable are dropped, then as many blocks are made and filled: none may receive a
     * record.
     */
    @Test
    void droppedBodiesLeaveNoDebugRecordsBehind() {
        Partition p = new Partition();
        LLVMMetadataRef intType = LLVMDIBuilderCreateBasicType(p.di, "int", 3, 32, 0x05, 0);
        LLVMTypeRef i32 = LLVMInt32TypeInContext(p.context);
        LLVMTypeRef fnType = LLVMFunctionType(LLVMVoidTypeInContext(p.context), (LLVMTypeRef) null, 0, 0);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(p.context);
        int count = 200;
        java.util.List<LLVMValueRef> dropped = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "P::M" + i + "()";
            LLVMValueRef f = LLVMAddFunction(p.module, name, fnType);
            LLVMMetadataRef sp = LLVMDIBuilderCreateFunction(p.di, p.file, "M" + i, ("M" + i).length(), name, name.length(), p.file, 3,
                    p.type, 0, 1, 3, LLVMDIFlagPrototyped, 1);
            LLVMSetSubprogram(f, sp);
            var entry = LLVMAppendBasicBlockInContext(p.context, f, "entry");
            LLVMPositionBuilderAtEnd(b, entry);
            LLVMSetCurrentDebugLocation2(b, LLVMDIBuilderCreateDebugLocation(p.context, 3, 0, sp, null));
            LLVMValueRef slot = LLVMBuildAlloca(b, i32, "loc0");
            LLVMMetadataRef variable = LLVMDIBuilderCreateAutoVariable(p.di, sp, "x", 1, p.file, 3, intType, 1, 0, 0);
            LLVMDIBuilderInsertDeclareRecordAtEnd(p.di, slot, variable, LLVMDIBuilderCreateExpression(p.di, (long[]) null, 0),
                    LLVMDIBuilderCreateDebugLocation(p.context, 3, 0, sp, null), entry);
            LLVMBuildStore(b, LLVMConstInt(i32, i, 0), slot);
            LLVMBuildRetVoid(b);
            dropped.add(f);
        }
        LLVMSetCurrentDebugLocation2(b, null);
        p.finish();

        dropped.forEach(FunctionBodies::drop);
        LLVMValueRef fresh = LLVMAddFunction(p.module, "P::Fresh()", fnType);
        for (int i = 0; i < count; i++) {
            LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(p.context, fresh, "b" + i));
            LLVMBuildAlloca(b, i32, "slot");
            LLVMBuildRetVoid(b);
        }

        // a record left behind shows as a record (LLVM's debug-record form) or a call of llvm.dbg.declare (intrinsic form)
        boolean records = LLVMIsNewDbgInfoFormat(p.module) != 0;
        for (var block = LLVMGetFirstBasicBlock(fresh); block != null; block = LLVMGetNextBasicBlock(block)) {
            for (var insn = LLVMGetFirstInstruction(block); insn != null; insn = LLVMGetNextInstruction(insn)) {
                assertNull(LLVMIsACallInst(insn), "a dropped body's llvm.dbg.declare in a new block");
                LLVMDbgRecordRef record = records ? LLVMGetFirstDbgRecord(insn) : null;
                assertNull(record, () -> "a dropped body's record in a new block: " + LLVMPrintDbgRecordToString(record).getString());
            }
        }
        p.verify();
        LLVMDisposeBuilder(b);
        p.dispose();
    }

    /** A partition's module with a compile unit for P.cs, as a partition compiled with debug information has one. */
    private static final class Partition {
        final LLVMContextRef context = LLVMContextCreate();
        final LLVMModuleRef module = LLVMModuleCreateWithNameInContext("partition", context);
        final LLVMDIBuilderRef di = LLVMCreateDIBuilder(module);
        final LLVMMetadataRef file = LLVMDIBuilderCreateFile(di, "P.cs", 4, "/src", 4);
        final LLVMMetadataRef type;

        Partition() {
            LLVMDIBuilderCreateCompileUnit(di, LLVMDWARFSourceLanguageC_sharp, file, "kiln", 4, 1, "", 0, 0, "", 0,
                    LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
            type = LLVMDIBuilderCreateSubroutineType(di, file, (LLVMMetadataRef) null, 0, 0);
        }

        void finish() {
            LLVMDIBuilderFinalize(di);
            LLVMAddModuleFlag(module, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                    LLVMValueAsMetadata(LLVMConstInt(LLVMInt32TypeInContext(context), LLVMDebugMetadataVersion(), 0)));
        }

        void verify() {
            BytePointer message = new BytePointer();
            int broken = LLVMVerifyModule(module, LLVMReturnStatusAction, message);
            String text = message.getString();
            LLVMDisposeMessage(message);
            assertEquals(0, broken, text);
        }

        void dispose() {
            LLVMDisposeDIBuilder(di);
            LLVMDisposeModule(module);
            LLVMContextDispose(context);
        }
    }
}

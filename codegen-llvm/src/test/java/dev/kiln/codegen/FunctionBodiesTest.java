package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
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
        LLVMContextRef context = LLVMContextCreate();
        LLVMModuleRef module = LLVMModuleCreateWithNameInContext("partition", context);
        LLVMDIBuilderRef di = LLVMCreateDIBuilder(module);
        LLVMMetadataRef file = LLVMDIBuilderCreateFile(di, "P.cs", 4, "/src", 4);
        LLVMDIBuilderCreateCompileUnit(di, LLVMDWARFSourceLanguageC_sharp, file, "kiln", 4, 1, "", 0, 0, "", 0,
                LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
        LLVMMetadataRef type = LLVMDIBuilderCreateSubroutineType(di, file, (LLVMMetadataRef) null, 0, 0);
        LLVMTypeRef fnType = LLVMFunctionType(LLVMVoidTypeInContext(context), (LLVMTypeRef) null, 0, 0);
        LLVMValueRef f = LLVMAddFunction(module, "P::M()", fnType);
        LLVMSetSubprogram(f, LLVMDIBuilderCreateFunction(di, file, "M", 1, "P::M()", 6, file, 3, type, 0, 1, 3,
                LLVMDIFlagPrototyped, 1));
        LLVMBuilderRef b = LLVMCreateBuilderInContext(context);
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(context, f, "entry"));
        LLVMBuildRetVoid(b);
        LLVMDIBuilderFinalize(di);
        LLVMAddModuleFlag(module, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                LLVMValueAsMetadata(LLVMConstInt(LLVMInt32TypeInContext(context), LLVMDebugMetadataVersion(), 0)));

        FunctionBodies.drop(f);

        BytePointer message = new BytePointer();
        int broken = LLVMVerifyModule(module, LLVMReturnStatusAction, message);
        String text = message.getString();
        LLVMDisposeMessage(message);
        assertEquals(0, broken, text);
        assertEquals(1, LLVMIsDeclaration(f));
        LLVMDisposeBuilder(b);
        LLVMDisposeDIBuilder(di);
        LLVMDisposeModule(module);
        LLVMContextDispose(context);
    }
}

package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.StackKind;
import dev.kiln.typesystem.ArrayType;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.GenericContext;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.WellKnownType;
import dev.kiln.typesystem.metadata.OpCode;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Fields, static fields, arrays, indirect loads/stores, boxing, casts and throw. */
final class ObjectEmitter {
    private final MethodCodegen g;
    private final LlvmModule m;
    private final NativeModuleBuilder ctx;
    private ThreadStaticAccess threadStatics;

    ObjectEmitter(MethodCodegen g) {
        this.g = g;
        this.m = g.m;
        this.ctx = g.ctx;
    }

    private TypeDesc wellKnown(WellKnownType w) {
        return ctx.typeSystem.wellKnown(w);
    }

    /** ldfld, ldflda, stfld, ldsfld, ldsflda, stsfld of f. */
    void field(OpCode op, FieldDesc f) {
        switch (op) {
            case LDFLD: { g.pushLoaded(f.fieldType(), fieldAddress(f, g.pop())); return; }
            case LDFLDA: { g.push(StackKind.POINTER, fieldAddress(f, g.pop())); return; }
            case STFLD: {
                StackValue value = g.pop();
                LLVMValueRef address = fieldAddress(f, g.pop());
                g.storeValue(g.toStorage(value, f.fieldType()), address);
                return;
            }
            case LDSFLD: { g.pushLoaded(f.fieldType(), staticAddress(f)); return; }
            case LDSFLDA: { g.push(StackKind.POINTER, staticAddress(f)); return; }
            case STSFLD: {
                StackValue value = g.pop();
                g.storeValue(g.toStorage(value, f.fieldType()), staticAddress(f));
                return;
            }
            default:
                throw g.unsupported("IL instruction '" + op.mnemonic() + "' with a field");
        }
    }

    /** An instruction whose operand is a type. */
    void type(OpCode op, TypeDesc type) {
        switch (op) {
            case NEWARR: newArray(type); return;
            case LDELEMA: g.push(StackKind.POINTER, elementAddressFromStack(type)); return;
            case LDELEM: loadElement(type); return;
            case STELEM: storeElement(type); return;
            case BOX: box(type); return;
            case UNBOX: g.push(StackKind.POINTER, unbox(type)); return;
            case UNBOX_ANY: {
                if (isNullable(type)) {
                    g.pushLoaded(type, unboxNullable(type, g.objectOperand(g.pop(), op.mnemonic())));
                } else if (type.isValueType()) {
                    g.pushLoaded(type, unbox(type));
                } else {
                    cast(type, true);
                }
                return;
            }
            case ISINST: cast(type, false); return;
            case CASTCLASS: cast(type, true); return;
            case INITOBJ: {
                LLVMValueRef address = g.pointerOperand(g.pop(), op.mnemonic());
                m.store(LLVMConstNull(ctx.types.storageType(type)), address);
                return;
            }
            case CPOBJ: {
                LLVMValueRef source = g.pointerOperand(g.pop(), op.mnemonic());
                LLVMValueRef destination = g.pointerOperand(g.pop(), op.mnemonic());
                var storage = ctx.types.storageType(type);
                m.store(m.load(storage, source), destination);
                return;
            }
            case SIZEOF: g.push(StackKind.I32, m.constI32(ctx.typeSystem.layoutOf(type).size())); return;
            case LDOBJ: { g.pushLoaded(type, g.pointerOperand(g.pop(), op.mnemonic())); return; }
            case STOBJ: {
                StackValue value = g.pop();
                LLVMValueRef address = g.pointerOperand(g.pop(), op.mnemonic());
                g.storeValue(g.toStorage(value, type), address);
                return;
            }
            case MKREFANY: makeTypedReference(type); return;
            case REFANYVAL: typedReferenceValue(type); return;
            default:
                throw g.unsupported("IL instruction '" + op.mnemonic() + "' with a type");
        }
    }

    /** Array length and the element and indirect loads and stores whose type the opcode names; false for others. */
    boolean tryEmitUntyped(OpCode op) {
        switch (op) {
            case LDLEN: {
                LLVMValueRef array = g.objectOperand(g.pop(), "ldlen");
                g.nullCheck(array);
                LLVMValueRef length = m.load(m.i32, m.offset(array, RuntimeAbi.ARRAY_LENGTH_OFFSET));
                g.push(StackKind.NATIVE_INT, LLVMBuildZExt(m.builder, length, m.i64, ""));
                return true;
            }
            case LDELEM_I1: case LDELEM_U1: case LDELEM_I2: case LDELEM_U2: case LDELEM_I4: case LDELEM_U4:
            case LDELEM_I8: case LDELEM_I: case LDELEM_R4: case LDELEM_R8: case LDELEM_REF:
                loadElement(indirectType(op));
                return true;
            case STELEM_I: case STELEM_I1: case STELEM_I2: case STELEM_I4: case STELEM_I8: case STELEM_R4: case STELEM_R8:
            case STELEM_REF:
                storeElement(indirectType(op));
                return true;
            case LDIND_I1: case LDIND_U1: case LDIND_I2: case LDIND_U2: case LDIND_I4: case LDIND_U4: case LDIND_I8:
            case LDIND_I: case LDIND_R4: case LDIND_R8: case LDIND_REF: {
                TypeDesc t = indirectType(op);
                g.pushLoaded(t, g.pointerOperand(g.pop(), op.mnemonic()));
                return true;
            }
            case STIND_REF: case STIND_I1: case STIND_I2: case STIND_I4: case STIND_I8: case STIND_R4: case STIND_R8:
            case STIND_I: {
                TypeDesc t = indirectType(op);
                StackValue value = g.pop();
                LLVMValueRef address = g.pointerOperand(g.pop(), op.mnemonic());
                g.storeValue(g.toStorage(value, t), address);
                return true;
            }
            default:
                return false;
        }
    }

    /** The element type an ldind.X / stind.X / ldelem.X / stelem.X names (ref → object, u8 as i8). */
    private TypeDesc indirectType(OpCode op) {
        switch (op) {
            case LDIND_I1: case STIND_I1: case LDELEM_I1: case STELEM_I1: return wellKnown(WellKnownType.SBYTE);
            case LDIND_U1: case LDELEM_U1: return wellKnown(WellKnownType.BYTE);
            case LDIND_I2: case STIND_I2: case LDELEM_I2: case STELEM_I2: return wellKnown(WellKnownType.INT16);
            case LDIND_U2: case LDELEM_U2: return wellKnown(WellKnownType.UINT16);
            case LDIND_I4: case STIND_I4: case LDELEM_I4: case STELEM_I4: return wellKnown(WellKnownType.INT32);
            case LDIND_U4: case LDELEM_U4: return wellKnown(WellKnownType.UINT32);
            case LDIND_I8: case STIND_I8: case LDELEM_I8: case STELEM_I8: return wellKnown(WellKnownType.INT64);
            case LDIND_I: case STIND_I: case LDELEM_I: case STELEM_I: return wellKnown(WellKnownType.INTPTR);
            case LDIND_R4: case STIND_R4: case LDELEM_R4: case STELEM_R4: return wellKnown(WellKnownType.SINGLE);
            case LDIND_R8: case STIND_R8: case LDELEM_R8: case STELEM_R8: return wellKnown(WellKnownType.DOUBLE);
            case LDIND_REF: case STIND_REF: case LDELEM_REF: case STELEM_REF: return wellKnown(WellKnownType.OBJECT);
            default: throw g.error(g.currentOffset, op.mnemonic() + " names no element type");
        }
    }

    private LLVMValueRef fieldAddress(FieldDesc f, StackValue target) {
        if (f.isStatic()) {
            return staticAddress(f);
        }
        if (target.kind() == StackKind.OBJECT) {
            g.nullCheck(target.value());
            return m.offset(target.value(), f.offset());
        } else if (target.kind() == StackKind.VALUE) {
            return m.offset(g.addressOf(target), f.offset());
        }
        // ECMA-335 III.4.10: an object, a value, or a managed, unmanaged or native-int pointer to a value
        return m.offset(g.pointerOperand(target, "field access"), f.offset());
    }

    LLVMValueRef staticAddress(FieldDesc f) {
        if (f.isLiteral()) {
            throw g.error(g.currentOffset, "literal field " + f + " has no storage");
        }
        ensureClassConstructorRan(f.owningType(), true);
        if (f.isThreadStatic()) {
            if (threadStatics == null) {
                threadStatics = new ThreadStaticAccess(g);
            }
            return threadStatics.address(f);
        }
        return ctx.statics.field(f);
    }

    /**
     * Runs the type's class constructor first when it has one: on static field access always (beforefieldinit
     * allows that), on method calls only for precise-init types, and never from inside the type's own .cctor.
     */
    void ensureClassConstructorRan(TypeDesc type, boolean fieldAccess) {
        MethodDesc cctor = type.staticConstructor();
        if (cctor == null || g.method == cctor) {
            return;
        }
        if (!fieldAccess) {
            boolean beforeFieldInit = type.isBeforeFieldInit();
            if (beforeFieldInit || g.method.owningType() == type) {
                return;
            }
        }
        LLVMValueRef flag = ctx.statics.cctorFlag(type);
        // acquire: what the class constructor wrote on another thread is visible once its flag says "done"
        LLVMValueRef state = m.load(m.i8, flag);
        LLVMSetOrdering(state, LLVMAtomicOrderingAcquire);
        LLVMSetAlignment(state, 1);
        LLVMValueRef ran = LLVMBuildICmp(m.builder, LLVMIntEQ, state, m.constI8(RuntimeAbi.TYPEINIT_DONE), "");
        var run = g.newBlock("cctor");
        var done = g.newBlock("cctor.done");
        LLVMBuildCondBr(m.builder, ran, done, run);
        LLVMPositionBuilderAtEnd(m.builder, run);
        LlvmFunction f = ctx.classConstructorRunner(type);
        g.callMayThrow(f.type(), f.value());
        LLVMBuildBr(m.builder, done);
        LLVMPositionBuilderAtEnd(m.builder, done);
    }

    private void newArray(TypeDesc elementType) {
        StackValue length = g.pop();
        g.indexOperand(length, "newarr");
        LLVMValueRef count = g.coerce(length, m.i32, false);
        if (length.kind() != StackKind.I32) {
            LLVMValueRef wide = g.coerce(length, m.i64, false);
            g.throwIf(LLVMBuildICmp(m.builder, LLVMIntUGT, wide, m.constI64(Integer.MAX_VALUE), ""), RuntimeAbi.EX_OVERFLOW);
        }
        ArrayType arrayType = elementType.makeArrayType();
        ctx.descriptors.markConstructed(arrayType);
        LlvmFunction alloc = ctx.runtime.gcAllocArray();
        LLVMValueRef array = g.callMayThrow(alloc.type(), alloc.value(), ctx.descriptors.get(arrayType), count);
        g.push(new StackValue(StackKind.OBJECT, array, arrayType));
    }

    private LLVMValueRef elementAddressFromStack(TypeDesc elementType) {
        StackValue index = g.pop();
        StackValue array = g.pop();
        return elementAddress(g.objectOperand(array, "an array element access"), g.indexOperand(index, "an array element access"), elementType);
    }

    private LLVMValueRef elementAddress(LLVMValueRef array, StackValue index, TypeDesc elementType) {
        g.nullCheck(array);
        LLVMValueRef length = m.load(m.i32, m.offset(array, RuntimeAbi.ARRAY_LENGTH_OFFSET));
        LLVMValueRef i;
        if (index.kind() == StackKind.I32) {
            // The 32-bit compare the code itself writes as (uint)i < (uint)array.Length, so that LLVM sees that
            // check and this one as the same and drops the second (a negative index is as large unsigned). Past
            // it the index is not negative: widened with zext, which x86 gets for free from a 32-bit load or
            // register write; a sign extension LLVM folds into the index's load (movslq), which AMD cores do not
            // forward from the store of a List's size as fast as a plain load (List.Add's loop ran 1.5× slower).
            LLVMValueRef i32 = g.coerce(index, m.i32, false);
            g.throwIf(LLVMBuildICmp(m.builder, LLVMIntUGE, i32, length, ""), RuntimeAbi.EX_INDEX_OUT_OF_RANGE);
            i = LLVMBuildZExt(m.builder, i32, m.i64, "");
        } else {
            i = g.coerce(index, m.i64, false);
            LLVMValueRef len64 = LLVMBuildZExt(m.builder, length, m.i64, "");
            g.throwIf(LLVMBuildICmp(m.builder, LLVMIntUGE, i, len64, ""), RuntimeAbi.EX_INDEX_OUT_OF_RANGE);
        }
        int size = ctx.typeSystem.layoutOf(elementType).size();
        LLVMValueRef byteOffset = LLVMBuildAdd(m.builder, LLVMBuildMul(m.builder, i, m.constI64(size), ""),
                m.constI64(RuntimeAbi.ARRAY_DATA_OFFSET), "");
        return m.offset(array, byteOffset);
    }

    private void loadElement(TypeDesc elementType) {
        g.pushLoaded(elementType, elementAddressFromStack(elementType));
    }

    private void storeElement(TypeDesc elementType) {
        StackValue value = g.pop();
        StackValue index = g.pop();
        StackValue array = g.pop();
        LLVMValueRef address = elementAddress(g.objectOperand(array, "stelem"), g.indexOperand(index, "stelem"), elementType);
        if (elementType.category().isReference() && !(array.type() instanceof ArrayType at && at.elementType().isSealed()
                && at.elementType() == elementType)) {
            // array covariance: an object[] variable may hold a string[]; the store must fit the real element type
            LlvmFunction check = ctx.runtime.checkArrayStore();
            g.callMayThrow(check.type(), check.value(), array.value(), value.value());
        }
        m.store(g.toStorage(value, elementType), address);
    }

    private void box(TypeDesc type) {
        StackValue value = g.pop();
        if (!type.isValueType()) {
            g.push(value);
            return;
        }
        if (isNullable(type)) {
            g.push(new StackValue(StackKind.OBJECT, boxNullable(type, g.addressOf(value)), null));
            return;
        }
        ctx.descriptors.markConstructed(type);
        LlvmFunction alloc = ctx.runtime.gcAlloc();
        LLVMValueRef object = g.callMayThrow(alloc.type(), alloc.value(), ctx.descriptors.get(type));
        LLVMValueRef stored = g.toStorage(value, type);
        m.store(stored, m.offset(object, RuntimeAbi.OBJECT_HEADER_SIZE));
        g.boxedValues.put(object, stored);
        g.push(new StackValue(StackKind.OBJECT, object, type));
    }

    /**
     * Enum.HasFlag(flag) where this is a value of enum type E — a box of it made here, or, behind `constrained. E`
     * (how C# compilers call it), the address of one — and flag a box of E made here: (value &amp; flag) == flag on
     * the values, so the boxes are left unused and LLVM deletes them. False (nothing emitted) otherwise: the call goes
     * to the core library.
     */
    boolean tryInlineHasFlag(TypeDesc constrained) {
        StackValue flag = g.peekAt(0);
        StackValue self = g.peekAt(1);
        if (flag == null || self == null) {
            return false;
        }
        LLVMValueRef flagBits = g.boxedValues.get(flag.value());
        TypeDesc type = flag.type();
        if (flagBits == null || type == null || !type.isEnum()) {
            return false;
        }
        LLVMValueRef selfBits;
        if (constrained != null) {
            if (constrained != type || self.kind() != StackKind.POINTER) {
                return false;
            }
            selfBits = null;
        } else {
            selfBits = g.boxedValues.get(self.value());
            if (selfBits == null || self.type() != type) {
                return false;
            }
        }
        g.pop();
        g.pop();
        if (selfBits == null) {
            selfBits = m.load(LLVMTypeOf(flagBits), self.value());
        }
        LLVMValueRef set = LLVMBuildICmp(m.builder, LLVMIntEQ, LLVMBuildAnd(m.builder, selfBits, flagBits, ""), flagBits, "hasflag");
        g.push(StackKind.I32, LLVMBuildZExt(m.builder, set, m.i32, ""));
        return true;
    }

    /** Boxes the value stored at address (for constrained calls on value types that do not override). */
    LLVMValueRef boxAddress(TypeDesc type, LLVMValueRef address) {
        if (isNullable(type)) {
            return boxNullable(type, address);
        }
        ctx.descriptors.markConstructed(type);
        LlvmFunction alloc = ctx.runtime.gcAlloc();
        LLVMValueRef object = g.callMayThrow(alloc.type(), alloc.value(), ctx.descriptors.get(type));
        var storage = ctx.types.storageType(type);
        m.store(m.load(storage, address), m.offset(object, RuntimeAbi.OBJECT_HEADER_SIZE));
        return object;
    }

    /**
     * Address of the value inside a boxed object, after checking that it boxes this type — exactly, or for enums
     * and primitives any enum or primitive with the same underlying type (a boxed int unboxes as an int-based enum).
     */
    private LLVMValueRef unbox(TypeDesc type) {
        LLVMValueRef object = g.objectOperand(g.pop(), "unbox");
        g.nullCheck(object);
        LLVMValueRef actual = m.load(m.ptr, object);
        LLVMValueRef expected = ctx.descriptors.get(type);
        LLVMValueRef mismatch = LLVMBuildICmp(m.builder, LLVMIntNE, actual, expected, "");
        var elementType = type.category().primitiveElementType();
        if (elementType == null || type.category().isFloatingPoint()) {
            g.throwIf(mismatch, RuntimeAbi.EX_INVALID_CAST);
            return m.offset(object, RuntimeAbi.OBJECT_HEADER_SIZE);
        }
        var slow = g.newBlock("unbox.underlying");
        var done = g.newBlock("unbox.done");
        LLVMBuildCondBr(m.builder, mismatch, slow, done);
        LLVMPositionBuilderAtEnd(m.builder, slow);
        TypeDesc underlying = type.typeSystem().primitive(elementType);
        LlvmFunction compatible = ctx.runtime.unboxCompatible();
        LLVMValueRef ok = m.call(compatible.type(), compatible.value(), actual, ctx.descriptors.get(underlying),
                m.constI32(elementType.code()));
        g.throwIf(LLVMBuildICmp(m.builder, LLVMIntEQ, ok, m.constI32(0), ""), RuntimeAbi.EX_INVALID_CAST);
        LLVMBuildBr(m.builder, done);
        LLVMPositionBuilderAtEnd(m.builder, done);
        return m.offset(object, RuntimeAbi.OBJECT_HEADER_SIZE);
    }

    private void cast(TypeDesc target, boolean throwOnFailure) {
        if (isNullable(target)) {
            // ECMA-335 III.4.3/4.6: a Nullable<T> token means boxed T (boxes never hold a Nullable)
            target = ((dev.kiln.typesystem.InstantiatedType) target).arguments().get(0);
        }
        StackValue value = g.pop();
        g.objectOperand(value, throwOnFailure ? "castclass" : "isinst");
        LlvmFunction helper = target.isInterface() ? ctx.implementsHelper() : ctx.castHelper();
        LLVMValueRef result;
        if (target instanceof ArrayType a && (!a.elementType().isValueType()
                || dev.kiln.typesystem.Variance.isAliasableInteger(a.elementType().category()))) {
            // covariant arrays: ask the runtime (string[] is an object[], int[] a uint[])
            result = assignableOrNull(value.value(), target);
        } else if (target.isInterface()) {
            result = m.call(helper.type(), helper.value(), value.value(), ctx.descriptors.get(target));
        } else if (VariantCasts.needsVarianceCheck(target)) {
            result = variantCast(value.value(), target);
        } else if (target.isSealed() || target instanceof ArrayType || target.isValueType()) {
            // exact type test suffices
            LLVMValueRef obj = value.value();
            LLVMValueRef isNull = LLVMBuildICmp(m.builder, LLVMIntEQ, obj, m.nullPtr(), "");
            var check = g.newBlock("cast.check");
            var done = g.newBlock("cast.done");
            var from = LLVMGetInsertBlock(m.builder);
            LLVMBuildCondBr(m.builder, isNull, done, check);
            LLVMPositionBuilderAtEnd(m.builder, check);
            LLVMValueRef same = LLVMBuildICmp(m.builder, LLVMIntEQ, m.load(m.ptr, obj), ctx.descriptors.get(target), "");
            LLVMValueRef checked = LLVMBuildSelect(m.builder, same, obj, m.nullPtr(), "");
            var checkEnd = LLVMGetInsertBlock(m.builder);
            LLVMBuildBr(m.builder, done);
            LLVMPositionBuilderAtEnd(m.builder, done);
            result = LLVMBuildPhi(m.builder, m.ptr, "");
            LLVMAddIncoming(result, LlvmModule.array(m.nullPtr(), checked), LlvmModule.array(from, checkEnd), 2);
        } else {
            result = m.call(helper.type(), helper.value(), value.value(), ctx.descriptors.get(target));
        }
        if (throwOnFailure) {
            LLVMValueRef wasNull = LLVMBuildICmp(m.builder, LLVMIntEQ, value.value(), m.nullPtr(), "");
            LLVMValueRef failed = LLVMBuildICmp(m.builder, LLVMIntEQ, result, m.nullPtr(), "");
            g.throwIf(LLVMBuildAnd(m.builder, failed, LLVMBuildNot(m.builder, wasNull, ""), ""), RuntimeAbi.EX_INVALID_CAST);
            result = value.value();
        }
        g.push(new StackValue(StackKind.OBJECT, result, target));
    }

    // A TypedReference is {address, type descriptor}, both as native ints (corelib System.TypedReference).

    /** mkrefany: the address on the stack with type's descriptor. */
    private void makeTypedReference(TypeDesc type) {
        LLVMValueRef address = g.pointerOperand(g.pop(), "mkrefany");
        TypeDesc typedReference = wellKnown(WellKnownType.TYPEDREFERENCE);
        var storage = ctx.types.storageType(typedReference);
        LLVMValueRef value = LLVMBuildInsertValue(m.builder, LLVMGetUndef(storage),
                LLVMBuildPtrToInt(m.builder, address, m.i64, ""), 0, "");
        value = LLVMBuildInsertValue(m.builder, value, LLVMBuildPtrToInt(m.builder, ctx.descriptors.get(type), m.i64, ""), 1, "");
        g.push(new StackValue(StackKind.VALUE, value, typedReference));
    }

    /** refanyval: the address a TypedReference holds, when it holds exactly type (else InvalidCastException). */
    private void typedReferenceValue(TypeDesc type) {
        LLVMValueRef reference = g.pop().value();
        LLVMValueRef held = LLVMBuildExtractValue(m.builder, reference, 1, "");
        g.throwIf(LLVMBuildICmp(m.builder, LLVMIntNE, held,
                LLVMBuildPtrToInt(m.builder, ctx.descriptors.get(type), m.i64, ""), ""), RuntimeAbi.EX_INVALID_CAST);
        g.push(StackKind.POINTER, LLVMBuildIntToPtr(m.builder, LLVMBuildExtractValue(m.builder, reference, 0, ""), m.ptr, ""));
    }

    /** refanytype: the RuntimeTypeHandle of the type a TypedReference holds. */
    void typedReferenceType() {
        LLVMValueRef reference = g.pop().value();
        TypeDesc handleType = ctx.typeSystem.coreLibraryModule().findType("System", "RuntimeTypeHandle");
        LLVMValueRef handle = LLVMBuildInsertValue(m.builder, LLVMGetUndef(ctx.types.storageType(handleType)),
                LLVMBuildExtractValue(m.builder, reference, 1, ""), 0, "");
        g.push(new StackValue(StackKind.VALUE, handle, handleType));
    }

    /** ldtoken: a RuntimeTypeHandle for a type, the data address for an RVA field (InitializeArray's operand). */
    void ldtoken(Object member) {
        if (member instanceof TypeDesc type) {
            // a RuntimeTypeHandle: a struct holding the type's descriptor
            TypeDesc handleType = ctx.typeSystem.coreLibraryModule().findType("System", "RuntimeTypeHandle");
            var storage = ctx.types.storageType(handleType);
            LLVMValueRef address = LLVMBuildPtrToInt(m.builder, ctx.descriptors.get(type), m.i64, "");
            LLVMValueRef handle = LLVMBuildInsertValue(m.builder, LLVMGetUndef(storage), address, 0, "");
            g.push(new StackValue(StackKind.VALUE, handle, handleType));
            return;
        }
        if (member instanceof FieldDesc f && f.rvaData() != null) {
            g.push(StackKind.POINTER, ctx.statics.field(f));
            return;
        }
        // RuntimeMethodHandle, RuntimeFieldHandle: a struct holding the address of the member's constant name
        String handleName = member instanceof MethodDesc ? "RuntimeMethodHandle" : "RuntimeFieldHandle";
        TypeDesc handleType = ctx.typeSystem.coreLibraryModule().findType("System", handleName);
        LLVMValueRef name = member instanceof MethodDesc method ? MemberHandleConstants.of(ctx, method) : MemberHandleConstants.of(ctx, (FieldDesc) member);
        if (member instanceof MethodDesc method && method.isStatic() && !method.isAbstract() && !method.isInternalCall()
                && InvokeStubs.canInvoke(method) && !method.isGenericMethodDefinition()) {
            // a tree may make a delegate of it (mcs: MethodInfo.CreateDelegate for a method group): its target-dropping thunk
            ctx.delegates.functionPointer(method);
        }
        LLVMValueRef handle = LLVMBuildInsertValue(m.builder, LLVMGetUndef(ctx.types.storageType(handleType)),
                LLVMBuildPtrToInt(m.builder, name, m.i64, ""), 0, "");
        g.push(new StackValue(StackKind.VALUE, handle, handleType));
    }

    /** obj when non-null and its exact type converts to the variant delegate type target, else null. */
    private LLVMValueRef variantCast(LLVMValueRef obj, TypeDesc target) {
        LlvmFunction f = ctx.variantCasts.checker(target);
        return nonNullTypeTest(obj, type -> m.call(f.type(), f.value(), type));
    }

    /** obj when non-null and assignable to target according to the runtime, else null. */
    private LLVMValueRef assignableOrNull(LLVMValueRef obj, TypeDesc target) {
        LlvmFunction f = ctx.runtime.isAssignable();
        return nonNullTypeTest(obj, type -> LLVMBuildICmp(m.builder, LLVMIntNE,
                m.call(f.type(), f.value(), type, ctx.descriptors.get(target)), m.constI32(0), ""));
    }

    /** obj when it is non-null and test(its type descriptor) holds, else null; the test runs only for non-null. */
    private LLVMValueRef nonNullTypeTest(LLVMValueRef obj, java.util.function.Function<LLVMValueRef, LLVMValueRef> test) {
        var check = g.newBlock("cast.test");
        var done = g.newBlock("cast.test.done");
        var from = LLVMGetInsertBlock(m.builder);
        LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, obj, m.nullPtr(), ""), done, check);
        LLVMPositionBuilderAtEnd(m.builder, check);
        LLVMValueRef ok = test.apply(m.load(m.ptr, obj));
        LLVMValueRef checked = LLVMBuildSelect(m.builder, ok, obj, m.nullPtr(), "");
        var checkEnd = LLVMGetInsertBlock(m.builder);
        LLVMBuildBr(m.builder, done);
        LLVMPositionBuilderAtEnd(m.builder, done);
        LLVMValueRef result = LLVMBuildPhi(m.builder, m.ptr, "");
        LLVMAddIncoming(result, LlvmModule.array(m.nullPtr(), checked), LlvmModule.array(from, checkEnd), 2);
        return result;
    }

    /** Boxing Nullable<T> boxes the T inside, or gives null when there is no value (ECMA-335 III.4.1). */
    private LLVMValueRef boxNullable(TypeDesc nullable, LLVMValueRef address) {
        TypeDesc inner = ((dev.kiln.typesystem.InstantiatedType) nullable).arguments().get(0);
        FieldDesc hasValue = nullable.fields().get(0);
        FieldDesc value = nullable.fields().get(1);
        LLVMValueRef has = m.load(m.i8, m.offset(address, hasValue.offset()));
        var box = g.newBlock("box.nullable");
        var done = g.newBlock("box.nullable.done");
        var from = LLVMGetInsertBlock(m.builder);
        LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntNE, has, m.constI8(0), ""), box, done);
        LLVMPositionBuilderAtEnd(m.builder, box);
        ctx.descriptors.markConstructed(inner);
        LlvmFunction alloc = ctx.runtime.gcAlloc();
        LLVMValueRef object = g.callMayThrow(alloc.type(), alloc.value(), ctx.descriptors.get(inner));
        var storage = ctx.types.storageType(inner);
        m.store(m.load(storage, m.offset(address, value.offset())), m.offset(object, RuntimeAbi.OBJECT_HEADER_SIZE));
        var boxEnd = LLVMGetInsertBlock(m.builder);
        LLVMBuildBr(m.builder, done);
        LLVMPositionBuilderAtEnd(m.builder, done);
        LLVMValueRef result = LLVMBuildPhi(m.builder, m.ptr, "");
        LLVMAddIncoming(result, LlvmModule.array(m.nullPtr(), object), LlvmModule.array(from, boxEnd), 2);
        return result;
    }

    /** unbox.any Nullable<T>: null gives an empty Nullable, a boxed T gives one holding it. */
    private LLVMValueRef unboxNullable(TypeDesc nullable, LLVMValueRef object) {
        TypeDesc inner = ((dev.kiln.typesystem.InstantiatedType) nullable).arguments().get(0);
        FieldDesc hasValue = nullable.fields().get(0);
        FieldDesc value = nullable.fields().get(1);
        var storage = ctx.types.storageType(nullable);
        LLVMValueRef temp = g.entryAlloca(storage, "nullable");
        m.store(LLVMConstNull(storage), temp);
        var fill = g.newBlock("unbox.nullable");
        var done = g.newBlock("unbox.nullable.done");
        LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, object, m.nullPtr(), ""), done, fill);
        LLVMPositionBuilderAtEnd(m.builder, fill);
        g.throwIf(LLVMBuildICmp(m.builder, LLVMIntNE, m.load(m.ptr, object), ctx.descriptors.get(inner), ""), RuntimeAbi.EX_INVALID_CAST);
        var innerStorage = ctx.types.storageType(inner);
        m.store(m.load(innerStorage, m.offset(object, RuntimeAbi.OBJECT_HEADER_SIZE)), m.offset(temp, value.offset()));
        m.store(m.constI8(1), m.offset(temp, hasValue.offset()));
        LLVMBuildBr(m.builder, done);
        LLVMPositionBuilderAtEnd(m.builder, done);
        return temp;
    }

    static boolean isNullable(TypeDesc type) {
        return type instanceof dev.kiln.typesystem.InstantiatedType i && i.definition().fullName().equals("System.Nullable`1")
                && type.typeSystem().isCoreLibraryType(i.definition());
    }

    void emitThrow() {
        StackValue exception = g.pop();
        g.nullCheck(g.objectOperand(exception, "throw"));
        LlvmFunction t = ctx.runtime.throwException();
        g.callMayThrow(t.type(), t.value(), exception.value());
        g.markUnreachable();
    }
}

package dev.kiln.typesystem.metadata;

/** Every CIL opcode of ECMA-335 Partition III, with its mnemonic, encoding and operand kind. */
public enum OpCode {
    NOP("nop", 0x0000, OperandKind.NONE),
    BREAK("break", 0x0001, OperandKind.NONE),
    LDARG_0("ldarg.0", 0x0002, OperandKind.NONE),
    LDARG_1("ldarg.1", 0x0003, OperandKind.NONE),
    LDARG_2("ldarg.2", 0x0004, OperandKind.NONE),
    LDARG_3("ldarg.3", 0x0005, OperandKind.NONE),
    LDLOC_0("ldloc.0", 0x0006, OperandKind.NONE),
    LDLOC_1("ldloc.1", 0x0007, OperandKind.NONE),
    LDLOC_2("ldloc.2", 0x0008, OperandKind.NONE),
    LDLOC_3("ldloc.3", 0x0009, OperandKind.NONE),
    STLOC_0("stloc.0", 0x000A, OperandKind.NONE),
    STLOC_1("stloc.1", 0x000B, OperandKind.NONE),
    STLOC_2("stloc.2", 0x000C, OperandKind.NONE),
    STLOC_3("stloc.3", 0x000D, OperandKind.NONE),
    LDARG_S("ldarg.s", 0x000E, OperandKind.VAR8),
    LDARGA_S("ldarga.s", 0x000F, OperandKind.VAR8),
    STARG_S("starg.s", 0x0010, OperandKind.VAR8),
    LDLOC_S("ldloc.s", 0x0011, OperandKind.VAR8),
    LDLOCA_S("ldloca.s", 0x0012, OperandKind.VAR8),
    STLOC_S("stloc.s", 0x0013, OperandKind.VAR8),
    LDNULL("ldnull", 0x0014, OperandKind.NONE),
    LDC_I4_M1("ldc.i4.m1", 0x0015, OperandKind.NONE),
    LDC_I4_0("ldc.i4.0", 0x0016, OperandKind.NONE),
    LDC_I4_1("ldc.i4.1", 0x0017, OperandKind.NONE),
    LDC_I4_2("ldc.i4.2", 0x0018, OperandKind.NONE),
    LDC_I4_3("ldc.i4.3", 0x0019, OperandKind.NONE),
    LDC_I4_4("ldc.i4.4", 0x001A, OperandKind.NONE),
    LDC_I4_5("ldc.i4.5", 0x001B, OperandKind.NONE),
    LDC_I4_6("ldc.i4.6", 0x001C, OperandKind.NONE),
    LDC_I4_7("ldc.i4.7", 0x001D, OperandKind.NONE),
    LDC_I4_8("ldc.i4.8", 0x001E, OperandKind.NONE),
    LDC_I4_S("ldc.i4.s", 0x001F, OperandKind.INT8),
    LDC_I4("ldc.i4", 0x0020, OperandKind.INT32),
    LDC_I8("ldc.i8", 0x0021, OperandKind.INT64),
    LDC_R4("ldc.r4", 0x0022, OperandKind.FLOAT32),
    LDC_R8("ldc.r8", 0x0023, OperandKind.FLOAT64),
    DUP("dup", 0x0025, OperandKind.NONE),
    POP("pop", 0x0026, OperandKind.NONE),
    JMP("jmp", 0x0027, OperandKind.TOKEN),
    CALL("call", 0x0028, OperandKind.TOKEN),
    CALLI("calli", 0x0029, OperandKind.TOKEN),
    RET("ret", 0x002A, OperandKind.NONE),
    BR_S("br.s", 0x002B, OperandKind.BRANCH8),
    BRFALSE_S("brfalse.s", 0x002C, OperandKind.BRANCH8),
    BRTRUE_S("brtrue.s", 0x002D, OperandKind.BRANCH8),
    BEQ_S("beq.s", 0x002E, OperandKind.BRANCH8),
    BGE_S("bge.s", 0x002F, OperandKind.BRANCH8),
    BGT_S("bgt.s", 0x0030, OperandKind.BRANCH8),
    BLE_S("ble.s", 0x0031, OperandKind.BRANCH8),
    BLT_S("blt.s", 0x0032, OperandKind.BRANCH8),
    BNE_UN_S("bne.un.s", 0x0033, OperandKind.BRANCH8),
    BGE_UN_S("bge.un.s", 0x0034, OperandKind.BRANCH8),
    BGT_UN_S("bgt.un.s", 0x0035, OperandKind.BRANCH8),
    BLE_UN_S("ble.un.s", 0x0036, OperandKind.BRANCH8),
    BLT_UN_S("blt.un.s", 0x0037, OperandKind.BRANCH8),
    BR("br", 0x0038, OperandKind.BRANCH32),
    BRFALSE("brfalse", 0x0039, OperandKind.BRANCH32),
    BRTRUE("brtrue", 0x003A, OperandKind.BRANCH32),
    BEQ("beq", 0x003B, OperandKind.BRANCH32),
    BGE("bge", 0x003C, OperandKind.BRANCH32),
    BGT("bgt", 0x003D, OperandKind.BRANCH32),
    BLE("ble", 0x003E, OperandKind.BRANCH32),
    BLT("blt", 0x003F, OperandKind.BRANCH32),
    BNE_UN("bne.un", 0x0040, OperandKind.BRANCH32),
    BGE_UN("bge.un", 0x0041, OperandKind.BRANCH32),
    BGT_UN("bgt.un", 0x0042, OperandKind.BRANCH32),
    BLE_UN("ble.un", 0x0043, OperandKind.BRANCH32),
    BLT_UN("blt.un", 0x0044, OperandKind.BRANCH32),
    SWITCH("switch", 0x0045, OperandKind.SWITCH),
    LDIND_I1("ldind.i1", 0x0046, OperandKind.NONE),
    LDIND_U1("ldind.u1", 0x0047, OperandKind.NONE),
    LDIND_I2("ldind.i2", 0x0048, OperandKind.NONE),
    LDIND_U2("ldind.u2", 0x0049, OperandKind.NONE),
    LDIND_I4("ldind.i4", 0x004A, OperandKind.NONE),
    LDIND_U4("ldind.u4", 0x004B, OperandKind.NONE),
    LDIND_I8("ldind.i8", 0x004C, OperandKind.NONE),
    LDIND_I("ldind.i", 0x004D, OperandKind.NONE),
    LDIND_R4("ldind.r4", 0x004E, OperandKind.NONE),
    LDIND_R8("ldind.r8", 0x004F, OperandKind.NONE),
    LDIND_REF("ldind.ref", 0x0050, OperandKind.NONE),
    STIND_REF("stind.ref", 0x0051, OperandKind.NONE),
    STIND_I1("stind.i1", 0x0052, OperandKind.NONE),
    STIND_I2("stind.i2", 0x0053, OperandKind.NONE),
    STIND_I4("stind.i4", 0x0054, OperandKind.NONE),
    STIND_I8("stind.i8", 0x0055, OperandKind.NONE),
    STIND_R4("stind.r4", 0x0056, OperandKind.NONE),
    STIND_R8("stind.r8", 0x0057, OperandKind.NONE),
    ADD("add", 0x0058, OperandKind.NONE),
    SUB("sub", 0x0059, OperandKind.NONE),
    MUL("mul", 0x005A, OperandKind.NONE),
    DIV("div", 0x005B, OperandKind.NONE),
    DIV_UN("div.un", 0x005C, OperandKind.NONE),
    REM("rem", 0x005D, OperandKind.NONE),
    REM_UN("rem.un", 0x005E, OperandKind.NONE),
    AND("and", 0x005F, OperandKind.NONE),
    OR("or", 0x0060, OperandKind.NONE),
    XOR("xor", 0x0061, OperandKind.NONE),
    SHL("shl", 0x0062, OperandKind.NONE),
    SHR("shr", 0x0063, OperandKind.NONE),
    SHR_UN("shr.un", 0x0064, OperandKind.NONE),
    NEG("neg", 0x0065, OperandKind.NONE),
    NOT("not", 0x0066, OperandKind.NONE),
    CONV_I1("conv.i1", 0x0067, OperandKind.NONE),
    CONV_I2("conv.i2", 0x0068, OperandKind.NONE),
    CONV_I4("conv.i4", 0x0069, OperandKind.NONE),
    CONV_I8("conv.i8", 0x006A, OperandKind.NONE),
    CONV_R4("conv.r4", 0x006B, OperandKind.NONE),
    CONV_R8("conv.r8", 0x006C, OperandKind.NONE),
    CONV_U4("conv.u4", 0x006D, OperandKind.NONE),
    CONV_U8("conv.u8", 0x006E, OperandKind.NONE),
    CALLVIRT("callvirt", 0x006F, OperandKind.TOKEN),
    CPOBJ("cpobj", 0x0070, OperandKind.TOKEN),
    LDOBJ("ldobj", 0x0071, OperandKind.TOKEN),
    LDSTR("ldstr", 0x0072, OperandKind.TOKEN),
    NEWOBJ("newobj", 0x0073, OperandKind.TOKEN),
    CASTCLASS("castclass", 0x0074, OperandKind.TOKEN),
    ISINST("isinst", 0x0075, OperandKind.TOKEN),
    CONV_R_UN("conv.r.un", 0x0076, OperandKind.NONE),
    UNBOX("unbox", 0x0079, OperandKind.TOKEN),
    THROW("throw", 0x007A, OperandKind.NONE),
    LDFLD("ldfld", 0x007B, OperandKind.TOKEN),
    LDFLDA("ldflda", 0x007C, OperandKind.TOKEN),
    STFLD("stfld", 0x007D, OperandKind.TOKEN),
    LDSFLD("ldsfld", 0x007E, OperandKind.TOKEN),
    LDSFLDA("ldsflda", 0x007F, OperandKind.TOKEN),
    STSFLD("stsfld", 0x0080, OperandKind.TOKEN),
    STOBJ("stobj", 0x0081, OperandKind.TOKEN),
    CONV_OVF_I1_UN("conv.ovf.i1.un", 0x0082, OperandKind.NONE),
    CONV_OVF_I2_UN("conv.ovf.i2.un", 0x0083, OperandKind.NONE),
    CONV_OVF_I4_UN("conv.ovf.i4.un", 0x0084, OperandKind.NONE),
    CONV_OVF_I8_UN("conv.ovf.i8.un", 0x0085, OperandKind.NONE),
    CONV_OVF_U1_UN("conv.ovf.u1.un", 0x0086, OperandKind.NONE),
    CONV_OVF_U2_UN("conv.ovf.u2.un", 0x0087, OperandKind.NONE),
    CONV_OVF_U4_UN("conv.ovf.u4.un", 0x0088, OperandKind.NONE),
    CONV_OVF_U8_UN("conv.ovf.u8.un", 0x0089, OperandKind.NONE),
    CONV_OVF_I_UN("conv.ovf.i.un", 0x008A, OperandKind.NONE),
    CONV_OVF_U_UN("conv.ovf.u.un", 0x008B, OperandKind.NONE),
    BOX("box", 0x008C, OperandKind.TOKEN),
    NEWARR("newarr", 0x008D, OperandKind.TOKEN),
    LDLEN("ldlen", 0x008E, OperandKind.NONE),
    LDELEMA("ldelema", 0x008F, OperandKind.TOKEN),
    LDELEM_I1("ldelem.i1", 0x0090, OperandKind.NONE),
    LDELEM_U1("ldelem.u1", 0x0091, OperandKind.NONE),
    LDELEM_I2("ldelem.i2", 0x0092, OperandKind.NONE),
    LDELEM_U2("ldelem.u2", 0x0093, OperandKind.NONE),
    LDELEM_I4("ldelem.i4", 0x0094, OperandKind.NONE),
    LDELEM_U4("ldelem.u4", 0x0095, OperandKind.NONE),
    LDELEM_I8("ldelem.i8", 0x0096, OperandKind.NONE),
    LDELEM_I("ldelem.i", 0x0097, OperandKind.NONE),
    LDELEM_R4("ldelem.r4", 0x0098, OperandKind.NONE),
    LDELEM_R8("ldelem.r8", 0x0099, OperandKind.NONE),
    LDELEM_REF("ldelem.ref", 0x009A, OperandKind.NONE),
    STELEM_I("stelem.i", 0x009B, OperandKind.NONE),
    STELEM_I1("stelem.i1", 0x009C, OperandKind.NONE),
    STELEM_I2("stelem.i2", 0x009D, OperandKind.NONE),
    STELEM_I4("stelem.i4", 0x009E, OperandKind.NONE),
    STELEM_I8("stelem.i8", 0x009F, OperandKind.NONE),
    STELEM_R4("stelem.r4", 0x00A0, OperandKind.NONE),
    STELEM_R8("stelem.r8", 0x00A1, OperandKind.NONE),
    STELEM_REF("stelem.ref", 0x00A2, OperandKind.NONE),
    LDELEM("ldelem", 0x00A3, OperandKind.TOKEN),
    STELEM("stelem", 0x00A4, OperandKind.TOKEN),
    UNBOX_ANY("unbox.any", 0x00A5, OperandKind.TOKEN),
    CONV_OVF_I1("conv.ovf.i1", 0x00B3, OperandKind.NONE),
    CONV_OVF_U1("conv.ovf.u1", 0x00B4, OperandKind.NONE),
    CONV_OVF_I2("conv.ovf.i2", 0x00B5, OperandKind.NONE),
    CONV_OVF_U2("conv.ovf.u2", 0x00B6, OperandKind.NONE),
    CONV_OVF_I4("conv.ovf.i4", 0x00B7, OperandKind.NONE),
    CONV_OVF_U4("conv.ovf.u4", 0x00B8, OperandKind.NONE),
    CONV_OVF_I8("conv.ovf.i8", 0x00B9, OperandKind.NONE),
    CONV_OVF_U8("conv.ovf.u8", 0x00BA, OperandKind.NONE),
    REFANYVAL("refanyval", 0x00C2, OperandKind.TOKEN),
    CKFINITE("ckfinite", 0x00C3, OperandKind.NONE),
    MKREFANY("mkrefany", 0x00C6, OperandKind.TOKEN),
    LDTOKEN("ldtoken", 0x00D0, OperandKind.TOKEN),
    CONV_U2("conv.u2", 0x00D1, OperandKind.NONE),
    CONV_U1("conv.u1", 0x00D2, OperandKind.NONE),
    CONV_I("conv.i", 0x00D3, OperandKind.NONE),
    CONV_OVF_I("conv.ovf.i", 0x00D4, OperandKind.NONE),
    CONV_OVF_U("conv.ovf.u", 0x00D5, OperandKind.NONE),
    ADD_OVF("add.ovf", 0x00D6, OperandKind.NONE),
    ADD_OVF_UN("add.ovf.un", 0x00D7, OperandKind.NONE),
    MUL_OVF("mul.ovf", 0x00D8, OperandKind.NONE),
    MUL_OVF_UN("mul.ovf.un", 0x00D9, OperandKind.NONE),
    SUB_OVF("sub.ovf", 0x00DA, OperandKind.NONE),
    SUB_OVF_UN("sub.ovf.un", 0x00DB, OperandKind.NONE),
    ENDFINALLY("endfinally", 0x00DC, OperandKind.NONE),
    LEAVE("leave", 0x00DD, OperandKind.BRANCH32),
    LEAVE_S("leave.s", 0x00DE, OperandKind.BRANCH8),
    STIND_I("stind.i", 0x00DF, OperandKind.NONE),
    CONV_U("conv.u", 0x00E0, OperandKind.NONE),
    ARGLIST("arglist", 0xFE00, OperandKind.NONE),
    CEQ("ceq", 0xFE01, OperandKind.NONE),
    CGT("cgt", 0xFE02, OperandKind.NONE),
    CGT_UN("cgt.un", 0xFE03, OperandKind.NONE),
    CLT("clt", 0xFE04, OperandKind.NONE),
    CLT_UN("clt.un", 0xFE05, OperandKind.NONE),
    LDFTN("ldftn", 0xFE06, OperandKind.TOKEN),
    LDVIRTFTN("ldvirtftn", 0xFE07, OperandKind.TOKEN),
    LDARG("ldarg", 0xFE09, OperandKind.VAR16),
    LDARGA("ldarga", 0xFE0A, OperandKind.VAR16),
    STARG("starg", 0xFE0B, OperandKind.VAR16),
    LDLOC("ldloc", 0xFE0C, OperandKind.VAR16),
    LDLOCA("ldloca", 0xFE0D, OperandKind.VAR16),
    STLOC("stloc", 0xFE0E, OperandKind.VAR16),
    LOCALLOC("localloc", 0xFE0F, OperandKind.NONE),
    ENDFILTER("endfilter", 0xFE11, OperandKind.NONE),
    UNALIGNED("unaligned.", 0xFE12, OperandKind.UINT8),
    VOLATILE("volatile.", 0xFE13, OperandKind.NONE),
    TAIL("tail.", 0xFE14, OperandKind.NONE),
    INITOBJ("initobj", 0xFE15, OperandKind.TOKEN),
    CONSTRAINED("constrained.", 0xFE16, OperandKind.TOKEN),
    CPBLK("cpblk", 0xFE17, OperandKind.NONE),
    INITBLK("initblk", 0xFE18, OperandKind.NONE),
    NO("no.", 0xFE19, OperandKind.UINT8),
    RETHROW("rethrow", 0xFE1A, OperandKind.NONE),
    SIZEOF("sizeof", 0xFE1C, OperandKind.TOKEN),
    REFANYTYPE("refanytype", 0xFE1D, OperandKind.NONE),
    READONLY("readonly.", 0xFE1E, OperandKind.NONE);

    /** How an instruction's operand is encoded. */
    public enum OperandKind { NONE, INT8, UINT8, INT32, INT64, FLOAT32, FLOAT64, TOKEN, BRANCH8, BRANCH32, SWITCH, VAR8, VAR16 }

    private static final OpCode[] ONE_BYTE = new OpCode[256];
    private static final OpCode[] TWO_BYTE = new OpCode[256];

    static {
        for (OpCode op : values()) {
            if (op.value >> 8 == 0xFE) {
                TWO_BYTE[op.value & 0xFF] = op;
            } else {
                ONE_BYTE[op.value] = op;
            }
        }
    }

    private final String mnemonic;
    private final int value;
    private final OperandKind operandKind;

    OpCode(String mnemonic, int value, OperandKind operandKind) {
        this.mnemonic = mnemonic;
        this.value = value;
        this.operandKind = operandKind;
    }

    public String mnemonic() {
        return mnemonic;
    }

    public int value() {
        return value;
    }

    /** A branch with one target (br, the conditional branches, leave); switch has a table of them. */
    public boolean isBranch() {
        return operandKind == OperandKind.BRANCH8 || operandKind == OperandKind.BRANCH32;
    }

    public OperandKind operandKind() {
        return operandKind;
    }

    /** Encoded size of the opcode itself: 1, or 2 for 0xFE-prefixed opcodes. */
    public int size() {
        return value >> 8 == 0xFE ? 2 : 1;
    }

    /** The opcode at code[pos]; a missing or unknown opcode is a BadImageFormatException naming the offset. */
    public static OpCode decode(byte[] code, int pos) {
        int b = code[pos] & 0xFF;
        OpCode op;
        if (b == 0xFE) {
            if (pos + 1 >= code.length) {
                throw new BadImageFormatException("IL_" + String.format("%04x", pos) + ": truncated two-byte opcode");
            }
            op = TWO_BYTE[code[pos + 1] & 0xFF];
        } else {
            op = ONE_BYTE[b];
        }
        if (op == null) {
            throw new BadImageFormatException("IL_" + String.format("%04x", pos) + ": unknown opcode 0x"
                    + Integer.toHexString(b) + (b == 0xFE ? " 0x" + Integer.toHexString(code[pos + 1] & 0xFF) : ""));
        }
        return op;
    }
}

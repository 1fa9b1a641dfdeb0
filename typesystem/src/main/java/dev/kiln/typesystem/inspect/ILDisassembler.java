package dev.kiln.typesystem.inspect;

import dev.kiln.typesystem.metadata.ExceptionClause;
import dev.kiln.typesystem.metadata.ILReader;
import dev.kiln.typesystem.metadata.Instruction;
import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.MethodBody;
import dev.kiln.typesystem.metadata.OpCode;

/** Prints a method body as ILAsm-like text: header, exception clauses, one instruction per line. */
public final class ILDisassembler {
    private final MetadataFile md;
    private final SignatureFormatter names;

    public ILDisassembler(MetadataFile md) {
        this.md = md;
        this.names = new SignatureFormatter(md);
    }

    public String disassemble(MethodBody body) {
        StringBuilder sb = new StringBuilder();
        sb.append("  .maxstack ").append(body.maxStack()).append('\n');
        if (body.localVarSigToken() != 0) {
            sb.append("  .locals ").append(body.initLocals() ? "init " : "").append('(');
            var locals = new dev.kiln.typesystem.metadata.SignatureDecoder(md).decodeLocalsSig(body.localVarSigToken());
            for (int i = 0; i < locals.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(names.format(locals.get(i))).append(" V_").append(i);
            }
            sb.append(")\n");
        }
        for (ExceptionClause c : body.clauses()) {
            sb.append(String.format("  .try IL_%04x to IL_%04x %s handler IL_%04x to IL_%04x%n", c.tryOffset(),
                    c.tryOffset() + c.tryLength(), kind(c), c.handlerOffset(), c.handlerOffset() + c.handlerLength()));
        }
        for (Instruction insn : ILReader.decode(body.code())) {
            sb.append(String.format("  IL_%04x: %s", insn.offset(), insn.opcode().mnemonic()));
            String operand = operand(insn);
            if (!operand.isEmpty()) {
                sb.append(' ').append(operand);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private String kind(ExceptionClause c) {
        switch (c.kind()) {
            case ExceptionClause.CATCH: return "catch " + names.typeName(c.classTokenOrFilterOffset());
            case ExceptionClause.FILTER: return String.format("filter IL_%04x", c.classTokenOrFilterOffset());
            case ExceptionClause.FINALLY: return "finally";
            case ExceptionClause.FAULT: return "fault";
            default: return "kind " + c.kind();
        }
    }

    private String operand(Instruction insn) {
        OpCode op = insn.opcode();
        switch (op.operandKind()) {
            case NONE: return "";
            case BRANCH8: case BRANCH32: return String.format("IL_%04x", insn.operand());
            case SWITCH: {
                StringBuilder sb = new StringBuilder("(");
                int[] targets = insn.switchTargets();
                for (int i = 0; i < targets.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(String.format("IL_%04x", targets[i]));
                }
                return sb.append(')').toString();
            }
            case FLOAT32: case FLOAT64: return Double.toString(insn.floatOperand());
            case TOKEN: {
                int token = (int) insn.operand();
                if (op == OpCode.LDSTR) {
                    return '"' + md.userString(token & 0xFFFFFF).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
                }
                try {
                    return names.memberName(token);
                } catch (RuntimeException e) {
                    return dev.kiln.typesystem.metadata.Tokens.format(token);
                }
            }
            default: return Long.toString(insn.operand());
        }
    }
}

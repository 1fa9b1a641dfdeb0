package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;

/**
 * A parameter's Param row flags (ECMA-335 II.23.1.13: In, Out, Optional, HasDefault) and its default value from the
 * Constant table, for ParameterInfo.Attributes/DefaultValue and Invoke with Type.Missing.
 */
public final class ParameterDefaults {
    /** ParamAttributes.HasDefault. */
    private static final int HAS_DEFAULT = 0x1000;

    /**
     * flags: the Param row's; elementType: the constant's ELEMENT_TYPE code (0: none, 0x12 CLASS: null); bits: an
     * integral value or a float's IEEE bits, as a literal field's; text: a string constant.
     */
    public record Parameter(int flags, int elementType, long bits, String text) {
        static final Parameter NONE = new Parameter(0, 0, 0, null);
    }

    private ParameterDefaults() {
    }

    /** Parameter i (0-based) of method; NONE without a Param row. */
    public static Parameter of(MethodDesc method, int i) {
        if (!(method.typicalDefinition() instanceof EcmaMethod e)) {
            return Parameter.NONE;
        }
        MetadataFile md = e.module().metadata();
        var row = md.methodDef(Tokens.rid(e.token()));
        for (int list = row.firstParam(); list < row.endParam(); list++) {
            int rid = md.paramRidAt(list);
            var param = md.param(rid);
            if (param.sequence() == i + 1) {
                return (param.flags() & HAS_DEFAULT) == 0 ? new Parameter(param.flags(), 0, 0, null)
                        : withConstant(md, param.flags(), Tokens.make(TableId.Param, rid));
            }
        }
        return Parameter.NONE;
    }

    private static Parameter withConstant(MetadataFile md, int flags, int token) {
        for (int r = 1; r <= md.rowCount(TableId.Constant); r++) {
            var row = md.constant(r);
            if (row.parentToken() != token) {
                continue;
            }
            var blob = md.blob(row.value());
            return switch (row.type()) {
                case 0x02, 0x05 -> new Parameter(flags, row.type(), blob.readByte(), null);
                case 0x04 -> new Parameter(flags, row.type(), (byte) blob.readByte(), null);
                case 0x03, 0x07 -> new Parameter(flags, row.type(), blob.readUInt16(), null);
                case 0x06 -> new Parameter(flags, row.type(), (short) blob.readUInt16(), null);
                case 0x08 -> new Parameter(flags, row.type(), blob.readInt32(), null);
                case 0x09, 0x0C -> new Parameter(flags, row.type(), blob.readInt32() & 0xFFFFFFFFL, null);
                case 0x0A, 0x0B, 0x0D -> new Parameter(flags, row.type(), blob.readInt64(), null);
                case 0x0E -> new Parameter(flags, row.type(), 0,
                        new String(md.blobBytes(row.value()), java.nio.charset.StandardCharsets.UTF_16LE));
                default -> new Parameter(flags, 0x12, 0, null); // a null reference
            };
        }
        return new Parameter(flags, 0, 0, null);
    }
}

package dev.kiln.typesystem.metadata;

/** Touches everything in a metadata file: every column of every row, every signature, every method body. */
final class MetadataWalker {
    private MetadataWalker() {
    }

    /** Returns the number of method bodies decoded. */
    static long walk(MetadataFile md) {
        for (TableId t : md.presentTables()) {
            int columns = columnCount(t);
            for (int rid = 1; rid <= md.rowCount(t); rid++) {
                for (int c = 0; c < columns; c++) {
                    md.column(t, rid, c);
                }
            }
        }
        SignatureDecoder sigs = new SignatureDecoder(md);
        for (int rid = 1; rid <= md.rowCount(TableId.TypeDef); rid++) {
            md.typeDef(rid);
            md.enclosingType(rid);
        }
        for (int rid = 1; rid <= md.rowCount(TableId.Field); rid++) {
            sigs.decodeFieldSig(md.field(rid).signature());
            md.declaringTypeOfField(rid);
        }
        for (int rid = 1; rid <= md.rowCount(TableId.MemberRef); rid++) {
            int sig = md.memberRef(rid).signature();
            byte[] bytes = md.blobBytes(sig);
            if (bytes.length > 0 && (bytes[0] & 0x0F) == 0x06) {
                sigs.decodeFieldSig(sig);
            } else {
                sigs.decodeMethodSig(sig);
            }
        }
        for (int rid = 1; rid <= md.rowCount(TableId.TypeSpec); rid++) {
            sigs.decodeTypeSpec(md.typeSpec(rid).signature());
        }
        for (int rid = 1; rid <= md.rowCount(TableId.MethodSpec); rid++) {
            sigs.decodeMethodSpec(md.methodSpec(rid).instantiation());
        }
        for (int rid = 1; rid <= md.rowCount(TableId.Property); rid++) {
            sigs.decodePropertySig(md.column(TableId.Property, rid, 2));
        }
        long bodies = 0;
        for (int rid = 1; rid <= md.rowCount(TableId.MethodDef); rid++) {
            MethodDefRow m = md.methodDef(rid);
            sigs.decodeMethodSig(m.signature());
            md.declaringTypeOfMethod(rid);
            if (m.rva() != 0 && (m.implFlags() & 0x3) == 0) {
                MethodBody body = md.methodBody(m.rva());
                ILReader.decode(body.code());
                if (body.localVarSigToken() != 0) {
                    sigs.decodeLocalsSig(body.localVarSigToken());
                }
                bodies++;
            }
        }
        for (int rid = 1; rid <= md.rowCount(TableId.StandAloneSig); rid++) {
            md.blob(md.standAloneSig(rid).signature()).readByte();
        }
        return bodies;
    }

    private static int columnCount(TableId t) {
        return TableSchema.columns(t).size();
    }
}

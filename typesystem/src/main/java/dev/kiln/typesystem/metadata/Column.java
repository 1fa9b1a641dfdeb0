package dev.kiln.typesystem.metadata;

/** One column of a metadata table: fixed-size constant, heap index, table index or coded index. */
record Column(String name, Kind kind, TableId table, CodedIndex coded) {
    enum Kind { U8, U16, U32, STRING, GUID, BLOB, TABLE, CODED }

    static Column u16(String name) {
        return new Column(name, Kind.U16, null, null);
    }

    static Column u32(String name) {
        return new Column(name, Kind.U32, null, null);
    }

    static Column string(String name) {
        return new Column(name, Kind.STRING, null, null);
    }

    static Column guid(String name) {
        return new Column(name, Kind.GUID, null, null);
    }

    static Column blob(String name) {
        return new Column(name, Kind.BLOB, null, null);
    }

    static Column index(String name, TableId table) {
        return new Column(name, Kind.TABLE, table, null);
    }

    static Column coded(String name, CodedIndex coded) {
        return new Column(name, Kind.CODED, null, coded);
    }
}

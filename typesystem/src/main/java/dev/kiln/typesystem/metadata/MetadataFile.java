package dev.kiln.typesystem.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A CLI assembly's metadata (ECMA-335 II.24): the stream headers, heaps and tables of one file, read straight from
 * its bytes. Immutable after construction and safe to share between threads.
 */
public final class MetadataFile {
    private final String name;
    private final PEImage pe;
    private final byte[] data;
    private final String runtimeVersion;
    private final Heaps heaps;
    private final TableLayout tables;
    private final ListIndex lists;
    private final ConcurrentHashMap<Integer, String> strings = new ConcurrentHashMap<>();

    private MetadataFile(String name, byte[] bytes) {
        this.name = name;
        this.pe = new PEImage(name, bytes);
        this.data = bytes;
        int root = pe.rvaToOffset(pe.metadataRva, pe.metadataSize, "metadata root");
        int rootEnd = root + pe.metadataSize;
        if (pe.i32(root) != 0x424A5342) {
            throw pe.bad("bad metadata signature at file offset 0x" + Integer.toHexString(root));
        }
        int versionLength = pe.i32(root + 12);
        if (versionLength < 0 || versionLength > 255 || root + 16 + versionLength > rootEnd) {
            throw pe.bad("bad metadata version string length " + versionLength);
        }
        this.runtimeVersion = new String(data, root + 16, versionLength, StandardCharsets.UTF_8).replace("\0", "");
        int p = root + 16 + versionLength;
        int streamCount = pe.u16(p + 2);
        p += 4;
        int tablesStart = -1;
        int tablesSize = 0;
        boolean uncompressed = false;
        Heaps.Builder hb = new Heaps.Builder(name, data);
        for (int i = 0; i < streamCount; i++) {
            int offset = pe.i32(p);
            int size = pe.i32(p + 4);
            p += 8;
            int nameStart = p;
            while (p < rootEnd && data[p] != 0) {
                p++;
            }
            if (p >= rootEnd || p - nameStart > 32) {
                throw pe.bad("unterminated metadata stream name");
            }
            String streamName = new String(data, nameStart, p - nameStart, StandardCharsets.US_ASCII);
            p = nameStart + ((p - nameStart + 4) & ~3);
            if (offset < 0 || size < 0 || (long) offset + size > pe.metadataSize) {
                throw pe.bad("stream " + streamName + " (offset 0x" + Integer.toHexString(offset) + ", size 0x"
                        + Integer.toHexString(size) + ") extends past the metadata");
            }
            int start = root + offset;
            switch (streamName) {
                case "#~": case "#-":
                    tablesStart = start;
                    tablesSize = size;
                    uncompressed = streamName.equals("#-");
                    break;
                case "#Strings": hb.strings(start, size); break;
                case "#US": hb.userStrings(start, size); break;
                case "#Blob": hb.blobs(start, size); break;
                case "#GUID": hb.guids(start, size); break;
                default: break; // #Pdb, #JTD and unknown streams carry nothing we read
            }
        }
        if (tablesStart < 0) {
            throw pe.bad("no #~ metadata tables stream");
        }
        this.heaps = hb.build();
        this.tables = new TableLayout(name, data, tablesStart, tablesSize, uncompressed);
        this.lists = new ListIndex(this);
    }

    public static MetadataFile open(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return new MetadataFile(path.getFileName().toString(), bytes);
    }

    public static MetadataFile read(String displayName, byte[] bytes) {
        return new MetadataFile(displayName, bytes);
    }

    public String displayName() {
        return name;
    }

    public int entryPointToken() {
        return pe.entryPointToken;
    }

    public int cliFlags() {
        return pe.cliFlags;
    }

    /** The PE file header's Machine (Module.GetPEKind). */
    public int machine() {
        return pe.machine;
    }

    public boolean isPe32Plus() {
        return pe.pe32Plus;
    }

    public String runtimeVersion() {
        return runtimeVersion;
    }

    // ---- tables ----

    public int rowCount(TableId t) {
        return tables.rowCount(t);
    }

    /**
     * A column's value: constants as unsigned numbers, heap indexes as offsets, table and coded indexes as tokens
     * (0 for a null reference).
     */
    public int column(TableId t, int rid, int columnIndex) {
        return tables.column(t, rid, columnIndex, heaps);
    }

    /** Where a column of a row is stored in the file. */
    public int columnFileOffset(TableId t, int rid, int columnIndex) {
        return tables.columnFileOffset(t, rid, columnIndex);
    }

    BadImageFormatException bad(String what) {
        return new BadImageFormatException(name + ": " + what);
    }

    // ---- heaps ----

    public String string(int index) {
        if (index == 0) {
            return "";
        }
        String s = strings.get(index);
        if (s == null) {
            s = heaps.string(index);
            strings.put(index, s);
        }
        return s;
    }

    public String userString(int index) {
        return heaps.userString(index);
    }

    public BlobReader blob(int index) {
        return heaps.blob(index);
    }

    public byte[] blobBytes(int index) {
        return heaps.blobBytes(index);
    }

    public UUID guid(int index) {
        return heaps.guid(index);
    }

    // ---- typed rows ----

    private int col(TableId t, int rid, int c) {
        return tables.column(t, rid, c, heaps);
    }

    private String str(TableId t, int rid, int c) {
        return string(col(t, rid, c));
    }

    public ModuleRow module() {
        if (rowCount(TableId.Module) < 1) {
            throw bad("no Module row");
        }
        return new ModuleRow(str(TableId.Module, 1, 1), col(TableId.Module, 1, 2));
    }

    public AssemblyRow assembly() {
        if (rowCount(TableId.Assembly) < 1) {
            return null;
        }
        TableId t = TableId.Assembly;
        return new AssemblyRow(str(t, 1, 7), col(t, 1, 1), col(t, 1, 2), col(t, 1, 3), col(t, 1, 4), str(t, 1, 8),
                blobBytes(col(t, 1, 6)), col(t, 1, 5));
    }

    public AssemblyRefRow assemblyRef(int rid) {
        TableId t = TableId.AssemblyRef;
        return new AssemblyRefRow(str(t, rid, 6), col(t, rid, 0), col(t, rid, 1), col(t, rid, 2), col(t, rid, 3),
                str(t, rid, 7), blobBytes(col(t, rid, 5)), col(t, rid, 4));
    }

    public TypeRefRow typeRef(int rid) {
        TableId t = TableId.TypeRef;
        return new TypeRefRow(col(t, rid, 0), str(t, rid, 1), str(t, rid, 2));
    }

    public TypeDefRow typeDef(int rid) {
        TableId t = TableId.TypeDef;
        int[] fields = lists.range(t, rid, 4, TableId.Field);
        int[] methods = lists.range(t, rid, 5, TableId.MethodDef);
        return new TypeDefRow(col(t, rid, 0), str(t, rid, 1), str(t, rid, 2), col(t, rid, 3),
                fields[0], fields[1], methods[0], methods[1]);
    }

    /** The Field row id at position listIndex of a field list (through FieldPtr when present). */
    public int fieldRidAt(int listIndex) {
        return lists.indirect(TableId.FieldPtr, listIndex);
    }

    public int methodRidAt(int listIndex) {
        return lists.indirect(TableId.MethodPtr, listIndex);
    }

    public int paramRidAt(int listIndex) {
        return lists.indirect(TableId.ParamPtr, listIndex);
    }

    public FieldRow field(int rid) {
        TableId t = TableId.Field;
        return new FieldRow(col(t, rid, 0), str(t, rid, 1), col(t, rid, 2));
    }

    public MethodDefRow methodDef(int rid) {
        TableId t = TableId.MethodDef;
        int[] params = lists.range(t, rid, 5, TableId.Param);
        return new MethodDefRow(col(t, rid, 0), col(t, rid, 1), col(t, rid, 2), str(t, rid, 3), col(t, rid, 4),
                params[0], params[1]);
    }

    public ParamRow param(int rid) {
        TableId t = TableId.Param;
        return new ParamRow(col(t, rid, 0), col(t, rid, 1), str(t, rid, 2));
    }

    public MemberRefRow memberRef(int rid) {
        TableId t = TableId.MemberRef;
        return new MemberRefRow(col(t, rid, 0), str(t, rid, 1), col(t, rid, 2));
    }

    public TypeSpecRow typeSpec(int rid) {
        return new TypeSpecRow(col(TableId.TypeSpec, rid, 0));
    }

    public MethodSpecRow methodSpec(int rid) {
        return new MethodSpecRow(col(TableId.MethodSpec, rid, 0), col(TableId.MethodSpec, rid, 1));
    }

    public StandAloneSigRow standAloneSig(int rid) {
        return new StandAloneSigRow(col(TableId.StandAloneSig, rid, 0));
    }

    public InterfaceImplRow interfaceImpl(int rid) {
        return new InterfaceImplRow(Tokens.rid(col(TableId.InterfaceImpl, rid, 0)), col(TableId.InterfaceImpl, rid, 1));
    }

    public MethodImplRow methodImpl(int rid) {
        TableId t = TableId.MethodImpl;
        return new MethodImplRow(Tokens.rid(col(t, rid, 0)), col(t, rid, 1), col(t, rid, 2));
    }

    public NestedClassRow nestedClass(int rid) {
        TableId t = TableId.NestedClass;
        return new NestedClassRow(Tokens.rid(col(t, rid, 0)), Tokens.rid(col(t, rid, 1)));
    }

    public ClassLayoutRow classLayoutRow(int rid) {
        TableId t = TableId.ClassLayout;
        return new ClassLayoutRow(col(t, rid, 0), col(t, rid, 1), Tokens.rid(col(t, rid, 2)));
    }

    public FieldLayoutRow fieldLayout(int rid) {
        TableId t = TableId.FieldLayout;
        return new FieldLayoutRow(col(t, rid, 0), Tokens.rid(col(t, rid, 1)));
    }

    public FieldRvaRow fieldRvaRow(int rid) {
        TableId t = TableId.FieldRVA;
        return new FieldRvaRow(col(t, rid, 0), Tokens.rid(col(t, rid, 1)));
    }

    public GenericParamRow genericParam(int rid) {
        TableId t = TableId.GenericParam;
        return new GenericParamRow(col(t, rid, 0), col(t, rid, 1), col(t, rid, 2), str(t, rid, 3));
    }

    public GenericParamConstraintRow genericParamConstraint(int rid) {
        TableId t = TableId.GenericParamConstraint;
        return new GenericParamConstraintRow(Tokens.rid(col(t, rid, 0)), col(t, rid, 1));
    }

    public ConstantRow constant(int rid) {
        TableId t = TableId.Constant;
        return new ConstantRow(col(t, rid, 0) & 0xFF, col(t, rid, 1), col(t, rid, 2));
    }

    public CustomAttributeRow customAttribute(int rid) {
        TableId t = TableId.CustomAttribute;
        return new CustomAttributeRow(col(t, rid, 0), col(t, rid, 1), col(t, rid, 2));
    }

    public ExportedTypeRow exportedType(int rid) {
        TableId t = TableId.ExportedType;
        return new ExportedTypeRow(col(t, rid, 0), col(t, rid, 1), str(t, rid, 2), str(t, rid, 3), col(t, rid, 4));
    }

    public ModuleRefRow moduleRef(int rid) {
        return new ModuleRefRow(str(TableId.ModuleRef, rid, 0));
    }

    public ImplMapRow implMap(int rid) {
        TableId t = TableId.ImplMap;
        return new ImplMapRow(col(t, rid, 0), col(t, rid, 1), str(t, rid, 2), Tokens.rid(col(t, rid, 3)));
    }

    // ---- lookups ----

    public int enclosingType(int typeDefRid) {
        return lists.enclosingType(typeDefRid);
    }

    public int declaringTypeOfMethod(int methodRid) {
        return lists.declaringTypeOfMethod(methodRid);
    }

    public int declaringTypeOfField(int fieldRid) {
        return lists.declaringTypeOfField(fieldRid);
    }

    public int fieldRva(int fieldRid) {
        return lists.fieldRva(fieldRid);
    }

    public int fieldOffset(int fieldRid) {
        return lists.fieldOffset(fieldRid);
    }

    public ClassLayoutRow classLayout(int typeDefRid) {
        int rid = lists.classLayout(typeDefRid);
        return rid == 0 ? null : classLayoutRow(rid);
    }

    public int[] genericParams(int ownerToken) {
        return lists.genericParams(ownerToken);
    }

    public int[] methodImpls(int typeDefRid) {
        return lists.rowsByParent(TableId.MethodImpl, 0, typeDefRid);
    }

    public int[] interfaceImpls(int typeDefRid) {
        return lists.rowsByParent(TableId.InterfaceImpl, 0, typeDefRid);
    }

    /** Custom attributes attached to the entity with this token. */
    public int[] customAttributes(int parentToken) {
        return lists.customAttributes(parentToken);
    }

    // ---- method bodies and data ----

    public MethodBody methodBody(int rva) {
        return MethodBodyReader.read(pe, rva);
    }

    public byte[] dataAtRva(int rva, int length) {
        int offset = pe.rvaToOffset(rva, length, "field data");
        byte[] out = new byte[length];
        System.arraycopy(data, offset, out, 0, length);
        return out;
    }

    /**
     * The bytes of a resource embedded in this file (ManifestResource row with no Implementation): at offset in the
     * CLI header's Resources directory, a 4-byte length and the data (ECMA-335 II.24.2.4, II.25.3.3).
     */
    public byte[] embeddedResource(int offset) {
        if (pe.resourcesRva == 0 || offset < 0 || offset > pe.resourcesSize - 4) {
            throw new BadImageFormatException(name + ": manifest resource at offset " + offset + " is outside the resources");
        }
        int start = pe.rvaToOffset(pe.resourcesRva, pe.resourcesSize, "resources") + offset;
        int length = pe.i32(start);
        if (length < 0 || length > pe.resourcesSize - offset - 4) {
            throw new BadImageFormatException(name + ": manifest resource of " + length + " bytes overruns the resources");
        }
        byte[] out = new byte[length];
        System.arraycopy(data, start + 4, out, 0, length);
        return out;
    }

    /** All tables that have rows (for tools that walk everything). */
    public List<TableId> presentTables() {
        return tables.presentTables();
    }
}

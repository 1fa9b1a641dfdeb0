package dev.kiln.typesystem.metadata;

/** Coded index kinds (ECMA-335 II.24.2.6): a tag in the low bits selects one of several tables. */
enum CodedIndex {
    TypeDefOrRef(2, TableId.TypeDef, TableId.TypeRef, TableId.TypeSpec),
    HasConstant(2, TableId.Field, TableId.Param, TableId.Property),
    HasCustomAttribute(5, TableId.MethodDef, TableId.Field, TableId.TypeRef, TableId.TypeDef, TableId.Param,
            TableId.InterfaceImpl, TableId.MemberRef, TableId.Module, TableId.DeclSecurity, TableId.Property,
            TableId.Event, TableId.StandAloneSig, TableId.ModuleRef, TableId.TypeSpec, TableId.Assembly,
            TableId.AssemblyRef, TableId.File, TableId.ExportedType, TableId.ManifestResource, TableId.GenericParam,
            TableId.GenericParamConstraint, TableId.MethodSpec),
    HasFieldMarshal(1, TableId.Field, TableId.Param),
    HasDeclSecurity(2, TableId.TypeDef, TableId.MethodDef, TableId.Assembly),
    MemberRefParent(3, TableId.TypeDef, TableId.TypeRef, TableId.ModuleRef, TableId.MethodDef, TableId.TypeSpec),
    HasSemantics(1, TableId.Event, TableId.Property),
    MethodDefOrRef(1, TableId.MethodDef, TableId.MemberRef),
    MemberForwarded(1, TableId.Field, TableId.MethodDef),
    Implementation(2, TableId.File, TableId.AssemblyRef, TableId.ExportedType),
    CustomAttributeType(3, null, null, TableId.MethodDef, TableId.MemberRef, null),
    ResolutionScope(2, TableId.Module, TableId.ModuleRef, TableId.AssemblyRef, TableId.TypeRef),
    TypeOrMethodDef(1, TableId.TypeDef, TableId.MethodDef);

    final int tagBits;
    final TableId[] tables;

    CodedIndex(int tagBits, TableId... tables) {
        this.tagBits = tagBits;
        this.tables = tables;
    }

    /** The token a raw coded value denotes, 0 for a null reference; null when the tag is invalid. */
    Integer decode(int raw) {
        int tag = raw & ((1 << tagBits) - 1);
        int rid = raw >>> tagBits;
        if (tag >= tables.length || tables[tag] == null) {
            return null;
        }
        return rid == 0 ? 0 : Tokens.make(tables[tag], rid);
    }
}

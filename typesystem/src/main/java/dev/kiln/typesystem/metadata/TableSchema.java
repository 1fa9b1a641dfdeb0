package dev.kiln.typesystem.metadata;

import static dev.kiln.typesystem.metadata.Column.blob;
import static dev.kiln.typesystem.metadata.Column.coded;
import static dev.kiln.typesystem.metadata.Column.guid;
import static dev.kiln.typesystem.metadata.Column.index;
import static dev.kiln.typesystem.metadata.Column.string;
import static dev.kiln.typesystem.metadata.Column.u16;
import static dev.kiln.typesystem.metadata.Column.u32;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The columns of every table of ECMA-335 II.22, in file order. */
final class TableSchema {
    private static final Map<TableId, List<Column>> COLUMNS = new EnumMap<>(TableId.class);

    private TableSchema() {
    }

    private static void define(TableId t, Column... columns) {
        COLUMNS.put(t, List.of(columns));
    }

    static List<Column> columns(TableId t) {
        return COLUMNS.get(t);
    }

    static {
        define(TableId.Module, u16("Generation"), string("Name"), guid("Mvid"), guid("EncId"), guid("EncBaseId"));
        define(TableId.TypeRef, coded("ResolutionScope", CodedIndex.ResolutionScope), string("TypeName"), string("TypeNamespace"));
        define(TableId.TypeDef, u32("Flags"), string("TypeName"), string("TypeNamespace"),
                coded("Extends", CodedIndex.TypeDefOrRef), index("FieldList", TableId.Field), index("MethodList", TableId.MethodDef));
        define(TableId.FieldPtr, index("Field", TableId.Field));
        define(TableId.Field, u16("Flags"), string("Name"), blob("Signature"));
        define(TableId.MethodPtr, index("Method", TableId.MethodDef));
        define(TableId.MethodDef, u32("RVA"), u16("ImplFlags"), u16("Flags"), string("Name"), blob("Signature"),
                index("ParamList", TableId.Param));
        define(TableId.ParamPtr, index("Param", TableId.Param));
        define(TableId.Param, u16("Flags"), u16("Sequence"), string("Name"));
        define(TableId.InterfaceImpl, index("Class", TableId.TypeDef), coded("Interface", CodedIndex.TypeDefOrRef));
        define(TableId.MemberRef, coded("Class", CodedIndex.MemberRefParent), string("Name"), blob("Signature"));
        define(TableId.Constant, u16("Type"), coded("Parent", CodedIndex.HasConstant), blob("Value"));
        define(TableId.CustomAttribute, coded("Parent", CodedIndex.HasCustomAttribute),
                coded("Type", CodedIndex.CustomAttributeType), blob("Value"));
        define(TableId.FieldMarshal, coded("Parent", CodedIndex.HasFieldMarshal), blob("NativeType"));
        define(TableId.DeclSecurity, u16("Action"), coded("Parent", CodedIndex.HasDeclSecurity), blob("PermissionSet"));
        define(TableId.ClassLayout, u16("PackingSize"), u32("ClassSize"), index("Parent", TableId.TypeDef));
        define(TableId.FieldLayout, u32("Offset"), index("Field", TableId.Field));
        define(TableId.StandAloneSig, blob("Signature"));
        define(TableId.EventMap, index("Parent", TableId.TypeDef), index("EventList", TableId.Event));
        define(TableId.EventPtr, index("Event", TableId.Event));
        define(TableId.Event, u16("EventFlags"), string("Name"), coded("EventType", CodedIndex.TypeDefOrRef));
        define(TableId.PropertyMap, index("Parent", TableId.TypeDef), index("PropertyList", TableId.Property));
        define(TableId.PropertyPtr, index("Property", TableId.Property));
        define(TableId.Property, u16("Flags"), string("Name"), blob("Type"));
        define(TableId.MethodSemantics, u16("Semantics"), index("Method", TableId.MethodDef),
                coded("Association", CodedIndex.HasSemantics));
        define(TableId.MethodImpl, index("Class", TableId.TypeDef), coded("MethodBody", CodedIndex.MethodDefOrRef),
                coded("MethodDeclaration", CodedIndex.MethodDefOrRef));
        define(TableId.ModuleRef, string("Name"));
        define(TableId.TypeSpec, blob("Signature"));
        define(TableId.ImplMap, u16("MappingFlags"), coded("MemberForwarded", CodedIndex.MemberForwarded),
                string("ImportName"), index("ImportScope", TableId.ModuleRef));
        define(TableId.FieldRVA, u32("RVA"), index("Field", TableId.Field));
        define(TableId.EncLog, u32("Token"), u32("FuncCode"));
        define(TableId.EncMap, u32("Token"));
        define(TableId.Assembly, u32("HashAlgId"), u16("MajorVersion"), u16("MinorVersion"), u16("BuildNumber"),
                u16("RevisionNumber"), u32("Flags"), blob("PublicKey"), string("Name"), string("Culture"));
        define(TableId.AssemblyProcessor, u32("Processor"));
        define(TableId.AssemblyOS, u32("OSPlatformID"), u32("OSMajorVersion"), u32("OSMinorVersion"));
        define(TableId.AssemblyRef, u16("MajorVersion"), u16("MinorVersion"), u16("BuildNumber"), u16("RevisionNumber"),
                u32("Flags"), blob("PublicKeyOrToken"), string("Name"), string("Culture"), blob("HashValue"));
        define(TableId.AssemblyRefProcessor, u32("Processor"), index("AssemblyRef", TableId.AssemblyRef));
        define(TableId.AssemblyRefOS, u32("OSPlatformId"), u32("OSMajorVersion"), u32("OSMinorVersion"),
                index("AssemblyRef", TableId.AssemblyRef));
        define(TableId.File, u32("Flags"), string("Name"), blob("HashValue"));
        define(TableId.ExportedType, u32("Flags"), u32("TypeDefId"), string("TypeName"), string("TypeNamespace"),
                coded("Implementation", CodedIndex.Implementation));
        define(TableId.ManifestResource, u32("Offset"), u32("Flags"), string("Name"),
                coded("Implementation", CodedIndex.Implementation));
        define(TableId.NestedClass, index("NestedClass", TableId.TypeDef), index("EnclosingClass", TableId.TypeDef));
        define(TableId.GenericParam, u16("Number"), u16("Flags"), coded("Owner", CodedIndex.TypeOrMethodDef), string("Name"));
        define(TableId.MethodSpec, coded("Method", CodedIndex.MethodDefOrRef), blob("Instantiation"));
        define(TableId.GenericParamConstraint, index("Owner", TableId.GenericParam),
                coded("Constraint", CodedIndex.TypeDefOrRef));
    }
}

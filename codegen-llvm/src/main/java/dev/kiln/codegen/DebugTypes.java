package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.ParameterizedType;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeLayout;
import dev.kiln.typesystem.TypeLoadException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMDIBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;

/**
 * The DWARF types of variables: C#'s primitives as base types (named as C# names them); structs as structures with
 * their fields at Kiln's offsets (TypeLayout); classes, strings and arrays as pointers to a structure of the heap
 * object (the type-descriptor header, the base class as DW_TAG_inheritance, the fields), so that gdb's `print *obj`
 * and `print obj->field` read them as C's; pointers and byrefs as pointers to their element type.
 *
 * A structure is described once per module, when a variable (or a field of a described type) first needs it. Types
 * that refer to themselves through references (a list node's `next`) start as a replaceable placeholder that the
 * finished structure replaces; only finished types are cached, so no reference to a placeholder outlives it.
 * References more than {@link #MAX_DEPTH} structures deep point to a declaration of the structure only.
 */
final class DebugTypes {
    private static final int DW_ATE_BOOLEAN = 0x02, DW_ATE_FLOAT = 0x04, DW_ATE_SIGNED = 0x05, DW_ATE_UNSIGNED = 0x08,
            DW_ATE_UTF = 0x10;
    private static final int DW_TAG_STRUCTURE_TYPE = 0x13;
    private static final int POINTER_BITS = 64;
    /**
     * Structures being described at once (a class's field's class's field...) beyond which a reference names a
     * declaration only: bounds the recursion (the Java stack) and the DWARF a variable's type drags in.
     */
    private static final int MAX_DEPTH = 6;

    private final LLVMDIBuilderRef builder;
    private final Map<String, LLVMMetadataRef> baseTypes = new HashMap<>();
    /** Finished structures of classes and structs (a type being described is in {@link #placeholders} instead). */
    private final Map<TypeDesc, LLVMMetadataRef> structures = new IdentityHashMap<>();
    private final Map<TypeDesc, LLVMMetadataRef> placeholders = new IdentityHashMap<>();
    private final Map<TypeDesc, LLVMMetadataRef> references = new IdentityHashMap<>();
    private final Map<TypeDesc, LLVMMetadataRef> declarations = new IdentityHashMap<>();
    /** The placeholders of the structures being described, innermost first. */
    private final java.util.ArrayDeque<LLVMMetadataRef> describing = new java.util.ArrayDeque<>();
    private LLVMMetadataRef opaquePointer;

    DebugTypes(LLVMDIBuilderRef builder) {
        this.builder = builder;
    }

    /** The type of a variable of type, or null when it is not described. */
    LLVMMetadataRef of(TypeDesc type) {
        TypeCategory category = type.category();
        return switch (category) {
            case BOOLEAN -> base("bool", 8, DW_ATE_BOOLEAN);
            case CHAR -> char16();
            case INT8 -> base("sbyte", 8, DW_ATE_SIGNED);
            case UINT8 -> base("byte", 8, DW_ATE_UNSIGNED);
            case INT16 -> base("short", 16, DW_ATE_SIGNED);
            case UINT16 -> base("ushort", 16, DW_ATE_UNSIGNED);
            case INT32 -> base("int", 32, DW_ATE_SIGNED);
            case UINT32 -> base("uint", 32, DW_ATE_UNSIGNED);
            case INT64 -> base("long", 64, DW_ATE_SIGNED);
            case UINT64 -> base("ulong", 64, DW_ATE_UNSIGNED);
            case INTPTR -> base("nint", 64, DW_ATE_SIGNED);
            case UINTPTR -> base("nuint", 64, DW_ATE_UNSIGNED);
            case FLOAT32 -> base("float", 32, DW_ATE_FLOAT);
            case FLOAT64 -> base("double", 64, DW_ATE_FLOAT);
            case CLASS, STRING, SZARRAY, MDARRAY -> reference(type);
            case STRUCT -> structure(type);
            case POINTER, BYREF -> pointerTo(((ParameterizedType) type).elementType());
            case FNPTR -> opaquePointer();
            default -> null;
        };
    }

    private LLVMMetadataRef base(String name, long bits, int encoding) {
        return baseTypes.computeIfAbsent(name, n -> LLVMDIBuilderCreateBasicType(builder, n, n.length(), bits, encoding, 0));
    }

    /**
     * C#'s char, named as C++ names a UTF-16 code unit: gdb prints a 16-bit character type named "char" byte by byte
     * ("l\000e\000"), one named char16_t as u'l' and arrays of it as u"leaf".
     */
    private LLVMMetadataRef char16() {
        return base("char16_t", 16, DW_ATE_UTF);
    }

    private LLVMMetadataRef pointerTo(TypeDesc element) {
        LLVMMetadataRef target = element.category() == TypeCategory.VOID ? null : of(element);
        return target == null ? opaquePointer() : pointer(target, null);
    }

    private LLVMMetadataRef opaquePointer() {
        if (opaquePointer == null) {
            opaquePointer = pointer(null, null);
        }
        return opaquePointer;
    }

    private LLVMMetadataRef pointer(LLVMMetadataRef target, String name) {
        return LLVMDIBuilderCreatePointerType(builder, target, POINTER_BITS, 0, 0, name, name == null ? 0 : utf8(name).length);
    }

    /** A reference: a pointer (named as the type) to the structure of its heap object. */
    private LLVMMetadataRef reference(TypeDesc type) {
        LLVMMetadataRef cached = references.get(type);
        if (cached != null) {
            return cached;
        }
        if (describing.size() >= MAX_DEPTH && !structures.containsKey(type)) {
            return pointer(declaration(type), type.toString());
        }
        LLVMMetadataRef object = heapObject(type);
        LLVMMetadataRef pointer = pointer(object, type.toString());
        if (!placeholders.containsKey(type)) {
            references.put(type, pointer);
        }
        return pointer;
    }

    /**
     * A structure named as type's, without members: gdb completes it from a full description of the same name
     * elsewhere in the program (or shows it as incomplete).
     */
    private LLVMMetadataRef declaration(TypeDesc type) {
        return declarations.computeIfAbsent(type, t -> {
            String name = t.toString();
            return LLVMDIBuilderCreateForwardDecl(builder, DW_TAG_STRUCTURE_TYPE, name, utf8(name).length, null, null, 0, 0,
                    0, 0, null, 0);
        });
    }

    private LLVMMetadataRef heapObject(TypeDesc type) {
        return describe(type, () -> switch (type.category()) {
            case SZARRAY, MDARRAY -> arrayMembers(type);
            case STRING -> stringMembers(type);
            default -> classMembers(type);
        }, type.typeSystem().layoutOf(type).instanceByteCount());
    }

    private LLVMMetadataRef structure(TypeDesc type) {
        return describe(type, () -> fieldMembers(type, type), type.typeSystem().layoutOf(type).size());
    }

    /** The structure of type (bytes long) with the members members makes, through a placeholder while they are made. */
    private LLVMMetadataRef describe(TypeDesc type, java.util.function.Supplier<List<LLVMMetadataRef>> members, int bytes) {
        LLVMMetadataRef done = structures.get(type);
        if (done != null) {
            return done;
        }
        LLVMMetadataRef pending = placeholders.get(type);
        if (pending != null) {
            return pending;
        }
        String name = type.toString();
        LLVMMetadataRef placeholder = LLVMDIBuilderCreateReplaceableCompositeType(builder, DW_TAG_STRUCTURE_TYPE, name,
                utf8(name).length, null, null, 0, 0, bytes * 8L, 0, 0, null, 0);
        placeholders.put(type, placeholder);
        describing.push(placeholder);
        List<LLVMMetadataRef> elements;
        try {
            elements = members.get();
        } finally {
            describing.pop();
            placeholders.remove(type);
        }
        PointerPointer<LLVMMetadataRef> array = new PointerPointer<>(elements.toArray(new LLVMMetadataRef[0]));
        LLVMMetadataRef finished = LLVMDIBuilderCreateStructType(builder, null, name, utf8(name).length, null, 0,
                bytes * 8L, 0, 0, null, array, elements.size(), 0, null, null, 0);
        array.close();
        LLVMMetadataReplaceAllUsesWith(placeholder, finished);
        structures.put(type, finished);
        return finished;
    }

    /** A class: its base class (or, for the root, the type-descriptor pointer every object starts with), its fields. */
    private List<LLVMMetadataRef> classMembers(TypeDesc type) {
        List<LLVMMetadataRef> members = new ArrayList<>();
        TypeDesc baseType = type.baseType();
        if (baseType != null) {
            members.add(LLVMDIBuilderCreateInheritance(builder, placeholders.get(type), heapObject(baseType), 0, 0, 0));
        } else {
            members.add(header());
        }
        members.addAll(fieldMembers(type, type));
        return members;
    }

    private LLVMMetadataRef header() {
        return member("__type_descriptor", opaquePointer(), 0, POINTER_BITS);
    }

    /** String: the header, its length and its first char, an array of unstated length (gdb: `*s->_firstChar@s->_stringLength`). */
    private List<LLVMMetadataRef> stringMembers(TypeDesc type) {
        List<LLVMMetadataRef> members = new ArrayList<>();
        members.add(header());
        members.add(member("_stringLength", base("int", 32, DW_ATE_SIGNED),
                RuntimeAbi.STRING_LENGTH_OFFSET, 32));
        members.add(member("_firstChar", openArray(char16()), RuntimeAbi.STRING_CHARS_OFFSET, 0));
        return members;
    }

    /** An array: the header, its length and its elements (a single-dimensional array's; others' bounds come first). */
    private List<LLVMMetadataRef> arrayMembers(TypeDesc type) {
        List<LLVMMetadataRef> members = new ArrayList<>();
        members.add(header());
        members.add(member("length", base("int", 32, DW_ATE_SIGNED),
                RuntimeAbi.ARRAY_LENGTH_OFFSET, 32));
        if (type.category() == TypeCategory.SZARRAY) {
            LLVMMetadataRef element = of(((ParameterizedType) type).elementType());
            if (element != null) {
                members.add(member("elements", openArray(element), RuntimeAbi.ARRAY_DATA_OFFSET, 0));
            }
        }
        return members;
    }

    private LLVMMetadataRef openArray(LLVMMetadataRef element) {
        LLVMMetadataRef range = LLVMDIBuilderGetOrCreateSubrange(builder, 0, -1);
        PointerPointer<LLVMMetadataRef> ranges = new PointerPointer<>(new LLVMMetadataRef[] {range}); // (a single Pointer argument would be a cast)
        LLVMMetadataRef array = LLVMDIBuilderCreateArrayType(builder, 0, 0, element, ranges, 1);
        ranges.close();
        return array;
    }

    /**
     * The instance fields declared on owner, at their offsets in layoutType's layout. A field whose type does not
     * load (its assembly is missing) is left out: debug information never fails a build.
     */
    private List<LLVMMetadataRef> fieldMembers(TypeDesc owner, TypeDesc layoutType) {
        List<LLVMMetadataRef> members = new ArrayList<>();
        TypeLayout layout = layoutType.typeSystem().layoutOf(layoutType);
        for (FieldDesc field : owner.fields()) {
            if (field.isStatic()) {
                continue;
            }
            try {
                TypeDesc fieldType = field.fieldType();
                LLVMMetadataRef type = of(fieldType);
                if (type != null) {
                    int bits = fieldType.category().isReference() ? POINTER_BITS : fieldType.typeSystem().layoutOf(fieldType).size() * 8;
                    members.add(member(field.name(), type, layout.offsetOf(field), bits));
                }
            } catch (TypeLoadException e) {
                // left out (see above)
            }
        }
        return members;
    }

    /** A member of the structure being described (the innermost placeholder is its scope). */
    private LLVMMetadataRef member(String name, LLVMMetadataRef type, int byteOffset, long bits) {
        byte[] bytes = utf8(name);
        return LLVMDIBuilderCreateMemberType(builder, describing.peek(), name, bytes.length, null, 0, bits, 0, byteOffset * 8L, 0, type);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

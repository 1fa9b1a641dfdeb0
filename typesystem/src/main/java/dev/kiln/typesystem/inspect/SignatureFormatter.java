package dev.kiln.typesystem.inspect;

import dev.kiln.typesystem.metadata.ElementType;
import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.MethodSig;
import dev.kiln.typesystem.metadata.SigType;
import dev.kiln.typesystem.metadata.SignatureDecoder;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;

/** Prints signatures and type tokens in ILAsm style from metadata alone (no assembly resolution needed). */
public final class SignatureFormatter {
    private final MetadataFile md;
    private final SignatureDecoder decoder;

    public SignatureFormatter(MetadataFile md) {
        this.md = md;
        this.decoder = new SignatureDecoder(md);
    }

    public String typeName(int token) {
        if (token == 0) {
            return "";
        }
        int rid = Tokens.rid(token);
        switch (Tokens.table(token)) {
            case TypeDef: {
                var row = md.typeDef(rid);
                int enclosing = md.enclosingType(rid);
                String name = row.namespace().isEmpty() ? row.name() : row.namespace() + "." + row.name();
                return enclosing == 0 ? name : typeName(Tokens.make(TableId.TypeDef, enclosing)) + "/" + row.name();
            }
            case TypeRef: {
                var row = md.typeRef(rid);
                String name = row.namespace().isEmpty() ? row.name() : row.namespace() + "." + row.name();
                int scope = row.resolutionScopeToken();
                if (scope != 0 && Tokens.table(scope) == TableId.TypeRef) {
                    return typeName(scope) + "/" + row.name();
                }
                if (scope != 0 && Tokens.table(scope) == TableId.AssemblyRef) {
                    return "[" + md.assemblyRef(Tokens.rid(scope)).name() + "]" + name;
                }
                return name;
            }
            case TypeSpec:
                return format(decoder.decodeTypeSpec(md.typeSpec(rid).signature()));
            default:
                return Tokens.format(token);
        }
    }

    public String format(SigType t) {
        if (t instanceof SigType.Primitive p) {
            return primitive(p.type());
        } else if (t instanceof SigType.ClassRef c) {
            return "class " + typeName(c.token());
        } else if (t instanceof SigType.ValueTypeRef v) {
            return "valuetype " + typeName(v.token());
        } else if (t instanceof SigType.SzArray a) {
            return format(a.element()) + "[]";
        } else if (t instanceof SigType.MdArray a) {
            return format(a.element()) + "[" + ",".repeat(a.rank() - 1) + "]";
        } else if (t instanceof SigType.Pointer p) {
            return format(p.target()) + "*";
        } else if (t instanceof SigType.ByRef r) {
            return format(r.target()) + "&";
        } else if (t instanceof SigType.Pinned p) {
            return format(p.type()) + " pinned";
        } else if (t instanceof SigType.Modified m) {
            return format(m.type()) + (m.required() ? " modreq(" : " modopt(") + typeName(m.modifierToken()) + ")";
        } else if (t instanceof SigType.TypeVar v) {
            return "!" + v.index();
        } else if (t instanceof SigType.MethodVar v) {
            return "!!" + v.index();
        } else if (t instanceof SigType.GenericInst g) {
            StringBuilder sb = new StringBuilder(g.valueType() ? "valuetype " : "class ").append(typeName(g.typeToken())).append('<');
            for (int i = 0; i < g.args().size(); i++) {
                sb.append(i > 0 ? "," : "").append(format(g.args().get(i)));
            }
            return sb.append('>').toString();
        } else if (t instanceof SigType.FnPtr f) {
            return "method " + method(f.sig(), "*");
        }
        return "...";
    }

    public String method(MethodSig sig, String name) {
        StringBuilder sb = new StringBuilder();
        if (!sig.hasThis()) {
            sb.append("static ");
        }
        sb.append(format(sig.returnType())).append(' ').append(name);
        if (sig.genericParamCount() > 0) {
            sb.append("<").append(sig.genericParamCount()).append(">");
        }
        sb.append('(');
        for (int i = 0; i < sig.params().size(); i++) {
            sb.append(i > 0 ? ", " : "").append(format(sig.params().get(i)));
        }
        return sb.append(')').toString();
    }

    public String methodSig(int blobIndex, String name) {
        return method(decoder.decodeMethodSig(blobIndex), name);
    }

    public String fieldSig(int blobIndex) {
        return format(decoder.decodeFieldSig(blobIndex));
    }

    /** Name of the method or field a token (MethodDef, MemberRef, MethodSpec, Field) refers to. */
    public String memberName(int token) {
        int rid = Tokens.rid(token);
        switch (Tokens.table(token)) {
            case MethodDef: {
                var m = md.methodDef(rid);
                String owner = typeName(Tokens.make(TableId.TypeDef, md.declaringTypeOfMethod(rid)));
                return methodSig(m.signature(), owner + "::" + m.name());
            }
            case Field: {
                var f = md.field(rid);
                String owner = typeName(Tokens.make(TableId.TypeDef, md.declaringTypeOfField(rid)));
                return fieldSig(f.signature()) + " " + owner + "::" + f.name();
            }
            case MemberRef: {
                var r = md.memberRef(rid);
                String owner = Tokens.table(r.parentToken()) == TableId.MethodDef ? memberName(r.parentToken())
                        : typeName(r.parentToken());
                byte[] sig = md.blobBytes(r.signature());
                if (sig.length > 0 && (sig[0] & 0x0F) == 0x06) {
                    return fieldSig(r.signature()) + " " + owner + "::" + r.name();
                }
                return methodSig(r.signature(), owner + "::" + r.name());
            }
            case MethodSpec: {
                var s = md.methodSpec(rid);
                StringBuilder sb = new StringBuilder(memberName(s.methodToken())).append(" <");
                var args = decoder.decodeMethodSpec(s.instantiation());
                for (int i = 0; i < args.size(); i++) {
                    sb.append(i > 0 ? "," : "").append(format(args.get(i)));
                }
                return sb.append('>').toString();
            }
            default:
                return typeName(token);
        }
    }

    private static String primitive(ElementType e) {
        switch (e) {
            case VOID: return "void";
            case BOOLEAN: return "bool";
            case CHAR: return "char";
            case I1: return "int8";
            case U1: return "uint8";
            case I2: return "int16";
            case U2: return "uint16";
            case I4: return "int32";
            case U4: return "uint32";
            case I8: return "int64";
            case U8: return "uint64";
            case R4: return "float32";
            case R8: return "float64";
            case I: return "native int";
            case U: return "native uint";
            case STRING: return "string";
            case OBJECT: return "object";
            case TYPEDBYREF: return "typedref";
            default: return e.name().toLowerCase();
        }
    }
}

package dev.kiln.compiler.deps;

import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.List;

/** A type's static fields (zero-initialized data scanned by the GC); needs the class constructor if there is one. */
public final class StaticBaseNode extends KilnNode {
    private final TypeDesc type;

    StaticBaseNode(TypeDesc type) {
        this.type = type;
    }

    public TypeDesc type() {
        return type;
    }

    public long size() {
        long size = 0;
        for (FieldDesc f : type.fields()) {
            if (f.isThreadStatic()) {
                size += 4; // its slot: the storage is per thread, allocated at run time
            } else if (f.isStatic() && !f.isLiteral()) {
                size += f.rvaData() != null ? f.rvaData().length : type.typeSystem().layoutOf(f.fieldType()).size();
            }
        }
        return size;
    }

    @Override
    public String kind() {
        return "StaticBase";
    }

    @Override
    public String name() {
        return "statics of " + type.fullName();
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        MethodDesc cctor = type.staticConstructor();
        CodeNode code = cctor == null ? null : factory.methodEntry(cctor);
        return code == null ? List.of() : List.of(new DependencyListEntry<>(code, "class constructor initializes the statics"));
    }
}

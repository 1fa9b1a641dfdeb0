package dev.kiln.typesystem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A generic type definition with type arguments (List`1&lt;int&gt;). Canonical per (definition, arguments). */
public final class InstantiatedType extends TypeDesc {
    private final EcmaType definition;
    private final List<TypeDesc> arguments;
    private final GenericContext context;
    private volatile List<MethodDesc> methods;
    private volatile List<FieldDesc> fields;
    private volatile TypeDesc baseType;
    private volatile boolean baseResolved;
    private final int nesting;

    InstantiatedType(EcmaType definition, List<TypeDesc> arguments) {
        this.definition = definition;
        this.arguments = List.copyOf(arguments);
        this.context = new GenericContext(this.arguments, List.of());
        this.nesting = 1 + TypeSystem.nesting(this.arguments);
    }

    /** How deeply instantiations (and arrays, pointers, byrefs) nest in this type: List`1&lt;int[]&gt; is 2. */
    public int nesting() {
        return nesting;
    }

    public EcmaType definition() {
        return definition;
    }

    public List<TypeDesc> arguments() {
        return arguments;
    }

    public GenericContext context() {
        return context;
    }

    @Override
    public TypeSystem typeSystem() {
        return definition.typeSystem();
    }

    @Override
    public TypeCategory category() {
        TypeCategory c = definition.category();
        return c == TypeCategory.GENERIC_PARAMETER ? TypeCategory.CLASS : c;
    }

    @Override
    public boolean isValueType() {
        return definition.isValueType();
    }

    @Override
    public boolean isInterface() {
        return definition.isInterface();
    }

    @Override
    public boolean isAbstract() {
        return definition.isAbstract();
    }

    @Override
    public boolean isBeforeFieldInit() {
        return definition.isBeforeFieldInit();
    }

    @Override
    public boolean isEnum() {
        return definition.isEnum();
    }

    @Override
    public boolean isSealed() {
        return definition.isSealed();
    }

    @Override
    public String fullName() {
        StringBuilder sb = new StringBuilder(definition.fullName()).append('<');
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(arguments.get(i).fullName());
        }
        return sb.append('>').toString();
    }

    @Override
    public TypeDesc baseType() {
        if (!baseResolved) {
            synchronized (this) {
                TypeDesc b = definition.baseType();
                baseType = b == null ? null : b.substitute(context);
                baseResolved = true;
            }
        }
        return baseType;
    }

    @Override
    public TypeDesc substitute(GenericContext outer) {
        List<TypeDesc> args = new ArrayList<>(arguments.size());
        boolean changed = false;
        for (TypeDesc a : arguments) {
            TypeDesc s = a.substitute(outer);
            changed |= s != a;
            args.add(s);
        }
        return changed ? typeSystem().instantiate(definition, args) : this;
    }

    @Override
    public boolean containsGenericParameters() {
        for (TypeDesc a : arguments) {
            if (a.containsGenericParameters()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<MethodDesc> methods() {
        List<MethodDesc> m = methods;
        if (m == null) {
            synchronized (this) {
                if (methods == null) {
                    List<MethodDesc> list = new ArrayList<>();
                    for (MethodDesc def : definition.methods()) {
                        list.add(new MethodOnInstantiatedType(this, (EcmaMethod) def));
                    }
                    methods = Collections.unmodifiableList(list);
                }
                m = methods;
            }
        }
        return m;
    }

    @Override
    public List<FieldDesc> fields() {
        List<FieldDesc> f = fields;
        if (f == null) {
            synchronized (this) {
                if (fields == null) {
                    List<FieldDesc> list = new ArrayList<>();
                    for (FieldDesc def : definition.fields()) {
                        list.add(new FieldOnInstantiatedType(this, (EcmaField) def));
                    }
                    fields = Collections.unmodifiableList(list);
                }
                f = fields;
            }
        }
        return f;
    }

    /** The member of this instantiation that corresponds to a method of the definition. */
    public MethodDesc methodFor(MethodDesc definitionMethod) {
        int i = definition.methods().indexOf(definitionMethod);
        if (i < 0) {
            throw new IllegalArgumentException(definitionMethod + " is not declared by " + definition);
        }
        return methods().get(i);
    }

    public FieldDesc fieldFor(FieldDesc definitionField) {
        int i = definition.fields().indexOf(definitionField);
        if (i < 0) {
            throw new IllegalArgumentException(definitionField + " is not declared by " + definition);
        }
        return fields().get(i);
    }
}

package dev.kiln.compiler.deps;

import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.PropertiesAndEvents;
import dev.kiln.typesystem.ReflectableMembers;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of one name that C# dynamic call sites may bind (the name a GetMember/SetMember/InvokeMember site
 * passes to Microsoft.CSharp.RuntimeBinder.Binder as a constant, an operator's op_ method, the awaiter pattern's
 * members): the runtime binder finds them by reflection on whatever type reaches the site. The rule is bounded by
 * name and by the types that exist ({@link DynamicBindingNode}): each type the program constructs or names with
 * typeof keeps its members of this name and its bases' (methods, fields, properties' and events' accessors) —
 * compiled and described, each edge naming the type.
 */
public final class DynamicMemberNode extends DynamicBindingNode {
    private final String memberName;

    DynamicMemberNode(String memberName) {
        this.memberName = memberName;
    }

    @Override
    public String kind() {
        return "DynamicMember";
    }

    @Override
    public String name() {
        return "members named " + memberName + " bound by dynamic call sites";
    }

    @Override
    List<DependencyListEntry<NodeFactory>> membersOf(NodeFactory factory, TypeDesc type) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        for (TypeDesc t = type; t != null && ReflectionMetadataNode.describable(t); t = t.baseType()) {
            String reason = "a dynamic call site binds '" + memberName + "', a member of " + t.fullName()
                    + (t == type ? "" : " (a base of " + type.fullName() + ")");
            for (MethodDesc m : ReflectableMembers.methods(t)) {
                if (m.name().equals(memberName) && !m.isGenericMethodDefinition()) {
                    deps.addAll(ReflectedMembers.method(factory, m, reason));
                }
            }
            List<PropertiesAndEvents.Member> members = new ArrayList<>(PropertiesAndEvents.properties(t));
            members.addAll(PropertiesAndEvents.events(t));
            for (PropertiesAndEvents.Member p : members) {
                if (p.name().equals(memberName)) {
                    if (p.first() != null) {
                        deps.addAll(ReflectedMembers.method(factory, p.first(), reason));
                    }
                    if (p.second() != null) {
                        deps.addAll(ReflectedMembers.method(factory, p.second(), reason));
                    }
                }
            }
            for (FieldDesc f : ReflectableMembers.fields(t)) {
                if (f.name().equals(memberName)) {
                    deps.addAll(ReflectedMembers.field(factory, f, reason));
                }
            }
        }
        return deps;
    }
}

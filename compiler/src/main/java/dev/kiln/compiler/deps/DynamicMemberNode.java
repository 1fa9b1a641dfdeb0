package dev.kiln.compiler.deps;

import dev.kiln.depgraph.CombinedDependencyListEntry;
import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.depgraph.DependencyNode;
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
 * members): the runtime binder finds them by reflection on whatever type reaches the site. Which types may reach it
 * is not known, so the rule is bounded by name and by the types that exist: each type the program constructs or names
 * with typeof (a static call's receiver), paired with this node as the engine marks it, keeps its members of this
 * name and its bases' (methods, fields, properties' and events' accessors) — compiled and described, each edge naming
 * the type.
 */
public final class DynamicMemberNode extends KilnNode {
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
    public boolean hasDynamicDependencies() {
        return true;
    }

    @Override
    public List<CombinedDependencyListEntry<NodeFactory>> searchDynamicDependencies(List<DependencyNode<NodeFactory>> marked,
                                                                                     int firstNew, NodeFactory factory) {
        List<CombinedDependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        for (int i = firstNew; i < marked.size(); i++) {
            TypeDesc type = marked.get(i) instanceof ConstructedTypeNode c ? c.type()
                    : marked.get(i) instanceof ReflectableTypeNode r ? r.type() : null;
            if (type != null) {
                for (DependencyListEntry<NodeFactory> e : membersOf(factory, type)) {
                    deps.add(new CombinedDependencyListEntry<>(e.node(), null, e.reason()));
                }
            }
        }
        return deps;
    }

    private List<DependencyListEntry<NodeFactory>> membersOf(NodeFactory factory, TypeDesc type) {
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

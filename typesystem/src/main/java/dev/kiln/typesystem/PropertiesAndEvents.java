package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * A type's properties and events (ECMA-335 II.22.34 Property, II.22.13 Event, reached through PropertyMap/EventMap,
 * with their accessors from MethodSemantics), in declaration order. For an instantiation the accessors are the
 * instantiation's methods. Reflection is the only reader: code never names a property, only its accessors.
 */
public final class PropertiesAndEvents {
    /**
     * A property (first, second: getter and setter) or an event (add and remove); missing accessors are null. The
     * token is the Property or Event row's (its custom attributes), flags its PropertyAttributes or EventAttributes.
     */
    public record Member(String name, MethodDesc first, MethodDesc second, int token, int flags) {
    }

    private static final int SETTER = 0x1, GETTER = 0x2, ADD_ON = 0x8, REMOVE_ON = 0x10;

    private PropertiesAndEvents() {
    }

    public static List<Member> properties(TypeDesc type) {
        return members(type, TableId.PropertyMap, TableId.Property, GETTER, SETTER);
    }

    public static List<Member> events(TypeDesc type) {
        return members(type, TableId.EventMap, TableId.Event, ADD_ON, REMOVE_ON);
    }

    private static List<Member> members(TypeDesc type, TableId mapTable, TableId memberTable, int firstSemantics,
                                        int secondSemantics) {
        EcmaType definition = type instanceof InstantiatedType it ? it.definition() : type instanceof EcmaType e ? e : null;
        List<Member> list = new ArrayList<>();
        if (definition == null) {
            return list;
        }
        MetadataFile md = definition.module().metadata();
        int maps = md.rowCount(mapTable);
        for (int map = 1; map <= maps; map++) {
            if (Tokens.rid(md.column(mapTable, map, 0)) != definition.rid()) {
                continue;
            }
            int start = Tokens.rid(md.column(mapTable, map, 1));
            int end = map < maps ? Tokens.rid(md.column(mapTable, map + 1, 1)) : md.rowCount(memberTable) + 1;
            for (int rid = start; rid < end; rid++) {
                String name = md.string(md.column(memberTable, rid, 1));
                int token = Tokens.make(memberTable, rid);
                list.add(new Member(name, accessor(type, definition, md, token, firstSemantics),
                        accessor(type, definition, md, token, secondSemantics), token, md.column(memberTable, rid, 0)));
            }
        }
        return list;
    }

    /** The accessor of the property or event token with the given semantics, as a method of type. */
    private static MethodDesc accessor(TypeDesc type, EcmaType definition, MetadataFile md, int token, int semantics) {
        int rows = md.rowCount(TableId.MethodSemantics);
        for (int rid = 1; rid <= rows; rid++) {
            if (md.column(TableId.MethodSemantics, rid, 2) != token || (md.column(TableId.MethodSemantics, rid, 0) & semantics) == 0) {
                continue;
            }
            int method = md.column(TableId.MethodSemantics, rid, 1);
            List<MethodDesc> definitionMethods = definition.methods();
            for (int i = 0; i < definitionMethods.size(); i++) {
                if (((EcmaMethod) definitionMethods.get(i)).token() == method) {
                    return type.methods().get(i);
                }
            }
        }
        return null;
    }
}

package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The custom attributes reflection sees on a type and its members, each with the member that carries it (an owner
 * code kiln.h KReflectionAttribute documents: the kind in bits 28-31, the member's index in the type's reflection
 * lists in bits 8-27, a parameter's sequence number, 0 for the return value, in bits 0-7). Members are those of
 * {@link ReflectableMembers}, {@link TypeDesc#fields()} and {@link PropertiesAndEvents}, in their order; attributes
 * come in metadata order (that of the source, as .NET returns them). An attribute whose constructor or arguments
 * cannot be resolved (an assembly that is not available) is left out.
 */
public final class AttributeSites {
    /** GENERIC_PARAMETER: index 0 for a definition's own type parameters, 1 + the method's index for a method's. */
    public static final int TYPE = 0, METHOD = 1, FIELD = 2, PROPERTY = 3, EVENT = 4, PARAMETER = 5, GENERIC_PARAMETER = 6;

    /** One attribute: the member carrying it (owner code) and its arguments. */
    public record Site(int owner, CustomAttributeTranscoder.Transcoded attribute) {
    }

    private AttributeSites() {
    }

    public static int owner(int kind, int index, int parameter) {
        return kind << 28 | index << 8 | parameter;
    }

    public static List<Site> of(TypeDesc type) {
        EcmaType definition = type instanceof InstantiatedType it ? it.definition() : type instanceof EcmaType e ? e : null;
        List<Site> sites = new ArrayList<>();
        if (definition == null) {
            return sites;
        }
        EcmaModule module = definition.module();
        CustomAttributeTranscoder transcoder = new CustomAttributeTranscoder(module);
        add(sites, transcoder, module, definition.token(), owner(TYPE, 0, 0));
        if (type == definition) {
            addGenericParameters(sites, transcoder, module, definition.token(), 0);
        }
        List<MethodDesc> methods = ReflectableMembers.methods(type);
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i).typicalDefinition() instanceof EcmaMethod m && m.module() == module) {
                add(sites, transcoder, module, m.token(), owner(METHOD, i, 0));
                addParameters(sites, transcoder, module, m, i);
                if (methods.get(i).isGenericMethodDefinition()) {
                    addGenericParameters(sites, transcoder, module, m.token(), i + 1);
                }
            }
        }
        List<FieldDesc> fields = ReflectableMembers.fields(type);
        for (int i = 0; i < fields.size(); i++) {
            FieldDesc f = fields.get(i) instanceof FieldOnInstantiatedType fo ? fo.definition() : fields.get(i);
            if (f instanceof EcmaField ef) {
                add(sites, transcoder, module, Tokens.make(TableId.Field, ef.rid()), owner(FIELD, i, 0));
            }
        }
        List<PropertiesAndEvents.Member> properties = PropertiesAndEvents.properties(type);
        for (int i = 0; i < properties.size(); i++) {
            add(sites, transcoder, module, properties.get(i).token(), owner(PROPERTY, i, 0));
        }
        List<PropertiesAndEvents.Member> events = PropertiesAndEvents.events(type);
        for (int i = 0; i < events.size(); i++) {
            add(sites, transcoder, module, events.get(i).token(), owner(EVENT, i, 0));
        }
        return sites;
    }

    /** The attributes of the module's assembly (the Assembly row's), owner 0. */
    public static List<Site> ofAssembly(EcmaModule module) {
        List<Site> sites = new ArrayList<>();
        if (module.metadata().rowCount(TableId.Assembly) > 0) {
            add(sites, new CustomAttributeTranscoder(module), module, Tokens.make(TableId.Assembly, 1), 0);
        }
        return sites;
    }

    private static void addParameters(List<Site> sites, CustomAttributeTranscoder transcoder, EcmaModule module, EcmaMethod m, int index) {
        MetadataFile md = module.metadata();
        var row = md.methodDef(Tokens.rid(m.token()));
        for (int list = row.firstParam(); list < row.endParam(); list++) {
            int rid = md.paramRidAt(list);
            int sequence = md.param(rid).sequence();
            if (sequence <= 0xFF) {
                add(sites, transcoder, module, Tokens.make(TableId.Param, rid), owner(PARAMETER, index, sequence));
            }
        }
    }

    /** The attributes of the generic parameters the owner token declares (GenericParam rows), by position. */
    private static void addGenericParameters(List<Site> sites, CustomAttributeTranscoder transcoder, EcmaModule module, int ownerToken, int index) {
        MetadataFile md = module.metadata();
        for (int rid : md.genericParams(ownerToken)) {
            int number = md.genericParam(rid).number();
            if (number <= 0xFF) {
                add(sites, transcoder, module, Tokens.make(TableId.GenericParam, rid), owner(GENERIC_PARAMETER, index, number));
            }
        }
    }

    private static void add(List<Site> sites, CustomAttributeTranscoder transcoder, EcmaModule module, int token, int owner) {
        for (int rid : module.metadata().customAttributes(token)) {
            try {
                CustomAttributeTranscoder.Transcoded attribute = transcoder.transcode(rid);
                if (argumentTypesLoad(attribute)) {
                    sites.add(new Site(owner, attribute));
                }
            } catch (TypeLoadException | dev.kiln.typesystem.metadata.BadImageFormatException e) {
                // not resolvable here: reflection cannot construct it either
            }
        }
    }

    /**
     * Whether every type a typeof argument names loads: mcs's [AsyncStateMachine(typeof(...))] names a state machine
     * whose fields may be of types the assemblies lack (dynamic call sites), which has no descriptor to point to;
     * .NET would throw TypeLoadException building that attribute.
     */
    private static boolean argumentTypesLoad(CustomAttributeTranscoder.Transcoded attribute) {
        for (TypeDesc t : attribute.types()) {
            if (!ReflectableMembers.loads(t)) {
                return false;
            }
        }
        return true;
    }
}

package dev.kiln.il;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.MethodIL;
import dev.kiln.typesystem.metadata.Instruction;
import java.util.List;
import java.util.Map;

/**
 * A method's IL as compiled in one mode (an ordinary body when mode is null, a runtime-async variant or an async
 * version), decoded once: typed instructions and, for the async modes, the await sites by instruction index. The
 * dependency scanner makes it and the code generator compiles the same object.
 */
public record ImportedBody(MethodDesc method, AwaitSites.Mode mode, MethodIL il, List<Instruction> code,
                           Map<Integer, AwaitSites.Site> awaitSites) {
}

package dev.kiln.typesystem.symbols;

import java.util.List;
import java.util.Map;

/** What a symbol file says about one method: its sequence points in IL order and its locals' names by slot. */
public record MethodSymbols(List<SequencePoint> sequencePoints, Map<Integer, String> localNames) {
    public MethodSymbols {
        sequencePoints = List.copyOf(sequencePoints);
        localNames = Map.copyOf(localNames);
    }

    /** The visible sequence point covering ilOffset: the last visible one at or before it, or null. */
    public SequencePoint at(int ilOffset) {
        SequencePoint found = null;
        for (SequencePoint p : sequencePoints) {
            if (p.ilOffset() > ilOffset) {
                break;
            }
            found = p.hidden() ? found : p;
        }
        return found;
    }

    /** The first visible sequence point (where a debugger puts the method's opening line), or null. */
    public SequencePoint first() {
        for (SequencePoint p : sequencePoints) {
            if (!p.hidden()) {
                return p;
            }
        }
        return null;
    }
}

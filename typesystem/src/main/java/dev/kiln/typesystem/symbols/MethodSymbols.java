package dev.kiln.typesystem.symbols;

import java.util.List;
import java.util.Map;

/** What a symbol file says about one method: its sequence points in IL order and its locals' names by slot. */
public record MethodSymbols(List<SequencePoint> sequencePoints, Map<Integer, String> localNames) {
    public MethodSymbols {
        sequencePoints = List.copyOf(sequencePoints);
        localNames = Map.copyOf(localNames);
    }

    /**
     * The visible sequence point covering ilOffset: the last visible one at or before it, or null. Called for every
     * IL instruction compiled: a binary search, then back over hidden points.
     */
    public SequencePoint at(int ilOffset) {
        int lo = 0, hi = sequencePoints.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sequencePoints.get(mid).ilOffset() <= ilOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo - 1; i >= 0; i--) {
            if (!sequencePoints.get(i).hidden()) {
                return sequencePoints.get(i);
            }
        }
        return null;
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

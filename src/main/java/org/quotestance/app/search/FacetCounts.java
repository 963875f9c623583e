package org.quotestance.app.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts of one search by dimension. Months ("2025-02") come in calendar order, the other
 * dimensions most frequent first. Empty when the search did not ask for facets.
 */
public record FacetCounts(Map<String, List<FacetCount>> byDimension) {
    public static final String SPEAKER = "speaker";
    public static final String STANCE = "stance";
    public static final String OUTLET = "outlet";
    public static final String KIND = "kind";
    public static final String STATUS = "status";
    public static final String MONTH = "month";
    public static final List<String> DIMENSIONS = List.of(SPEAKER, STANCE, OUTLET, KIND, STATUS, MONTH);
    public static final FacetCounts NONE = new FacetCounts(Map.of());

    public FacetCounts {
        byDimension = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byDimension));
    }

    public List<FacetCount> get(String dimension) {
        return byDimension.getOrDefault(dimension, List.of());
    }

    /** The count of one value (by value or label, ignoring case), 0 when absent. */
    public int count(String dimension, String valueOrLabel) {
        return get(dimension).stream()
                .filter(f -> f.value().equalsIgnoreCase(valueOrLabel) || f.label().equalsIgnoreCase(valueOrLabel))
                .mapToInt(FacetCount::count).findFirst().orElse(0);
    }

    public boolean isEmpty() {
        return byDimension.isEmpty();
    }
}

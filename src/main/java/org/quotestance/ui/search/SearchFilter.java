package org.quotestance.ui.search;

import org.quotestance.app.search.FacetCounts;

/**
 * A facet value the analyst clicked, shown as a removable chip and added to the query.
 *
 * @param dimension one of {@link FacetCounts#DIMENSIONS}
 * @param value     what goes after the field name in the query
 * @param label     what the chip shows
 */
public record SearchFilter(String dimension, String value, String label) {
    /** The query field of a facet dimension: months filter the published date. */
    public String field() {
        return FacetCounts.MONTH.equals(dimension) ? "published" : dimension;
    }

    /** The value as the query language reads it: quoted unless it is a month. */
    String queryValue() {
        String v = value.replace("\"", "");
        return FacetCounts.MONTH.equals(dimension) ? v : "\"" + v + "\"";
    }

    /** "Speaker: Ana Sorel". */
    public String chipText() {
        return Character.toUpperCase(dimension.charAt(0)) + dimension.substring(1) + ": " + label;
    }
}

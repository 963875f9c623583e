package org.quotestance.index;

/**
 * One value of a facet dimension with its count for the current query.
 *
 * @param value what to put after the field name to narrow the search (a stance id, a month...)
 * @param label what to show (the stance's name; otherwise the value itself)
 */
public record FacetValue(String value, String label, int count) {
}

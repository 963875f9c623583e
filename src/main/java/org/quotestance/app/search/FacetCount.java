package org.quotestance.app.search;

/**
 * One facet value and how many matching quotes have it.
 *
 * @param value what narrows the search when put after the field name ({@code stance:<value>})
 * @param label what to show (a stance's name; otherwise the value)
 */
public record FacetCount(String value, String label, int count) {
}

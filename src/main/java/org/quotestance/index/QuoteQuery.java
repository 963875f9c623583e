package org.quotestance.index;

/**
 * One search: query text in the {@link QueryLanguage}, order, page and whether to count facets.
 *
 * @param facetLimit how many values to return per facet dimension (months are always all returned)
 */
public record QuoteQuery(String text, Order order, int offset, int limit, boolean facets, int facetLimit) {
    public enum Order { RELEVANCE, DATE }

    public QuoteQuery {
        text = text == null ? "" : text;
        order = order == null ? Order.RELEVANCE : order;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        facetLimit = facetLimit <= 0 ? 20 : facetLimit;
    }

    public static QuoteQuery of(String text) {
        return new QuoteQuery(text, Order.RELEVANCE, 0, 20, true, 20);
    }
}

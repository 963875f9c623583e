package org.quotestance.app.exchange;

/**
 * Turns a search query into the quotes it finds, so an export can cover a search result. The
 * project's search use case provides it; without one, query scopes are refused.
 */
@FunctionalInterface
public interface QueryResolver {
    ExportScope.Quotes resolve(String query);
}

package org.quotestance.cli;

import org.quotestance.app.ProjectSession;
import org.quotestance.app.exchange.QueryResolver;

/** Where the command line gets search for {@code export --query}; null until search is wired in. */
final class SearchQueries {
    private SearchQueries() {
    }

    static QueryResolver resolver(ProjectSession session) {
        return null;
    }
}

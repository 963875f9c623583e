package org.quotestance.cli;

import org.quotestance.app.ProjectSession;
import org.quotestance.app.exchange.QueryResolver;
import org.quotestance.app.exchange.SearchQueryResolver;

/** Where the command line gets search for {@code export --query}: the project's own search. */
final class SearchQueries {
    private SearchQueries() {
    }

    static QueryResolver resolver(ProjectSession session) {
        return new SearchQueryResolver(session);
    }
}

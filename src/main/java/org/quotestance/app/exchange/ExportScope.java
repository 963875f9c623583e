package org.quotestance.app.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which part of a project an export covers. */
public sealed interface ExportScope {
    /** Every article with every quote. */
    record WholeProject() implements ExportScope {
    }

    /** These articles (in this order) with every quote. */
    record Articles(List<String> ids) implements ExportScope {
        public Articles {
            ids = List.copyOf(ids);
        }
    }

    /** A search result: only these quotes, grouped by article id, in result order. */
    record Quotes(Map<String, Set<String>> quoteIdsByArticle) implements ExportScope {
        public Quotes {
            quoteIdsByArticle = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(quoteIdsByArticle));
        }
    }

    /** The quotes a search query finds; resolved through a {@link QueryResolver}. */
    record Query(String query) implements ExportScope {
    }

    static ExportScope wholeProject() {
        return new WholeProject();
    }
}

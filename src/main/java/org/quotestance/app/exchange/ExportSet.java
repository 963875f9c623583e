package org.quotestance.app.exchange;

import org.quotestance.app.Cancellation;
import org.quotestance.app.ProgressListener;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.Version;
import org.quotestance.exchange.AnnotatedSet;
import org.quotestance.exchange.ExchangeFormat;
import org.quotestance.exchange.ExportOptions;
import org.quotestance.model.Article;
import org.quotestance.model.Quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The export use case: selects the annotated set (whole project, chosen articles, a search result),
 * reads it, and writes it in one format to a file that appears atomically, with progress and
 * cancellation. Blocks: run it through the task executor.
 */
public final class ExportSet {
    private final ProjectSession session;
    private final QueryResolver queries;

    /** @param queries resolves search queries; null when search is not available */
    public ExportSet(ProjectSession session, QueryResolver queries) {
        this.session = session;
        this.queries = queries;
    }

    public ExportResult export(ExportScope scope, ExchangeFormat format, ExportOptions options, Path out,
                               ProgressListener progress, Cancellation cancellation) throws IOException {
        AnnotatedSet set = select(scope, progress, cancellation);
        try (AtomicOutputFile file = new AtomicOutputFile(out)) {
            format.exporter("QuoteStance " + Version.get()).write(set, file.stream(), options, (done, total) -> {
                cancellation.throwIfCancelled();
                progress.progress(done, total, "Writing " + format.label());
            });
            file.commit();
        }
        int quotes = format == ExchangeFormat.BUNDLE ? set.quoteCount()
                : (int) set.articles().stream().flatMap(a -> a.quotes().stream()).filter(options::includes).count();
        return new ExportResult(out, set.articles().size(), quotes);
    }

    /** Reads the articles of a scope; unknown article ids are an error, not a silent gap. */
    public AnnotatedSet select(ExportScope scope, ProgressListener progress, Cancellation cancellation) {
        ExportScope resolved = scope;
        if (scope instanceof ExportScope.Query q) {
            if (queries == null) {
                throw new IllegalStateException("search is not available, so --query cannot select quotes");
            }
            resolved = queries.resolve(q.query());
        }
        List<String> ids;
        Map<String, Set<String>> onlyQuotes = null;
        if (resolved instanceof ExportScope.Articles a) {
            ids = a.ids();
        } else if (resolved instanceof ExportScope.Quotes q) {
            ids = List.copyOf(q.quoteIdsByArticle().keySet());
            onlyQuotes = q.quoteIdsByArticle();
        } else {
            ids = session.store().articleIds();
        }
        List<Article> articles = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            cancellation.throwIfCancelled();
            String id = ids.get(i);
            Optional<Article> a = session.article(id);
            if (a.isEmpty()) {
                throw new IllegalArgumentException("no article with id " + id + " in " + session.dir());
            }
            Article article = a.get();
            if (onlyQuotes != null) {
                Set<String> keep = onlyQuotes.get(id);
                List<Quote> kept = article.quotes().stream().filter(x -> keep.contains(x.id())).toList();
                article = article.withQuotes(kept);
            }
            articles.add(article);
            progress.progress(i + 1, ids.size(), "Reading articles");
        }
        return new AnnotatedSet(session.info(), session.speakers(), articles);
    }
}

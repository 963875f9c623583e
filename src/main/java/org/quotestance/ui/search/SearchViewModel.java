package org.quotestance.ui.search;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.TaskExecutor;
import org.quotestance.app.search.FacetCount;
import org.quotestance.app.search.FacetCounts;
import org.quotestance.app.search.Hit;
import org.quotestance.app.search.InvalidQueryException;
import org.quotestance.app.search.SearchRequest;
import org.quotestance.app.search.SearchResults;
import org.quotestance.app.search.SortOrder;
import org.quotestance.model.Speaker;
import org.quotestance.model.Stance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * The search pane's state and actions, without JavaFX controls (tested without a toolkit).
 * <p>The query text plus the clicked facet filters make the query; {@link #search()} runs it on
 * the {@link TaskExecutor} and puts the first page of hits, the total and the facet counts here.
 * Every search takes a sequence number; an answer that arrives after a newer search started is
 * dropped, so slow answers never overwrite fresh ones. The view debounces typing and calls
 * {@link #search()}; filter and sort changes search at once.
 */
public final class SearchViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);
    /** Hits fetched per page; the table asks for the next page when its last row shows. */
    public static final int PAGE = 100;

    /** How the view model searches; the session in the app, anything in tests. */
    @FunctionalInterface
    public interface Searcher {
        SearchResults search(SearchRequest request);
    }

    private final Searcher searcher;
    private final ProjectSession session;
    private final TaskExecutor executor;
    private final Executor uiThread;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(SortOrder.RELEVANCE);
    private final ObservableList<SearchFilter> filters = FXCollections.observableArrayList();
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    // Kept: an unmodifiable view listens weakly to its list, so a fresh one per call could be collected.
    private final ObservableList<SearchFilter> filtersView = FXCollections.unmodifiableObservableList(filters);
    private final ObservableList<Hit> hitsView = FXCollections.unmodifiableObservableList(hits);
    private final ObjectProperty<FacetCounts> facets = new SimpleObjectProperty<>(FacetCounts.NONE);
    private final LongProperty total = new SimpleLongProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty placeholder = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();

    private BiConsumer<String, String> onOpenHit = (articleId, quoteId) -> { };
    private int sequence;
    private boolean loadingMore;
    private SearchRequest lastRequest;
    private volatile QueryCompletion completion = new QueryCompletion(Map.of());

    /** For the desktop: searches through the session, results on the JavaFX application thread. */
    public SearchViewModel(ProjectSession session, TaskExecutor executor) {
        this(session, executor, Platform::runLater);
    }

    public SearchViewModel(ProjectSession session, TaskExecutor executor, Executor uiThread) {
        this(session::search, session, executor, uiThread);
    }

    /** @param session for completion names (codebook, speaker registry); may be null */
    public SearchViewModel(Searcher searcher, ProjectSession session, TaskExecutor executor, Executor uiThread) {
        this.searcher = searcher;
        this.session = session;
        this.executor = executor;
        this.uiThread = uiThread;
        sort.addListener((o, a, b) -> search());
    }

    // ---- properties -------------------------------------------------------------------------

    /** The text in the query field (without the facet filters). */
    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<SortOrder> sortProperty() {
        return sort;
    }

    /** Clicked facet values, ANDed with the query (values of one dimension ORed). */
    public ObservableList<SearchFilter> filters() {
        return filtersView;
    }

    /** The hits loaded so far (pages are appended by {@link #loadMore()}). */
    public ObservableList<Hit> hits() {
        return hitsView;
    }

    public ReadOnlyObjectProperty<FacetCounts> facetsProperty() {
        return facets;
    }

    /** How many quotes match (all pages). */
    public ReadOnlyLongProperty totalProperty() {
        return total;
    }

    /** The one-line message of a malformed query, empty when the query is fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** What the empty table says: "Type to search 1,204 quotes", "No quotes match". */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder;
    }

    /** "Showing 100 of 1,204 quotes" for the status line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore;
    }

    /** Called with (article id, quote id) when the analyst opens a hit; the window scrolls the article to it. */
    public void setOnOpenHit(BiConsumer<String, String> onOpenHit) {
        this.onOpenHit = onOpenHit == null ? (a, q) -> { } : onOpenHit;
    }

    // ---- actions ----------------------------------------------------------------------------

    /** The query the index gets: the typed text in parentheses, then one clause per filter dimension. */
    public String effectiveQuery() {
        String text = query.get() == null ? "" : query.get().strip();
        List<String> clauses = filterClauses();
        if (clauses.isEmpty()) {
            return text;
        }
        return (text.isEmpty() ? "" : "(" + text + ") ") + String.join(" ", clauses);
    }

    private List<String> filterClauses() {
        Map<String, List<SearchFilter>> byField = new LinkedHashMap<>();
        filters.forEach(f -> byField.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(f));
        List<String> out = new ArrayList<>();
        byField.forEach((field, fs) -> out.add(fs.size() == 1 ? field + ":" + fs.get(0).queryValue()
                : field + ":(" + String.join(" OR ", fs.stream().map(SearchFilter::queryValue).toList()) + ")"));
        return out;
    }

    /** Runs the query (first page, facets) off the UI thread; a newer search makes this one's answer moot. */
    public CompletableFuture<Void> search() {
        int seq = ++sequence;
        String text = query.get() == null ? "" : query.get().strip();
        boolean browsing = text.isEmpty() && filters.isEmpty();
        // Nothing typed: count everything (for "Type to search N quotes" and the facets), list nothing.
        SearchRequest request = new SearchRequest(effectiveQuery(), sort.get(), 0, browsing ? 0 : PAGE, true);
        searching.set(true);
        loadingMore = false;
        CompletableFuture<Void> done = new CompletableFuture<>();
        executor.submit(() -> {
            SearchResults r;
            try {
                r = searcher.search(request);
            } catch (InvalidQueryException e) {
                throw textError(e, text, request);
            }
            if (browsing) {
                refreshCompletion(r.facets());
            }
            return r;
        }).whenComplete((r, failure) -> uiThread.execute(() -> {
            try {
                if (seq != sequence) {
                    return; // a newer search is under way; its answer is the one to show
                }
                searching.set(false);
                if (failure != null) {
                    showFailure(failure);
                    return;
                }
                error.set("");
                lastRequest = request;
                facets.set(r.facets());
                total.set(r.total());
                hits.setAll(r.hits());
                hasMore.set(r.hasMore());
                String n = NumberFormat.getIntegerInstance(Locale.ROOT).format(r.total());
                if (browsing) {
                    placeholder.set(r.total() == 0 ? "No quotes in this project yet"
                            : "Type to search " + n + (r.total() == 1 ? " quote" : " quotes"));
                    summary.set(n + (r.total() == 1 ? " quote" : " quotes") + " in the project");
                } else {
                    placeholder.set("No quotes match");
                    updateSummary();
                }
            } finally {
                done.complete(null);
            }
        }));
        return done;
    }

    /** Fetches the next page and appends it; ignored while one is loading or when all are shown. */
    public CompletableFuture<Void> loadMore() {
        if (loadingMore || !hasMore.get() || lastRequest == null || lastRequest.limit() == 0) {
            return CompletableFuture.completedFuture(null);
        }
        loadingMore = true;
        int seq = sequence;
        SearchRequest next = lastRequest.page(hits.size(), PAGE).withFacets(false);
        CompletableFuture<Void> done = new CompletableFuture<>();
        executor.submit(() -> searcher.search(next)).whenComplete((r, failure) -> uiThread.execute(() -> {
            try {
                if (seq != sequence) {
                    return;
                }
                loadingMore = false;
                if (failure != null) {
                    showFailure(failure);
                    return;
                }
                hits.addAll(r.hits());
                hasMore.set(r.hasMore());
                updateSummary();
            } finally {
                done.complete(null);
            }
        }));
        return done;
    }

    private void updateSummary() {
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.ROOT);
        long t = total.get();
        summary.set(t == 0 ? "No quotes match"
                : hits.size() < t ? "Showing " + nf.format(hits.size()) + " of " + nf.format(t) + " quotes"
                : nf.format(t) + (t == 1 ? " quote" : " quotes"));
    }

    /**
     * The index reports the error in the combined query (typed text plus filters); the analyst
     * sees only the typed text, so ask again with the text alone for a message whose column fits.
     */
    private InvalidQueryException textError(InvalidQueryException e, String text, SearchRequest request) {
        if (text.equals(request.query())) {
            return e;
        }
        try {
            searcher.search(new SearchRequest(text, request.sort(), 0, 0, false));
            return e;
        } catch (InvalidQueryException own) {
            return own;
        }
    }

    private void showFailure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof InvalidQueryException e) {
            error.set(e.getMessage());
        } else {
            LOG.warn("Search failed", cause);
            error.set("The search failed: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
        }
    }

    /** Adds a facet value as a filter (once) and searches. */
    public CompletableFuture<Void> addFilter(String dimension, FacetCount value) {
        SearchFilter f = new SearchFilter(dimension, value.value(), value.label());
        if (filters.stream().noneMatch(x -> x.dimension().equals(dimension) && x.value().equals(value.value()))) {
            filters.add(f);
        }
        return search();
    }

    public CompletableFuture<Void> removeFilter(SearchFilter filter) {
        filters.remove(filter);
        return search();
    }

    public CompletableFuture<Void> clearFilters() {
        filters.clear();
        return search();
    }

    /** Opens a hit: tells the window which article and quote to show. */
    public void open(Hit hit) {
        if (hit != null) {
            onOpenHit.accept(hit.articleId(), hit.quoteId());
        }
    }

    // ---- completion -------------------------------------------------------------------------

    public List<QueryCompletion.Suggestion> suggestions(String text, int caret) {
        return completion.suggest(text, caret);
    }

    /** Names for completion: the codebook's stances, the registry's speakers, and what the facets of all quotes show. */
    private void refreshCompletion(FacetCounts all) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> speakers = new LinkedHashSet<>();
        all.get(FacetCounts.SPEAKER).forEach(f -> speakers.add(f.label()));
        Set<String> stances = new LinkedHashSet<>();
        if (session != null) {
            session.speakers().speakers().stream().map(Speaker::name).forEach(speakers::add);
            session.info().codebook().allStances().stream().map(Stance::name).forEach(stances::add);
        }
        all.get(FacetCounts.STANCE).forEach(f -> stances.add(f.label()));
        values.put("speaker", List.copyOf(speakers));
        values.put("stance", List.copyOf(stances));
        values.put("outlet", all.get(FacetCounts.OUTLET).stream().map(FacetCount::label).toList());
        values.put("kind", List.of("direct", "partial", "indirect", "headline"));
        values.put("status", List.of("suggested", "accepted", "rejected"));
        completion = new QueryCompletion(values);
    }
}

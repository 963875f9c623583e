package org.quotestance.ui.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.app.ProjectSession;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.app.TaskExecutor;
import org.quotestance.app.search.FacetCount;
import org.quotestance.app.search.FacetCounts;
import org.quotestance.app.search.Hit;
import org.quotestance.app.search.SearchRequest;
import org.quotestance.app.search.SearchResults;
import org.quotestance.app.search.SortOrder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The view model over a real project index; same-thread executor, no toolkit. */
class SearchViewModelTest {
    @TempDir
    Path tmp;
    private ProjectSession session;
    private SearchViewModel vm;

    @BeforeEach
    void open() {
        session = SearchFixtures.project(tmp);
        vm = new SearchViewModel(session, new SameThreadTaskExecutor(), Runnable::run);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void anEmptyQueryCountsEverythingShowsFacetsAndListsNothing() {
        vm.search().join();
        assertThat(vm.hits()).isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo("Type to search 5 quotes");
        assertThat(vm.facetsProperty().get().count(FacetCounts.OUTLET, "Valmora Daily")).isEqualTo(4);
        assertThat(vm.facetsProperty().get().get(FacetCounts.MONTH)).extracting(FacetCount::value)
                .containsExactly("2025-02", "2025-03");
    }

    @Test
    void aQueryListsHitsWithSnippetsAndFacets() {
        vm.queryProperty().set("troops");
        vm.search().join();
        assertThat(vm.totalProperty().get()).isEqualTo(3);
        assertThat(vm.hits()).extracting(Hit::quoteId).containsExactlyInAnyOrder(SearchFixtures.quoteId(0, 1),
                SearchFixtures.quoteId(1, 1), SearchFixtures.quoteId(2, 1));
        Hit first = vm.hits().get(0);
        assertThat(first.snippet().marked("[", "]")).containsIgnoringCase("[troops]");
        FacetCounts f = vm.facetsProperty().get();
        assertThat(f.count(FacetCounts.SPEAKER, "Ana Sorel")).isEqualTo(1);
        assertThat(f.count(FacetCounts.SPEAKER, "Rob Calder")).isEqualTo(1);
        assertThat(f.count(FacetCounts.STANCE, "No U.S. troops in Ukraine")).isEqualTo(2);
        assertThat(vm.summaryProperty().get()).isEqualTo("3 quotes");
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void facetFiltersNarrowAndCanBeRemoved() {
        vm.queryProperty().set("troops");
        vm.search().join();
        FacetCount calder = vm.facetsProperty().get().get(FacetCounts.SPEAKER).stream()
                .filter(c -> c.label().equals("Rob Calder")).findFirst().orElseThrow();
        vm.addFilter(FacetCounts.SPEAKER, calder).join();
        assertThat(vm.filters()).extracting(SearchFilter::chipText).containsExactly("Speaker: Rob Calder");
        assertThat(vm.effectiveQuery()).isEqualTo("(troops) speaker:\"" + calder.value() + "\"");
        assertThat(vm.hits()).extracting(Hit::quoteId).containsExactly(SearchFixtures.quoteId(1, 1));

        FacetCount sorel = new FacetCount("Ana Sorel", "Ana Sorel", 1);
        vm.addFilter(FacetCounts.SPEAKER, sorel).join(); // same dimension: either speaker
        assertThat(vm.totalProperty().get()).isEqualTo(2);
        vm.addFilter(FacetCounts.MONTH, new FacetCount("2025-02", "2025-02", 1)).join();
        assertThat(vm.effectiveQuery()).endsWith(" published:2025-02");
        assertThat(vm.hits()).extracting(Hit::quoteId).containsExactly(SearchFixtures.quoteId(0, 1));

        vm.clearFilters().join();
        assertThat(vm.totalProperty().get()).isEqualTo(3);
        vm.addFilter(FacetCounts.OUTLET, new FacetCount("Northern Courier", "Northern Courier", 1)).join();
        vm.removeFilter(vm.filters().get(0)).join();
        assertThat(vm.filters()).isEmpty();
        assertThat(vm.totalProperty().get()).isEqualTo(3);
    }

    @Test
    void filtersAloneListQuotes() {
        vm.addFilter(FacetCounts.STANCE, new FacetCount("war-must-end", "War must end", 2)).join();
        assertThat(vm.effectiveQuery()).isEqualTo("stance:\"war-must-end\"");
        assertThat(vm.hits()).hasSize(2);
    }

    @Test
    void aMalformedQueryGivesOneLineAtTheColumnOfTheTypedText() {
        vm.queryProperty().set("troops");
        vm.search().join();
        vm.addFilter(FacetCounts.OUTLET, new FacetCount("Valmora Daily", "Valmora Daily", 2)).join();
        vm.queryProperty().set("troops AND (border");
        vm.search().join();
        assertThat(vm.errorProperty().get()).startsWith("Query error at column ").doesNotContain("\n");
        vm.clearFilters().join();
        String withoutFilter = vm.errorProperty().get();
        assertThat(withoutFilter).startsWith("Query error at column ");
        vm.addFilter(FacetCounts.OUTLET, new FacetCount("Valmora Daily", "Valmora Daily", 2)).join();
        assertThat(vm.errorProperty().get()).isEqualTo(withoutFilter);
        // the last good results stay in view
        assertThat(vm.hits()).isNotEmpty();
        vm.queryProperty().set("nosuchword");
        vm.search().join();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo("No quotes match");
        assertThat(vm.summaryProperty().get()).isEqualTo("No quotes match");
    }

    @Test
    void unknownFieldNamesTheFields() {
        vm.queryProperty().set("spaeker:Sorel");
        vm.search().join();
        assertThat(vm.errorProperty().get()).contains("unknown field").contains("speaker");
    }

    @Test
    void openCallsTheCallbackWithArticleAndQuoteIds() {
        List<String> opened = new ArrayList<>();
        vm.setOnOpenHit((a, q) -> opened.add(a + " " + q));
        vm.queryProperty().set("\"not one American soldier\"");
        vm.search().join();
        vm.open(vm.hits().get(0));
        assertThat(opened).containsExactly(SearchFixtures.articles().get(1).id() + " " + SearchFixtures.quoteId(1, 1));
    }

    @Test
    void sortByDatePutsTheNewestFirstAndSearchesAtOnce() {
        vm.queryProperty().set("troops OR war");
        vm.search().join();
        vm.sortProperty().set(SortOrder.DATE);
        assertThat(vm.hits().get(0).published()).isEqualTo("2025-03-20");
        assertThat(vm.hits().get(vm.hits().size() - 1).published()).isEqualTo("2025-02-11");
    }

    /** An executor that holds work until the test releases it, to answer searches out of order. */
    private static final class HeldExecutor implements TaskExecutor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> CompletableFuture<T> submit(Callable<T> work) {
            CompletableFuture<T> f = new CompletableFuture<>();
            held.add(() -> {
                try {
                    f.complete(work.call());
                } catch (Exception e) {
                    f.completeExceptionally(e);
                }
            });
            return f;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aStaleAnswerNeverReplacesAFresherOne() {
        HeldExecutor held = new HeldExecutor();
        SearchViewModel slow = new SearchViewModel(session, held, Runnable::run);
        slow.queryProperty().set("troops");
        CompletableFuture<Void> first = slow.search();
        slow.queryProperty().set("\"war must end\"");
        CompletableFuture<Void> second = slow.search();
        held.held.get(1).run(); // the newer search answers first
        held.held.get(0).run();
        assertThat(first).isDone();
        assertThat(second).isDone();
        assertThat(slow.hits()).extracting(Hit::quoteId).containsExactly(SearchFixtures.quoteId(0, 2));
        assertThat(slow.searchingProperty().get()).isFalse();
    }

    @Test
    void pagesLoadOnDemand() {
        List<SearchRequest> asked = new ArrayList<>();
        SearchViewModel.Searcher paging = r -> {
            asked.add(r);
            int n = (int) Math.min(r.limit(), Math.max(0, 250 - r.offset()));
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                hits.add(new Hit("q" + (r.offset() + i), "a", "t", null, null, null, null, "direct", "accepted",
                        List.of(), List.of(), "auto", null, "x", null, 0));
            }
            return new SearchResults(r, 250, hits, r.facets() ? FacetCounts.NONE : FacetCounts.NONE, 1);
        };
        SearchViewModel p = new SearchViewModel(paging, null, new SameThreadTaskExecutor(), Runnable::run);
        p.queryProperty().set("x");
        p.search().join();
        assertThat(p.hits()).hasSize(100);
        assertThat(p.summaryProperty().get()).isEqualTo("Showing 100 of 250 quotes");
        p.loadMore().join();
        p.loadMore().join();
        p.loadMore().join(); // nothing more
        assertThat(p.hits()).hasSize(250);
        assertThat(p.hits().get(249).quoteId()).isEqualTo("q249");
        assertThat(p.hasMoreProperty().get()).isFalse();
        assertThat(asked).extracting(SearchRequest::offset).containsExactly(0, 100, 200);
        assertThat(asked.get(1).facets()).isFalse();
        assertThat(p.summaryProperty().get()).isEqualTo("250 quotes");
    }
}
